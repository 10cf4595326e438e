/**
 * UI dictionaries: every JSON file under src/locales/<lang>/, and each puzzle kind's
 * src/puzzles/<kind>/locales/<lang>.json, is merged into that language.
 */
import { isLang, LANGS, makeTranslator, type Dictionary, type Lang, type Translator } from '../core/i18n';

const shared = import.meta.glob<Dictionary>('../locales/*/*.json', { eager: true, import: 'default' });
const kinds = import.meta.glob<Dictionary>('../puzzles/*/locales/*.json', { eager: true, import: 'default' });

function dictionaries(): Record<Lang, Dictionary> {
  const out = Object.fromEntries(LANGS.map((l) => [l, {} as Dictionary])) as Record<Lang, Dictionary>;
  for (const [path, dict] of Object.entries(shared)) {
    const lang = path.split('/').at(-2);
    if (isLang(lang)) Object.assign(out[lang], dict);
  }
  for (const [path, dict] of Object.entries(kinds)) {
    const lang = path
      .split('/')
      .at(-1)
      ?.replace(/\.json$/, '');
    if (isLang(lang)) Object.assign(out[lang], dict);
  }
  return out;
}

const DICTS = dictionaries();

export function translator(lang: Lang): Translator {
  return makeTranslator(DICTS, lang);
}
