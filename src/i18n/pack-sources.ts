import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages } from './locale';
import { translatePlural as translatePluralCore } from './plural';
import { sourcesMessagesEn } from './messages-sources-en';
import { sourcesMessagesEs } from './messages-sources-es';
import type { Pack } from './pack';

// The messages of the sources view. A module that uses them takes its accessors from here (src/i18n/pack.ts says
// why): importing this module registers the messages in both languages, so they load with the code that uses them
// and the first screen does not carry them.
registerMessages('en', sourcesMessagesEn);
registerMessages('es', sourcesMessagesEs);

type SourcesMessages = Pack<keyof typeof sourcesMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as SourcesMessages['useI18n'];
export const translatePlural = translatePluralCore as SourcesMessages['translatePlural'];
