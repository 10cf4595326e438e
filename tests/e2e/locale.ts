/**
 * The French UI strings, read from the game's source dictionaries (src/locales/fr/*.json and each
 * kind's src/puzzles/<kind>/locales/fr.json), so the browser tests look for what a player reads
 * without copying the wording. Counts pick `key.one` (0 and 1 in French) or `key.other` when the
 * dictionary has them, as the game does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTranslator } from '../../src/core/i18n';
import { ROOT } from './harness';

const DIR = join(ROOT, 'src', 'locales', 'fr');
const KINDS = join(ROOT, 'src', 'puzzles');
// The game's own strings, then each puzzle kind's (src/puzzles/<kind>/locales/fr.json).
const FILES = [
  ...readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(DIR, f)),
  ...readdirSync(KINDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(KINDS, d.name, 'locales', 'fr.json'))
    .filter((f) => existsSync(f)),
];
const DICT: Record<string, string> = Object.assign({}, ...FILES.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>));

const translate = makeTranslator({ fr: DICT, en: {} }, 'fr');

/** The game's own translator over its French strings; an unknown key is an error here. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = translate(key, params);
  if (text === key) throw new Error(`no French UI string "${key}"`);
  return text;
}
