import { registerMessages } from './locale';
import { chartMessagesEn } from './messages-charts-en';

// The English messages of the chart components (src/components/charts). Import this module from every module that uses them: it registers them
// when their code loads, so the first screen does not carry them. (Spanish comes whole with messages-es.ts.)
registerMessages('en', chartMessagesEn);
