import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages, translate as translateCore } from './locale';
import { briefingMessagesEn } from './messages-briefing-en';
import { briefingMessagesEs } from './messages-briefing-es';
import type { Pack } from './pack';

// The messages of the briefing deck, its model and the PowerPoint export. A module that uses them takes its
// accessors from here (src/i18n/pack.ts says why): importing this module registers the messages in both languages,
// so they load with the code that uses them and the first screen does not carry them.
registerMessages('en', briefingMessagesEn);
registerMessages('es', briefingMessagesEs);

type BriefingMessages = Pack<keyof typeof briefingMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as BriefingMessages['useI18n'];
export const translate = translateCore as BriefingMessages['translate'];
export type I18n = ReturnType<typeof useI18n>;
