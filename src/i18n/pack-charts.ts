import { useI18n as useCoreI18n } from './i18n-context';
import { registerMessages, translate as translateCore } from './locale';
import { translatePlural as translatePluralCore } from './plural';
import { chartMessagesEn } from './messages-charts-en';
import { chartMessagesEs } from './messages-charts-es';
import type { Pack } from './pack';

// The messages of the chart components (src/components/charts), the chart downloads and the embed view. A module
// that uses them takes its accessors from here (src/i18n/pack.ts says why): importing this module registers the
// messages in both languages, so they load with the code that uses them and the first screen does not carry them.
registerMessages('en', chartMessagesEn);
registerMessages('es', chartMessagesEs);

type ChartMessages = Pack<keyof typeof chartMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const useI18n = useCoreI18n as ChartMessages['useI18n'];
export const translate = translateCore as ChartMessages['translate'];
export const translatePlural = translatePluralCore as ChartMessages['translatePlural'];
export type I18n = ReturnType<typeof useI18n>;
