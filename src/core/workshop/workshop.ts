/**
 * A workshop as the game runs it: the session machine wired to the catalogue and to storage.
 * The session is saved as it changes under its own key (never in the learner's save, so solo
 * progress in the same browser is never touched), with the level being played; a reload brings
 * it back to the same puzzle, paused. Starting a new session replaces the last one whole.
 */
import { createActor } from 'xstate';
import { z } from 'zod';
import type { CatalogueRef } from '../journeyActor';
import { findLevel } from '../level/catalogue';
import type { Flags } from '../puzzle';
import { competencePoints, flags, savedLevelSchema, type KeyValueStorage, type SavedLevel } from '../save';
import type { LevelActor } from '../machines/level';
import { saveLevel } from '../machines/levelSave';
import {
  currentLevelId,
  newSessionData,
  sessionData,
  sessionMachine,
  withTally,
  type SessionActor,
  type SessionData,
  type SessionStage,
} from '../machines/session';
import { pausableClock, type PausableClock } from './pausableClock';
import { planSchema, type WorkshopPlan } from './plan';

export const WORKSHOP_KEY = 'envol.workshop';
export const WORKSHOP_SET_ASIDE_PREFIX = `${WORKSHOP_KEY}.unreadable.`;

const count = z.number().int().min(0);
const text = z.object({ fr: z.string(), en: z.string() });
const solvedPuzzle = z.object({
  puzzleId: z.string(),
  outcome: z.object({
    mistakes: count,
    hintTier: z.number().int().min(0).max(3),
    choices: z.array(z.string()),
    choicePoints: competencePoints,
  }),
  flags,
  settled: z.enum(['revealed', 'skipped']).optional(),
  note: text.optional(),
});

const roomSelfCheck = z.object({ spread: z.array(z.array(count).length(5)).length(3), answered: count });

