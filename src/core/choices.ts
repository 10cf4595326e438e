/** Turns recorded choice ids back into the words the player chose, for the report. */
import type { Level } from './level/loader';
import type { Effects, Text } from './level/schema';

export interface KeyChoice {
  levelId: string;
  puzzle: Text;
  choice: Text;
}

/**
 * Key choices are the decisions of dialogues and timed events that changed something (set a
 * flag or earned points); small talk and quiz answers are left out. A level record stores them
 * as `puzzleId:choiceId[:optionId]`.
 */
function matters(effects: Effects | undefined): boolean {
  return Object.keys(effects?.flags ?? {}).length > 0 || Object.values(effects?.points ?? {}).some((n) => (n ?? 0) > 0);
}

export function keyChoices(level: Level, recorded: readonly string[]): KeyChoice[] {
  const out: KeyChoice[] = [];
  for (const entry of recorded) {
    const [puzzleId, first, second] = entry.split(':');
    const puzzle = level.puzzles.find((p) => p.id === puzzleId);
    if (!puzzle) continue;
    if (puzzle.kind === 'dialogue') {
      const choice = puzzle.nodes.flatMap((n) => n.choices).find((c) => c.id === first);
      if (choice && matters(choice.effects)) out.push({ levelId: level.id, puzzle: puzzle.title, choice: choice.text });
    } else if (puzzle.kind === 'timed-events') {
      const option = puzzle.events.find((e) => e.id === first)?.options.find((o) => o.id === second);
      if (option && matters(option.effects)) out.push({ levelId: level.id, puzzle: puzzle.title, choice: option.text });
    }
  }
  return out;
}
