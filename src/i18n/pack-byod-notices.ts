import { registerMessages } from './locale';
import { byodNoticesMessagesEn } from './messages-byod-notices-en';
import { byodNoticesMessagesEs } from './messages-byod-notices-es';

// What the app says about an opened file (the banner and the problems panel, both loaded on demand). Import this
// module from every module that uses them: it registers them when their code loads, in both languages, so the
// first screen does not carry them.
registerMessages('en', byodNoticesMessagesEn);
registerMessages('es', byodNoticesMessagesEs);
