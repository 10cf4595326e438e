/** Turns recorded choice ids back into the words the player chose, for the report. */
import type { Text } from './level/schema';
import type { Level } from './level/loader';
import { puzzleKind } from '../puzzles';

export interface KeyChoice {
  levelId: string;
  puzzle: Text;
  choice: Text;
}

/**
 * Key choices are the decisions that changed something (set a flag or earned points); small
 * talk and quiz answers are left out. A level record stores them as `puzzleId:choice`, and the
 * puzzle's kind reads its own part.
 */
export function keyChoices(level: Level, recorded: readonly string[]): KeyChoice[] {
  const out: KeyChoice[] = [];
  for (const entry of recorded) {
    const cut = entry.indexOf(':');
    const puzzle = level.puzzles.find((p) => p.id === entry.slice(0, cut));
    if (cut < 0 || !puzzle) continue;
    const words = puzzleKind(puzzle.kind)?.choiceWords(puzzle, entry.slice(cut + 1));
    if (words) out.push({ levelId: level.id, ...words });
  }
  return out;
}
