import { registerMessages } from './locale';
import { briefingMessagesEn } from './messages-briefing-en';
import { briefingMessagesEs } from './messages-briefing-es';

// The messages of the briefing deck, its model and the PowerPoint export. Import this module from every module that uses them: it registers them
// when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', briefingMessagesEn);
registerMessages('es', briefingMessagesEs);
