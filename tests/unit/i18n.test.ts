import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../src/i18n/messages-en-all';
import { messagesEs } from '../../src/i18n/messages-es-all';
import { pickLocale, translate } from '../../src/i18n/locale';
import { formatMoney, formatNumber, formatPartialDate, formatQuantity } from '../../src/i18n/format';

describe('message catalogues', () => {
  it('have exactly the same keys in English and Spanish', () => {
    const en = Object.keys(messagesEn).sort();
    const es = Object.keys(messagesEs).sort();
    expect(es.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !es.includes(k))).toEqual([]);
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(messagesEn)) {
      const spanish = messagesEs[key as keyof typeof messagesEn];
      expect(spanish.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'footer.data', { count: 1234 })).toBe('Data: 1,234 public sources, each fact cited.');
    expect(translate('es', 'footer.data', { count: 98 })).toBe('Datos: 98 fuentes públicas; cada dato está citado.');
  });
});

describe('pickLocale', () => {
  it('takes the first supported browser language', () => {
    expect(pickLocale(['es-MX', 'en-US'])).toBe('es');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
  });
});

describe('formatPartialDate', () => {
  it('formats a full date in each language without shifting the day', () => {
    expect(formatPartialDate('2023-09-29', 'en')).toBe('September 29, 2023');
    expect(formatPartialDate('2023-09-29', 'es')).toBe('29 de septiembre de 2023');
  });

  it('keeps the precision the source gave', () => {
    expect(formatPartialDate('2014-04', 'en')).toBe('April 2014');
    expect(formatPartialDate('2014', 'es')).toBe('2014');
  });
});

describe('formatNumber', () => {
  it('groups digits by locale', () => {
    expect(formatNumber(500000, 'en')).toBe('500,000');
    expect(formatNumber(500000, 'es')).toBe('500,000');
  });
});

describe('formatMoney and formatQuantity', () => {
  it('writes dollars in briefing words in each language', () => {
    expect(formatMoney(864e9, 'en')).toBe('$864 billion');
    expect(formatMoney(864e9, 'es')).toBe('$864 mil millones');
    expect(formatMoney(863.4e9, 'en')).toBe('$863.4 billion');
    expect(formatMoney(500e6, 'es')).toBe('$500 millones');
    expect(formatMoney(1.6e9, 'en')).toBe('$1.6 billion');
    expect(formatMoney(2500, 'en')).toBe('$2.5 thousand');
  });

  it('keeps the qualifier the source used', () => {
    expect(formatQuantity(500e9, 'USD', 'en', 'more-than')).toBe('more than $500 billion');
    expect(formatQuantity(500000, 'young people', 'es', 'more-than')).toBe('más de 500,000 young people');
    expect(formatQuantity(11, 'students', 'en', 'exactly')).toBe('11 students');
  });
});

describe('Spanish catalogue', () => {
  it('does not copy English text: identical values may only hold words that are the same in both languages', () => {
    const sameInBoth = new Set(['sector', 'virtual', 'hled', 'explorer', 'english', 'español', 'id']);
    const copied = Object.entries(messagesEn)
      .filter(([key, en]) => messagesEs[key as keyof typeof messagesEn] === en)
      .filter(([, en]) =>
        en
          .replace(/\{\w+\}/g, ' ')
          .split(/[^\p{L}]+/u)
          .filter(Boolean)
          .some((word) => !sameInBoth.has(word.toLowerCase())),
      )
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
