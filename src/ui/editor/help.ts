/** What each field of a level means, in a trainer's words: shown under the field in the editor. */
import type { Lang } from '../../core/i18n';
import { translator } from '../i18n';

/** The explanation of a field by its name (`goal`, `requires`…), or null when it needs none. */
export function fieldHelp(name: string, lang: Lang): string | null {
  const key = `editor.help.${name}`;
  const words = translator(lang)(key);
  return words === key ? null : words;
}
