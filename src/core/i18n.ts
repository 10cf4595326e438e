/**
 * Languages and lookups. UI strings live in `src/locales/<lang>/*.json` and in each puzzle kind's
 * `src/puzzles/<kind>/locales/<lang>.json`; level texts carry
 * their own `{ fr, en }`. Adding a language is a translation file plus one line in LANGS.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Dictionary = Record<string, string>;

/** A level text in the player's language, falling back to French (the game's first language). */
export function pick(t: { fr: string; en: string; [lang: string]: string }, lang: Lang): string {
  return t[lang] ?? t.fr;
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value shows. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export interface Translator {
  lang: Lang;
  (key: string, params?: Record<string, string | number>): string;
}

export function makeTranslator(dicts: Record<Lang, Dictionary>, lang: Lang): Translator {
  const dict = dicts[lang];
  const fallback = dicts[DEFAULT_LANG];
  const lookup = (key: string) => dict[key] ?? fallback[key];
  const t = ((key: string, params?: Record<string, string | number>) => {
    // A count `n` picks `key.one` or `key.other` when the dictionary has them.
    const n = params?.n;
    const counted = typeof n === 'number' ? lookup(`${key}.${pluralForm(lang, n)}`) : undefined;
    return format(counted ?? lookup(key) ?? key, params);
  }) as Translator;
  t.lang = lang;
  return t;
}

/** Plural forms: French treats 0 and 1 as singular, English only 1. */
export function pluralForm(lang: Lang, n: number): 'one' | 'other' {
  return (lang === 'fr' ? n < 2 : n === 1) ? 'one' : 'other';
}
