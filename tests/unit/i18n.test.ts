import { describe, expect, it } from 'vitest';
import { format, makeTranslator, pick, pluralForm } from '../../src/core/i18n';

const dicts = {
  fr: { 'stars.one': '{n} étoile', 'stars.other': '{n} étoiles', hello: 'Salut {name}' },
  en: { 'stars.one': '{n} star', 'stars.other': '{n} stars' },
};

describe('i18n', () => {
  it('picks the plural form by language: French 0 and 1 are singular, English only 1', () => {
    expect(pluralForm('fr', 0)).toBe('one');
    expect(pluralForm('fr', 1)).toBe('one');
    expect(pluralForm('fr', 2)).toBe('other');
    expect(pluralForm('en', 0)).toBe('other');
    const fr = makeTranslator(dicts, 'fr');
    const en = makeTranslator(dicts, 'en');
    expect(fr('stars', { n: 0 })).toBe('0 étoile');
    expect(fr('stars', { n: 3 })).toBe('3 étoiles');
    expect(en('stars', { n: 1 })).toBe('1 star');
    expect(en('stars', { n: 0 })).toBe('0 stars');
  });

  it('falls back to French, then to the key, and leaves unknown placeholders visible', () => {
    const en = makeTranslator(dicts, 'en');
    expect(en('hello', { name: 'Ana' })).toBe('Salut Ana');
    expect(en('missing.key')).toBe('missing.key');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(pick({ fr: 'oui', en: 'yes' }, 'en')).toBe('yes');
  });
});
