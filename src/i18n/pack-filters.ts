import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages } from './locale';
import { translatePlural as translatePluralCore } from './plural';
import type { MessageKey as CoreMessageKey } from './messages-en';
import { filtersMessagesEn } from './messages-filters-en';
import { filtersMessagesEs } from './messages-filters-es';
import type { Pack } from './pack';

// The messages of explained empty views and the country filter's lead marks. A module that uses them takes its
// accessors from here (src/i18n/pack.ts says why): importing this module registers the messages in both languages,
// so they load with the code that uses them and the first screen does not carry them.
registerMessages('en', filtersMessagesEn);
registerMessages('es', filtersMessagesEs);

type FiltersMessages = Pack<keyof typeof filtersMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as FiltersMessages['useI18n'];
export const translatePlural = translatePluralCore as FiltersMessages['translatePlural'];
export type MessageKey = CoreMessageKey | keyof typeof filtersMessagesEn;
