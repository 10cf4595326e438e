/**
 * UI dictionaries: every JSON file under src/locales/<lang>/, and each puzzle kind's
 * src/puzzles/<kind>/locales/<lang>.json, is merged into that language. The title's strings
 * (app.json) come with the title; the rest come with the game (ui/strings.ts adds them).
 */
import { isLang, LANGS, makeTranslator, type Dictionary, type Lang, type Translator } from '../core/i18n';

const DICTS = Object.fromEntries(LANGS.map((l) => [l, {} as Dictionary])) as Record<Lang, Dictionary>;

/** Adds dictionaries found by `import.meta.glob`, each named by its language: `<lang>/x.json` or `<lang>.json`. */
export function addDictionaries(found: Record<string, Dictionary>): void {
  for (const [path, dict] of Object.entries(found)) {
    const parts = path.split('/');
    const lang = parts.at(-1)!.replace(/\.json$/, '');
    const inFolder = parts.at(-2);
    if (isLang(lang)) Object.assign(DICTS[lang], dict);
    else if (isLang(inFolder)) Object.assign(DICTS[inFolder], dict);
  }
}

addDictionaries(import.meta.glob<Dictionary>('../locales/*/app.json', { eager: true, import: 'default' }));

export function translator(lang: Lang): Translator {
  return makeTranslator(DICTS, lang);
}
