/** The game's strings beyond the title's: the other files of src/locales/<lang>/ and each puzzle kind's. */
import type { Dictionary } from '../core/i18n';
import { addDictionaries } from './i18n';

addDictionaries(import.meta.glob<Dictionary>(['../locales/*/*.json', '!../locales/*/app.json'], { eager: true, import: 'default' }));
addDictionaries(import.meta.glob<Dictionary>('../puzzles/*/locales/*.json', { eager: true, import: 'default' }));
