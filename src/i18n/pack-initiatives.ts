import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages } from './locale';
import { translatePlural as translatePluralCore } from './plural';
import type { MessageKey as CoreMessageKey } from './messages-en';
import { initiativesMessagesEn } from './messages-initiatives-en';
import { initiativesMessagesEs } from './messages-initiatives-es';
import type { Pack } from './pack';

// The messages of the initiatives views and the PowerPoint export. A module that uses them takes its accessors from
// here (src/i18n/pack.ts says why): importing this module registers the messages in both languages, so they load
// with the code that uses them and the first screen does not carry them.
registerMessages('en', initiativesMessagesEn);
registerMessages('es', initiativesMessagesEs);

type InitiativesMessages = Pack<keyof typeof initiativesMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as InitiativesMessages['useI18n'];
export const translatePlural = translatePluralCore as InitiativesMessages['translatePlural'];
export type MessageKey = CoreMessageKey | keyof typeof initiativesMessagesEn;
