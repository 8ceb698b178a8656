import { registerMessages } from './locale';
import { sourcesMessagesEn } from './messages-sources-en';

// The English messages of the sources view. Import this module from every module that uses them: it registers them
// when their code loads, so the first screen does not carry them. (Spanish comes whole with messages-es.ts.)
registerMessages('en', sourcesMessagesEn);
