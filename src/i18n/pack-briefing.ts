import { registerMessages } from './locale';
import { briefingMessagesEn } from './messages-briefing-en';

// The English messages of the briefing deck, its model and the PowerPoint export. Import this module from every module that uses them: it registers them
// when their code loads, so the first screen does not carry them. (Spanish comes whole with messages-es.ts.)
registerMessages('en', briefingMessagesEn);
