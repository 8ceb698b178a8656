import { registerMessages } from './locale';
import { sourcesMessagesEn } from './messages-sources-en';
import { sourcesMessagesEs } from './messages-sources-es';

// The messages of the sources view. Import this module from every module that uses them: it registers them
// when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', sourcesMessagesEn);
registerMessages('es', sourcesMessagesEs);
