import { INTL_TAG, translate, type Locale } from './locale';
import { pluralRulesFor } from './intl-cache';
import type { AnyMessageKey, MessageKey } from './messages-en';

type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
/** The plural messages among keys K: `count.sectors` for `count.sectors.one` and `count.sectors.other`. */
export type PluralKey<K extends AnyMessageKey = MessageKey> = PluralBase<K>;

/**
 * "1 sector" / "12 sectors" — picks the `.one` or `.other` message by the locale's plural rules. Typed for the core
 * keys: a pack's module exports it typed for its keys too (src/i18n/pack.ts).
 */
export function translatePlural(locale: Locale, key: PluralKey, count: number): string {
  const form = pluralRulesFor(INTL_TAG[locale]).select(count) === 'one' ? 'one' : 'other';
  const full: MessageKey = form === 'one' ? `${key}.one` : `${key}.other`;
  return translate(locale, full, { count });
}
