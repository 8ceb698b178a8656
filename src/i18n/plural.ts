import { INTL_TAG, translate, type Locale } from './locale';
import { pluralRulesFor } from './intl-cache';
import type { MessageKey } from './messages-en';

type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

/** "1 initiative" / "12 initiatives" — picks the `.one` or `.other` message by the locale's plural rules. */
export function translatePlural(locale: Locale, key: PluralKey, count: number): string {
  const form = pluralRulesFor(INTL_TAG[locale]).select(count) === 'one' ? 'one' : 'other';
  const full: MessageKey = form === 'one' ? `${key}.one` : `${key}.other`;
  return translate(locale, full, { count });
}
