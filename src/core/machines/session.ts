/**
 * A workshop: teams play today's levels on one screen while the trainer steers. The session
 * runs each level (the same level machine as the solo journey, started from its saved state
 * when there is one) and counts, for each team, its time, hints, reveals, skips and the
 * puzzles done on its turn, from what the level reports as it happens.
 *
 * Board → level (playing ⇄ paused) → board … → ended. In turns, the turn passes to the next
 * team after each puzzle (or when the trainer says so); together, every team plays each puzzle
 * and the trainer notes which teams found it, and what each chose.
 *
 * Time: a team's clock runs only while it plays and the session is not paused. Every event
 * may carry its time (`at`): a session brought back after a reload is paused from the moment
 * it was last saved, so the time the tab was closed counts for nobody.
 */
import { assign, sendTo, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { LevelResult } from '../journey';
import { resumableLevelMachine, type ResumableLevelInput } from './levelSave';
import type { LevelReport, SolvedPuzzle } from './level';

export type { SolvedPuzzle };
import type { WorkshopPlan } from '../workshop/plan';

/** What one team did in one level. */
export interface TeamLevelTally {
  teamId: string;
  levelId: string;
  timeMs: number;
  hints: number;
  reveals: number;
  skips: number;
  /** Puzzles done on this team's turns (together: every puzzle the class did). */
  puzzles: SolvedPuzzle[];
}

/** Points the trainer gave or took, with the reason said to the class. */
export interface Adjustment {
  teamId: string;
  delta: number;
  reason: string;
  levelId: string | null;
}

/** Together: what the trainer noted for a team in a puzzle (unnoted, a team is counted with the class). */
export interface TeamAnswer {
  levelId: string;
  puzzleId: string;
  teamId: string;
  /** Did the team find it? */
  found: boolean | null;
  /** The choice the team made, as the puzzle records it. */
  choice: string | null;
}

/** A vote of the phones, as it was played: the count, the room's choice and the one played (with the trainer's reason when they differ). */
export interface LiveVote {
  levelId: string;
  puzzleId: string;
  question: { fr: string; en: string };
  options: { id: string; text: { fr: string; en: string } }[];
  counts: Record<string, number>;
  majority: string | null;
  played: string;
  reason: string;
}

/** The room's self-check, anonymous: for each of the three questions, how many phones gave 1, 2, 3, 4 and 5. */
export interface RoomSelfCheck {
  spread: number[][];
  answered: number;
}

export interface LevelPlayed {
  levelId: string;
  /** The level as the screen played it (the class's result). */
  result: LevelResult;
}

/** Everything a session knows, as plain data: saved as it changes, read back on reload. */
export interface SessionData {
  id: string;
  plan: WorkshopPlan;
  /** The level being played, or the next one on the board. */
  levelIndex: number;
  /** Whose turn it is (an index into the plan's teams). */
  turn: number;
  scoresShown: boolean;
  /** A message the trainer put on the big screen. */
  message: string | null;
  tallies: TeamLevelTally[];
  adjustments: Adjustment[];
  answers: TeamAnswer[];
  played: LevelPlayed[];
  /** Levels passed from the board without being played. */
  passed: string[];
  /** The phones' votes, in the order they were played. */
  liveVotes: LiveVote[];
  roomSelfCheck: { before?: RoomSelfCheck; after?: RoomSelfCheck };
  /** When the clock of the team(s) playing started; null while nobody's runs. */
  clockSince: number | null;
  pausedMs: number;
  pausedSince: number | null;
  startedAt: number;
  endedAt: number | null;
}

export interface SessionDeps {
  /** A level's input, with its saved state when the session was reloaded inside it; null if the level cannot be played. */
  levelInput(levelId: string): ResumableLevelInput | null;
  now(): number;
}

export interface SessionInput {
  data: SessionData;
  /** Where the data was when it was saved: a session reloaded in a level comes back to it, paused. */
  stage?: SessionStage;
  deps: SessionDeps;
}

export type SessionStage = 'board' | 'level' | 'ended';

type Timed = { at?: number };
export type SessionEvent =
  | ({ type: 'level.start' } & Timed)
  | { type: 'level.pass' }
  | ({ type: 'session.pause' } & Timed)
  | ({ type: 'session.resume' } & Timed)
  | { type: 'trainer.hint' }
  | { type: 'trainer.reveal' }
  | { type: 'trainer.skip' }
  | ({ type: 'turn.next' } & Timed)
  | { type: 'points.add'; teamId: string; delta: number; reason: string }
  | { type: 'scores.toggle' }
  /** The events' countdown, from the next level on. */
  | { type: 'timer.set'; on: boolean }
  | { type: 'message.show'; text: string }
  | { type: 'message.clear' }
  | { type: 'answer.record'; puzzleId: string; teamId: string; found: boolean | null; choice: string | null }
  | ({ type: 'session.end' } & Timed)
  | { type: 'live.vote'; vote: LiveVote }
  | { type: 'live.selfCheck'; when: 'before' | 'after'; result: RoomSelfCheck }
  | LevelReport;

type LevelDone = { type: 'xstate.done.actor.level'; output: LevelResult };

export interface SessionContext extends SessionData {
  deps: SessionDeps;
  stage: SessionStage;
}

export const MESSAGE_MAX = 140;
export const REASON_MAX = 60;
export const POINTS_MAX = 10;

export function newSessionData(id: string, plan: WorkshopPlan, now: number): SessionData {
  return {
    id,
    plan,
    levelIndex: 0,
    turn: 0,
    scoresShown: false,
    message: null,
    tallies: [],
    adjustments: [],
    answers: [],
    played: [],
    passed: [],
    liveVotes: [],
    roomSelfCheck: {},
    clockSince: null,
    pausedMs: 0,
    pausedSince: null,
    startedAt: now,
    endedAt: null,
  };
}

/** The data of a session, without what it runs with. */
export function sessionData(context: SessionContext): SessionData {
  const { deps: _deps, stage: _stage, ...data } = context;
  return data;
}

export const currentLevelId = (c: Pick<SessionData, 'plan' | 'levelIndex'>): string | null => c.plan.levels[c.levelIndex] ?? null;
const timeOf = (c: SessionContext, e: { at?: number }) => (typeof e.at === 'number' && Number.isFinite(e.at) ? e.at : c.deps.now());

/** The teams whose clock runs and whose tally grows now: the team whose turn it is, or all of them together. */
export function playingTeams(c: Pick<SessionData, 'plan' | 'turn'>): string[] {
  return c.plan.mode === 'together' ? c.plan.teams.map((t) => t.id) : [c.plan.teams[c.turn]!.id];
}

/** The tallies with each playing team's tally for the current level changed. */
export function withTally(c: SessionData, change: (t: TeamLevelTally) => TeamLevelTally): TeamLevelTally[] {
  const levelId = currentLevelId(c);
  if (levelId === null) return c.tallies;
  let tallies = c.tallies;
  for (const teamId of playingTeams(c)) {
    const existing = tallies.find((t) => t.teamId === teamId && t.levelId === levelId);
    const base: TeamLevelTally = existing ?? { teamId, levelId, timeMs: 0, hints: 0, reveals: 0, skips: 0, puzzles: [] };
    const next = change(base);
    tallies = existing ? tallies.map((t) => (t === existing ? next : t)) : [...tallies, next];
  }
  return tallies;
}

/** Stops the clock of the team(s) playing, adding the time they played to their tally. */
function stopClock(c: SessionContext, at: number): Partial<SessionData> {
  if (c.clockSince === null) return {};
  const spent = Math.max(0, at - c.clockSince);
  return { tallies: withTally(c, (t) => ({ ...t, timeMs: t.timeMs + spent })), clockSince: null };
}

const nextTurn = (c: SessionData) => (c.turn + 1) % c.plan.teams.length;

export const sessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent | LevelDone,
  },
  actors: { level: resumableLevelMachine },
  guards: {
    'was in a level': ({ context }) => context.stage === 'level' && currentLevelId(context) !== null,
    'had ended': ({ context }) => context.stage === 'ended',
    'the next level can be played': ({ context }) => {
      const id = currentLevelId(context);
      return id !== null && context.deps.levelInput(id) !== null;
    },
    'a level is left': ({ context }) => currentLevelId(context) !== null,
    'plays in turns': ({ context }) => context.plan.mode === 'turns',
    'points are fair': ({ context, event }) =>
      event.type === 'points.add' &&
      context.plan.teams.some((t) => t.id === event.teamId) &&
      Number.isInteger(event.delta) &&
      event.delta !== 0 &&
      Math.abs(event.delta) <= POINTS_MAX &&
      typeof event.reason === 'string' &&
      event.reason.trim().length <= REASON_MAX,
    'self-check is whole': ({ event }) =>
      event.type === 'live.selfCheck' &&
      event.result.spread.length === 3 &&
      event.result.spread.every((row) => row.length === 5 && row.every((n) => Number.isInteger(n) && n >= 0)),
    'message has words': ({ event }) => event.type === 'message.show' && typeof event.text === 'string' && event.text.trim().length > 0,
    'answer is for this level': ({ context, event }) => {
      if (event.type !== 'answer.record' || !context.plan.teams.some((t) => t.id === event.teamId)) return false;
      const levelId = currentLevelId(context) ?? context.played.at(-1)?.levelId;
      const level = levelId ? context.deps.levelInput(levelId)?.level : undefined;
      return !!level && level.puzzles.some((p) => p.id === event.puzzleId) && (event.choice === null || typeof event.choice === 'string');
    },
  },
  actions: {
    'start the clock': assign(({ context, event }) => ({ clockSince: timeOf(context, event as Timed) })),
    'stop the clock': assign(({ context, event }) => stopClock(context, timeOf(context, event as Timed))),
    'note the pause': assign(({ context, event }) => ({ pausedSince: context.pausedSince ?? timeOf(context, event as Timed) })),
    'note the resume': assign(({ context, event }) => {
      if (context.pausedSince === null) return {};
      return { pausedMs: context.pausedMs + Math.max(0, timeOf(context, event as Timed) - context.pausedSince), pausedSince: null };
    }),
    'pass the turn': assign(({ context }) => ({ turn: nextTurn(context) })),
    'enter the level': assign({ stage: 'level' }),
    'back to the board': assign({ stage: 'board' }),
    'count a hint': assign(({ context }) => ({ tallies: withTally(context, (t) => ({ ...t, hints: t.hints + 1 })) })),
    'count a reveal': assign(({ context }) => ({ tallies: withTally(context, (t) => ({ ...t, reveals: t.reveals + 1 })) })),
    'count a skip': assign(({ context }) => ({ tallies: withTally(context, (t) => ({ ...t, skips: t.skips + 1 })) })),
    'record the puzzle': assign(({ context, event }) => {
      if (event.type !== 'level.puzzle') return {};
      return { tallies: withTally(context, (t) => ({ ...t, puzzles: [...t.puzzles, event.output] })) };
    }),
    'record the level': assign(({ context, event }) => {
      const output = (event as LevelDone).output;
      return { played: [...context.played, { levelId: output.levelId, result: output }], levelIndex: context.levelIndex + 1 };
    }),
    'pass the level': assign(({ context }) => {
      const id = currentLevelId(context);
      return { passed: id === null ? context.passed : [...context.passed, id], levelIndex: context.levelIndex + 1 };
    }),
    'ask the level for a hint': sendTo('level', { type: 'hint.next' }),
    'ask the level to reveal': sendTo('level', { type: 'puzzle.reveal' }),
    'ask the level to skip': sendTo('level', { type: 'puzzle.skip' }),
    'add points': assign(({ context, event }) => {
      if (event.type !== 'points.add') return {};
      const adjustment: Adjustment = { teamId: event.teamId, delta: event.delta, reason: event.reason.trim(), levelId: currentLevelId(context) };
      return { adjustments: [...context.adjustments, adjustment] };
    }),
    'toggle scores': assign(({ context }) => ({ scoresShown: !context.scoresShown })),
    'set the timer': assign(({ context, event }) => (event.type === 'timer.set' ? { plan: { ...context.plan, timer: event.on === true } } : {})),
    'show message': assign(({ event }) => (event.type === 'message.show' ? { message: event.text.trim().slice(0, MESSAGE_MAX) } : {})),
    'clear message': assign({ message: null }),
    'record the vote': assign(({ context, event }) => (event.type === 'live.vote' ? { liveVotes: [...context.liveVotes, event.vote] } : {})),
    'record the room self-check': assign(({ context, event }) =>
      event.type === 'live.selfCheck' ? { roomSelfCheck: { ...context.roomSelfCheck, [event.when]: event.result } } : {},
    ),
    'record answer': assign(({ context, event }) => {
      if (event.type !== 'answer.record') return {};
      const levelId = currentLevelId(context) ?? context.played.at(-1)!.levelId;
      const answer: TeamAnswer = { levelId, puzzleId: event.puzzleId, teamId: event.teamId, found: event.found, choice: event.choice };
      const others = context.answers.filter((a) => !(a.levelId === levelId && a.puzzleId === event.puzzleId && a.teamId === event.teamId));
      return { answers: [...others, answer] };
    }),
    'end the session': assign(({ context, event }) => ({
      endedAt: context.endedAt ?? timeOf(context, event as Timed),
      stage: 'ended' as const,
      message: null,
    })),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({ ...input.data, deps: input.deps, stage: input.stage ?? 'board' }),
  initial: 'arriving',
  on: {
    'points.add': { guard: 'points are fair', actions: 'add points' },
    'scores.toggle': { actions: 'toggle scores' },
    'timer.set': { actions: 'set the timer' },
    'message.show': { guard: 'message has words', actions: 'show message' },
    'message.clear': { actions: 'clear message' },
    'answer.record': { guard: 'answer is for this level', actions: 'record answer' },
    'live.vote': { actions: 'record the vote' },
    'live.selfCheck': { guard: 'self-check is whole', actions: 'record the room self-check' },
  },
  states: {
    /** A new session starts at the board; one brought back after a reload returns where it was. */
    arriving: {
      always: [
        { guard: 'had ended', target: 'ended' },
        { guard: 'was in a level', target: 'level.paused' },
        { target: 'board', actions: 'back to the board' },
      ],
    },
    board: {
      on: {
        'level.start': { guard: 'the next level can be played', target: 'level' },
        'level.pass': { guard: 'a level is left', actions: 'pass the level' },
        'session.end': { target: 'ended' },
      },
    },
    level: {
      entry: 'enter the level',
      invoke: {
        id: 'level',
        src: 'level',
        input: ({ context }) => context.deps.levelInput(currentLevelId(context)!)!,
        onDone: { target: 'board', actions: ['record the level', 'back to the board'] },
      },
      on: {
        'level.hint': { actions: 'count a hint' },
        'level.reveal': { actions: 'count a reveal' },
        'level.skip': { actions: 'count a skip' },
        'session.end': { target: 'ended' },
      },
      initial: 'playing',
      states: {
        playing: {
          entry: 'start the clock',
          exit: 'stop the clock',
          on: {
            'session.pause': 'paused',
            'trainer.hint': { actions: 'ask the level for a hint' },
            'trainer.reveal': { actions: 'ask the level to reveal' },
            'trainer.skip': { actions: 'ask the level to skip' },
            // The time played so far goes to the team that played it; the next team's clock starts.
            'turn.next': { guard: 'plays in turns', actions: ['stop the clock', 'pass the turn', 'start the clock'] },
            'level.puzzle': [
              { guard: 'plays in turns', actions: ['record the puzzle', 'stop the clock', 'pass the turn', 'start the clock'] },
              { actions: 'record the puzzle' },
            ],
          },
        },
        /** The screen is covered and every timer stands still. */
        paused: {
          entry: 'note the pause',
          exit: 'note the resume',
          on: {
            'session.resume': 'playing',
            'level.puzzle': { actions: 'record the puzzle' },
          },
        },
      },
    },
    ended: {
      entry: 'end the session',
      type: 'final',
    },
  },
});

export type SessionActor = ActorRefFrom<typeof sessionMachine>;
export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;
