import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages } from './locale';
import { byodNoticesMessagesEn } from './messages-byod-notices-en';
import { byodNoticesMessagesEs } from './messages-byod-notices-es';
import type { Pack } from './pack';

// What the app says about an opened file (the banner and the problems panel, both loaded on demand). A module that
// uses them takes its accessors from here (src/i18n/pack.ts says why): importing this module registers the messages
// in both languages, so they load with the code that uses them and the first screen does not carry them.
registerMessages('en', byodNoticesMessagesEn);
registerMessages('es', byodNoticesMessagesEs);

type ByodNoticesMessages = Pack<keyof typeof byodNoticesMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as ByodNoticesMessages['useI18n'];
