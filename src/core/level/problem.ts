/** What is wrong with a level file, said in every language of the game: light enough for the title to show it. */
import type { Lang } from '../i18n';

export type Message = Record<Lang, string>;

export interface LevelProblem {
  file: string;
  /** Dotted path to the field, like `room.hotspots[2].requires`; empty for the whole file. */
  field: string;
  /** What is wrong, in every language of the game. */
  message: Message;
  /** Where the field is written in the file (1-based), when the level was read from its text. */
  line?: number;
  column?: number;
  /** A warning does not stop the level from loading; absent means an error. */
  severity?: 'error' | 'warning';
}

export const isWarning = (p: LevelProblem): boolean => p.severity === 'warning';

/** One line for a console or a tooltip: `file:line:column  field  message`, in English unless asked. */
export function describeProblem(p: LevelProblem, lang: Lang = 'en'): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const message = (isWarning(p) ? (lang === 'fr' ? 'attention : ' : 'warning: ') : '') + p.message[lang];
  return p.field ? `${where}  ${p.field}  ${message}` : `${where}  ${message}`;
}
