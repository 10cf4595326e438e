/**
 * The list of puzzle kinds: the level schema, the loader's checks, the build's answer hashing,
 * the machines and the views are all built from it. Adding a kind is one folder and one line here.
 */
import type { PuzzleOfMachine } from '../core/puzzle';
import { allocation } from './allocation';
import { businessCanvas } from './business-canvas';
import { cipher } from './cipher';
import { codeLock } from './code-lock';
import { combine } from './combine';
import { dialogue } from './dialogue';
import { hotspots } from './hotspots';
import { quiz } from './quiz';
import { sequence } from './sequence';
import { sort } from './sort';
import { timedEvents } from './timed-events';

export const PUZZLE_KINDS = [codeLock, cipher, hotspots, combine, sequence, sort, dialogue, allocation, quiz, timedEvents, businessCanvas] as const;

export type AnyPuzzleKind = (typeof PUZZLE_KINDS)[number];
export type PuzzleKindName = AnyPuzzleKind['kind'];
/** A puzzle as the game plays it: checked, defaults filled in, secret answers hashed. */
export type Puzzle = PuzzleOfMachine<AnyPuzzleKind['machine']>;
export type PuzzleOf<K extends PuzzleKindName> = Extract<Puzzle, { kind: K }>;

const BY_NAME: ReadonlyMap<string, AnyPuzzleKind> = new Map(PUZZLE_KINDS.map((k) => [k.kind, k]));

/** The descriptor of a kind, or undefined for a name no kind has. */
export function puzzleKind(name: string): AnyPuzzleKind | undefined {
  return BY_NAME.get(name);
}
