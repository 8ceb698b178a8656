import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages } from './locale';
import { updateMessagesEn } from './messages-update-en';
import { updateMessagesEs } from './messages-update-es';
import type { Pack } from './pack';

// The messages of the new-version notice, which loads with the service worker's code (after the first screen). A
// module that uses them takes its accessors from here (src/i18n/pack.ts says why): importing this module registers
// the messages in both languages, so they load with the code that uses them and the first screen does not carry
// them.
registerMessages('en', updateMessagesEn);
registerMessages('es', updateMessagesEs);

type UpdateMessages = Pack<keyof typeof updateMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as UpdateMessages['useI18n'];
