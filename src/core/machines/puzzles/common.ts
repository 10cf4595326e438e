/**
 * What every puzzle machine shares: its input, its output, hints and feedback.
 * Each kind is one machine in its own file, created from level data by `PUZZLE_MACHINES`.
 */
import type { CompetencePoints, Outcome } from '../../competences';
import { addPoints } from '../../competences';
import type { Lang } from '../../i18n';
import type { Effects, Text } from '../../level/schema';
import { seededRandom } from '../../random';

export { seededRandom };

export type FlagValue = boolean | string;
export type Flags = Record<string, FlagValue>;

export interface PuzzleInput<P> {
  puzzle: P;
  lang: Lang;
  /** The journey's flags so far: earlier decisions can change what is offered. */
  flags: Flags;
  /** Trainer's timer for timed events; off by default. */
  timed?: boolean;
  /** Seed for any shuffle, so a test can replay it. */
  seed?: number;
  /** What the player already did in this puzzle before leaving it: hints and mistakes are not forgotten. */
  resume?: PuzzleMemory;
}

export interface PuzzleMemory {
  hintTier: number;
  mistakes: number;
}

export interface PuzzleOutput {
  puzzleId: string;
  outcome: Outcome;
  /** Flags this puzzle set on the journey. */
  flags: Flags;
}

/** A message for the player: level text, or a UI string key with parameters. */
export type Feedback =
  | { tone: 'wrong' | 'right' | 'info'; text: Text }
  | { tone: 'wrong' | 'right' | 'info'; key: string; params?: Record<string, string | number> };

/** Context fields every puzzle machine carries. */
export interface PuzzleProgress {
  mistakes: number;
  hintTier: number;
  choices: string[];
  choicePoints: CompetencePoints;
  flagsSet: Flags;
  feedback: Feedback | null;
}

export type HintEvent = { type: 'hint.next' };

export function startProgress(resume?: PuzzleMemory): PuzzleProgress {
  return { mistakes: resume?.mistakes ?? 0, hintTier: resume?.hintTier ?? 0, choices: [], choicePoints: {}, flagsSet: {}, feedback: null };
}

export function nextHintTier(tier: number): number {
  return Math.min(3, tier + 1);
}

/** Applies a choice's effects: its points, and the flags it sets for the rest of the journey. */
export function applyEffects(p: PuzzleProgress, choiceId: string, effects: Effects | undefined): Partial<PuzzleProgress> {
  return {
    choices: [...p.choices, choiceId],
    choicePoints: effects?.points ? addPoints(p.choicePoints, effects.points) : p.choicePoints,
    flagsSet: effects?.flags ? { ...p.flagsSet, ...effects.flags } : p.flagsSet,
  };
}

export function outputOf(puzzleId: string, p: PuzzleProgress): PuzzleOutput {
  return {
    puzzleId,
    outcome: { mistakes: p.mistakes, hintTier: p.hintTier, choices: p.choices, choicePoints: p.choicePoints },
    flags: p.flagsSet,
  };
}

/** Does a journey flag meet a level's condition? */
export function conditionHolds(flags: Flags, when: { flag: string; equals?: FlagValue } | undefined): boolean {
  if (!when) return true;
  const v = flags[when.flag];
  if (when.equals === undefined) return v !== undefined && v !== false;
  return v === when.equals;
}

/** A shuffle that never returns the solved order when another order exists. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...items];
  for (let attempt = 0; attempt < 5; attempt++) {
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return out.length > 1 ? [...out.slice(1), out[0]!] : out;
}
