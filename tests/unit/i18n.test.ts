import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe('the UI strings', () => {
  const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
  const code = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? code(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
      .join('\n');
  const source = code(SRC);
  /** A key is said when the code names it, or builds it from a named prefix (`notice.${key}`). */
  const said = (key: string) => {
    const base = key.replace(/\.(one|other)$/, '');
    if (new RegExp(`['"\`]${base.replace(/\./g, '\\.')}['"\`]`).test(source)) return true;
    const parts = base.split('.');
    return parts.slice(1).some((_, i) => source.includes(`\`${parts.slice(0, i + 1).join('.')}.\${`));
  };

  it('has no key the game never shows', () => {
    const dir = join(SRC, 'locales', 'fr');
    const keys = readdirSync(dir).flatMap((f) => Object.keys(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !said(k))).toEqual([]);
  });

  it('(canary) a key nothing names is caught', () => {
    expect(said('level.goal')).toBe(true);
    expect(said('level.nothingNamesThis')).toBe(false);
  });
});
