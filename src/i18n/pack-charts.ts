import { registerMessages } from './locale';
import { chartMessagesEn } from './messages-charts-en';
import { chartMessagesEs } from './messages-charts-es';

// The messages of the chart components (src/components/charts). Import this module from every module that uses them: it registers them
// when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', chartMessagesEn);
registerMessages('es', chartMessagesEs);
