import type { I18n } from './i18n-context';
import type { Locale, MessageParams } from './locale';
import type { AnyMessageKey, MessageKey } from './messages-en';
import type { PluralKey } from './plural';

/**
 * A pack's keys are not core keys: a core key would compile without the pack's import, and the pack's text would
 * replace the core's once the pack loads.
 */
type PackMessageKey = Exclude<AnyMessageKey, MessageKey>;

/**
 * What a pack's module (src/i18n/pack-*.ts) exports: the core accessors typed for the core keys and its own (K).
 * The core `useI18n`, `translate` and `translatePlural` take core keys only, so a module that uses a pack's message
 * has to take them from the pack's module — `tsc` rejects the key otherwise — and importing that module registers
 * the pack's messages, in both languages, with the code that uses them (off the first screen).
 */
export interface Pack<K extends PackMessageKey> {
  useI18n: () => I18n<MessageKey | K>;
  translate: (locale: Locale, key: MessageKey | K, params?: MessageParams) => string;
  translatePlural: (locale: Locale, key: PluralKey<MessageKey | K>, count: number) => string;
}
