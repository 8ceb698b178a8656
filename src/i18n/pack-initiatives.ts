import { registerMessages } from './locale';
import { initiativesMessagesEn } from './messages-initiatives-en';
import { initiativesMessagesEs } from './messages-initiatives-es';

// The messages of the initiatives views and the PowerPoint export. Import this module from every module that uses them: it registers them
// when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', initiativesMessagesEn);
registerMessages('es', initiativesMessagesEs);
