/** UI dictionaries: every JSON file under src/locales/<lang>/ is merged into that language. */
import { LANGS, makeTranslator, type Dictionary, type Lang, type Translator } from '../core/i18n';

const files = import.meta.glob<Dictionary>('../locales/*/*.json', { eager: true, import: 'default' });

function dictionaries(): Record<Lang, Dictionary> {
  const out = Object.fromEntries(LANGS.map((l) => [l, {} as Dictionary])) as Record<Lang, Dictionary>;
  for (const [path, dict] of Object.entries(files)) {
    const lang = path.split('/').at(-2) as Lang;
    if (out[lang]) Object.assign(out[lang], dict);
  }
  return out;
}

const DICTS = dictionaries();

export function translator(lang: Lang): Translator {
  return makeTranslator(DICTS, lang);
}