const sessionDataSchema = z.object({
  id: z.string().min(1).max(64),
  plan: planSchema,
  levelIndex: count,
  turn: count,
  scoresShown: z.boolean(),
  message: z.string().max(200).nullable(),
  tallies: z.array(
    z.object({ teamId: z.string(), levelId: z.string(), timeMs: count, hints: count, reveals: count, skips: count, puzzles: z.array(solvedPuzzle) }),
  ),
  adjustments: z.array(z.object({ teamId: z.string(), delta: z.number().int(), reason: z.string().max(200), levelId: z.string().nullable() })),
  answers: z.array(z.object({ levelId: z.string(), puzzleId: z.string(), teamId: z.string(), found: z.boolean().nullable(), choice: z.string().nullable() })),
  played: z.array(
    z.object({
      levelId: z.string(),
      result: z.object({
        levelId: z.string(),
        stars: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        points: competencePoints,
        hintTier: z.number().int().min(0).max(3),
        mistakes: count,
        choices: z.array(z.string()),
        flags,
        badge: z.string().nullable(),
      }),
    }),
  ),
  passed: z.array(z.string()),
  liveVotes: z
    .array(
      z.object({
        levelId: z.string(),
        puzzleId: z.string(),
        question: text,
        options: z.array(z.object({ id: z.string(), text })),
        counts: z.record(z.string(), count),
        majority: z.string().nullable(),
        played: z.string(),
        reason: z.string().max(200),
      }),
    )
    .default([]),
  roomSelfCheck: z.object({ before: roomSelfCheck.optional(), after: roomSelfCheck.optional() }).default({}),
  clockSince: z.number().nullable(),
  pausedMs: count,
  pausedSince: z.number().nullable(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
});

const recordSchema = z.object({
  format: z.literal('envol-workshop'),
  version: z.literal(1),
  savedAt: z.number(),
  stage: z.enum(['board', 'level', 'ended']),
  data: sessionDataSchema,
  level: z.nullable(savedLevelSchema),
});
export type WorkshopRecord = z.infer<typeof recordSchema>;

export type StoredWorkshop = { status: 'none' } | { status: 'ok'; record: WorkshopRecord } | { status: 'unreadable' };

/** Whether this browser keeps a workshop, readable or not: the game then starts with every act, as the session may be in any of them. */
export function keepsWorkshop(storage: KeyValueStorage | null): boolean {
  try {
    return (storage?.getItem(WORKSHOP_KEY) ?? null) !== null;
  } catch {
    return false;
  }
}

/**
 * The session kept in this browser. One that cannot be read is set aside under its own key,
 * never deleted: a trainer can still send it to someone who can mend it.
 */
export function readWorkshop(storage: KeyValueStorage | null, now: () => number = Date.now): StoredWorkshop {
  let raw: string | null;
  try {
    raw = storage?.getItem(WORKSHOP_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let record: WorkshopRecord | null = null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(raw));
    if (parsed.success && parsed.data.data.turn < parsed.data.data.plan.teams.length) record = parsed.data;
  } catch {
    // Not JSON: set aside below.
  }
  if (record) return { status: 'ok', record };
  try {
    storage?.setItem(`${WORKSHOP_SET_ASIDE_PREFIX}${new Date(now()).toISOString()}`, raw);
    storage?.removeItem(WORKSHOP_KEY);
  } catch {
    // Too full to copy it: it stays where it is, and is written over only by a new session.
  }
  return { status: 'unreadable' };
}

/** Brought back after a reload inside a level: the time up to the last save is the players', the rest is a pause. */
function resumedData(record: WorkshopRecord): SessionData {
  const d = record.data;
  if (record.stage !== 'level' || d.pausedSince !== null) return d;
  const at = Math.max(d.clockSince ?? record.savedAt, record.savedAt);
  const data: SessionData = { ...d, pausedSince: at };
  if (d.clockSince === null) return data;
  // The clock of the team(s) playing stops at the last save, and their time is kept, as the session's own clock does.
  const spent = at - d.clockSince;
  const tallies = withTally(d, (t) => ({ ...t, timeMs: t.timeMs + spent }));
  return { ...data, tallies, clockSince: null };
}

export interface Workshop {
  actor: SessionActor;
  clock: PausableClock;
  /** Writes the session now (the page is being hidden or closed). */
  saveNow(): void;
  stop(): void;
}

export interface WorkshopOptions {
  storage: KeyValueStorage | null;
  library: CatalogueRef;
  now?: () => number;
  /** A new session's plan, or a stored one to bring back. */
  start: { plan: WorkshopPlan; id: string } | { record: WorkshopRecord };
  onSaveFailed?: () => void;
  /** A level's saved state could not be used: it starts again from its beginning. */
  onLevelRestarted?: () => void;
  /** How often a session in play refreshes its save, so a reload loses at most this much of a team's time. */
  heartbeatMs?: number;
}

/** A number drawn from the session's id: the same shuffles for the whole session, and after a reload. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h || 1;
}

export function startWorkshop({ storage, library, now = Date.now, start, onSaveFailed, onLevelRestarted, heartbeatMs = 5000 }: WorkshopOptions): Workshop {
  const clock = pausableClock();
  const restored = 'record' in start ? start.record : null;
  const data = 'record' in start ? resumedData(start.record) : newSessionData(start.id, start.plan, now());
  const stage: SessionStage = restored ? restored.stage : 'board';
  // The level's saved state is given to the level once: the level the session was reloaded in.
  let resume: { levelId: string; saved: SavedLevel } | null =
    restored?.stage === 'level' && restored.level && currentLevelId(data) ? { levelId: currentLevelId(data)!, saved: restored.level } : null;
  const seed = seedOf(data.id);

  // The flags set by the levels played so far: a choice made in one level changes what the next offers.
  let played = data.played;
  // The events' countdown as the trainer last set it: a level takes it when it starts.
  let timer = data.plan.timer;
  const flagsSoFar = (): Flags => Object.assign({}, ...played.map((p) => p.result.flags)) as Flags;

  let saving = false;
  const write = () => {
    saving = false;
    if (!storage) return;
    const snap = actor.getSnapshot();
    const level = snap.children.level as LevelActor | undefined;
    const inLevel = snap.matches('level') && level?.getSnapshot().status === 'active';
    const record: WorkshopRecord = {
      format: 'envol-workshop',
      version: 1,
      savedAt: now(),
      stage: snap.status === 'done' ? 'ended' : inLevel ? 'level' : 'board',
      data: sessionData(snap.context),
      level: inLevel && level ? saveLevel(level) : null,
    };
    try {
      storage.setItem(WORKSHOP_KEY, JSON.stringify(record));
    } catch {
      onSaveFailed?.();
    }
  };
  const saveSoon = () => {
    if (saving) return;
    saving = true;
    queueMicrotask(write);
  };

  const actor: SessionActor = createActor(sessionMachine, {
    clock,
    // Every change anywhere in the session (the level, its puzzle) is saved, once per burst.
    inspect: (e) => {
      if (e.type === '@xstate.snapshot') saveSoon();
    },
    input: {
      data,
      stage,
      deps: {
        now,
        levelInput: (id) => {
          const level = findLevel(library.current, id);
          if (!level) return null;
          const saved = resume?.levelId === id ? resume.saved : undefined;
          return {
            level,
            flags: flagsSoFar(),
            timed: timer,
            seed,
            ...(saved ? { saved, onSavedUnusable: () => onLevelRestarted?.() } : {}),
          };
        },
      },
    },
  });
  // Paused, every timer of the session stands still (a timed event's countdown among them).
  actor.subscribe((snap) => {
    played = snap.context.played;
    timer = snap.context.plan.timer;
    if (snap.matches({ level: 'paused' })) clock.pause();
    else clock.resume();
  });
  if (stage === 'level') clock.pause();
  actor.start();
  resume = null;
  const heartbeat = setInterval(() => {
    if (actor.getSnapshot().matches({ level: 'playing' })) write();
  }, heartbeatMs);
  write();

  return {
    actor,
    clock,
    saveNow: write,
    stop() {
      clearInterval(heartbeat);
      write();
      actor.stop();
    },
  };
}

/** Forgets the stored session (a new one starts; the report of the last was exported or printed). */
export function forgetWorkshop(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(WORKSHOP_KEY);
  } catch {
    // Nothing to do: the next session writes over it.
  }
}
