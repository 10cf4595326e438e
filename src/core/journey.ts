/** Rules of the journey across levels: what is open, what a finished level earns. */
import { addPoints, COMPETENCE_IDS, scoreOutcome, starsFor, type CompetencePoints, type Outcome } from './competences';
import { isWhole } from './level/acts';
import type { Level } from './level/loader';
import type { Flags, PuzzleOutput } from './puzzle';
import { idRecord, putOwn } from './salvage';
import type { LevelRecord, Progress } from './save';

export type LevelStatus = 'done' | 'open' | 'locked';

/** A level's record, only when the player really finished it: an id such as `constructor` is never read off a prototype. */
export function levelRecord(progress: Progress, levelId: string): LevelRecord | undefined {
  return Object.hasOwn(progress.levels, levelId) ? progress.levels[levelId] : undefined;
}

/** The levels' records with one more, in a record without a prototype (any id, even `__proto__`, is a plain key). */
export function withLevelRecord(levels: Progress['levels'], levelId: string, record: LevelRecord): Progress['levels'] {
  const next = Object.assign(idRecord<LevelRecord>(), levels);
  putOwn(next, levelId, record);
  return next;
}

/** Levels open one after the other, in journey order; finished ones can be replayed. */
export function levelStatus(levels: readonly Level[], progress: Progress, levelId: string): LevelStatus {
  const i = levels.findIndex((l) => l.id === levelId);
  if (i < 0) return 'locked';
  if (levelRecord(progress, levelId)) return 'done';
  const previous = levels[i - 1];
  return !previous || levelRecord(progress, previous.id) ? 'open' : 'locked';
}

/** Has this learner begun the journey (self-check answered, a level entered or finished)? */
export function hasStarted(progress: Progress): boolean {
  return Object.keys(progress.levels).length > 0 || progress.currentLevel !== null || progress.selfCheck.before !== undefined;
}

/** Every level of the journey is done; never while later acts are still on their way. */
export function isJourneyComplete(catalogue: { levels: readonly Level[]; pending?: number }, progress: Progress): boolean {
  const { levels } = catalogue;
  return isWhole(catalogue) && levels.length > 0 && levels.every((l) => levelRecord(progress, l.id));
}

/** The first level not finished yet: where "Continue" takes the player. */
export function nextLevel(levels: readonly Level[], progress: Progress): Level | undefined {
  return levels.find((l) => !levelRecord(progress, l.id));
}

export interface LevelResult {
  levelId: string;
  stars: 1 | 2 | 3;
  points: CompetencePoints;
  hintTier: number;
  mistakes: number;
  choices: string[];
  flags: Flags;
  badge: string | null;
}

/** Adds up what the player did in the room and in each puzzle into the level's result. */
export function levelResult(level: Level, room: Outcome | null, puzzles: readonly PuzzleOutput[]): LevelResult {
  let points: CompetencePoints = room && level.room ? scoreOutcome(level.room.awards, room) : {};
  let hintTier = room?.hintTier ?? 0;
  let mistakes = room?.mistakes ?? 0;
  const choices: string[] = [];
  let flags: Flags = {};
  for (const out of puzzles) {
    const puzzle = level.puzzles.find((p) => p.id === out.puzzleId);
    if (!puzzle) continue;
    // A puzzle the trainer passed earns nothing; what the group did in it still counts below.
    if (!out.settled) points = addPoints(points, scoreOutcome(puzzle.awards, out.outcome));
    hintTier = Math.max(hintTier, out.outcome.hintTier);
    mistakes += out.outcome.mistakes;
    choices.push(...out.outcome.choices.map((c) => `${puzzle.id}:${c}`));
    flags = { ...flags, ...out.flags };
  }
  return { levelId: level.id, stars: starsFor(hintTier), points, hintTier, mistakes, choices, flags, badge: level.badge?.id ?? null };
}

/** A replay never lowers what was earned: best stars, best points per competence. */
export function mergeRecord(old: LevelRecord | undefined, next: LevelRecord): LevelRecord {
  if (!old) return next;
  const points: CompetencePoints = {};
  for (const id of COMPETENCE_IDS) {
    const best = Math.max(old.points[id] ?? 0, next.points[id] ?? 0);
    if (best) points[id] = best;
  }
  // Stars, hints and mistakes come from the same (best) run, so the report never contradicts itself.
  const best = next.stars >= old.stars ? next : old;
  return { ...next, stars: best.stars, hintTier: best.hintTier, mistakes: best.mistakes, points };
}

export function totalPoints(progress: Progress): CompetencePoints {
  return Object.values(progress.levels).reduce<CompetencePoints>((sum, r) => addPoints(sum, r.points), {});
}

/** Brings a progress from another device in without losing anything: the best of both. */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const levels = Object.assign(idRecord<LevelRecord>(), mine.levels);
  for (const [id, record] of Object.entries(theirs.levels)) putOwn(levels, id, mergeRecord(levelRecord(mine, id), record));
  const flags = Object.assign(idRecord<boolean | string>(), theirs.flags, mine.flags);
  return {
    ...theirs,
    ...mine,
    levels,
    flags,
    badges: [...new Set([...mine.badges, ...theirs.badges])],
    selfCheck: { before: mine.selfCheck.before ?? theirs.selfCheck.before, after: mine.selfCheck.after ?? theirs.selfCheck.after },
    currentLevel: mine.currentLevel,
    // What was under way in a level is this device's own, as the level left open is.
    inLevel: mine.inLevel,
    // The journey on this device goes on in the order it was shown: its seed stays.
    seed: mine.seed,
  };
}
