/**
 * One level, built from its data: intro, then either a room to explore (hotspots open
 * puzzles) or puzzles one after another, then the solved moment, the debrief, and the result.
 */
import { assign, enqueueActions, sendTo, setup, stopChild, type ActorRefFrom, type AnyStateMachine } from 'xstate';
import type { Outcome } from '../competences';
import { levelResult, type LevelResult } from '../journey';
import type { Hotspot, Level } from '../level/loader';
import type { Text } from '../level/schema';
import {
  HINT_TIERS,
  nextHintTier,
  puzzleSeed,
  type Feedback,
  type Flags,
  type PuzzleActorRef,
  type PuzzleInput,
  type PuzzleMemory,
  type PuzzleOutput,
} from '../puzzle';
import { PUZZLE_KINDS, puzzleKind, type Puzzle } from '../../puzzles';

export interface LevelInput {
  level: Level;
  /** The journey's flags when the level starts. */
  flags: Flags;
  timed?: boolean;
  seed?: number;
}

export interface LevelContext {
  level: Level;
  flags: Flags;
  timed: boolean;
  seed: number;
  introIndex: number;
  inventory: string[];
  visited: string[];
  /** The hotspot used last: the keyboard focus goes back to it when a reading or puzzle closes. */
  lastHotspot: string | null;
  /** The text the player is reading now (an index card, a note…), found in the room or opened from the notebook. */
  reading: { title: Text; text: Text } | null;
  /** Every clue found so far, in the order found: the player can read each again at any time. */
  notebook: Clue[];
  /** The notebook clue opened last (its place in the notebook): the focus goes back to it when it closes. */
  lastClue: number | null;
  roomHintTier: number;
  activePuzzle: string | null;
  puzzleRef: PuzzleActorRef | null;
  /** Hints opened and mistakes made in puzzles the player left before solving them. */
  puzzleMemory: Record<string, PuzzleMemory>;
  results: PuzzleOutput[];
  feedback: Feedback | null;
  /** Success text of the last solved puzzle. */
  lastSuccess: Text | null;
}

/**
 * A clue in the notebook: the text of a hotspot the player looked at (an index card, a note),
 * or what a solved puzzle revealed (a decoded message), kept so it can be read again.
 */
export type Clue = { from: 'hotspot'; id: string } | { from: 'puzzle'; id: string; text: Text };

/**
 * What a solved puzzle hands back. A kind may add a `note`: a text the player keeps in the
 * notebook (the cipher's decoded message).
 */
export type SolvedPuzzle = PuzzleOutput & { note?: Text };

export type LevelEvent =
  | { type: 'intro.next' }
  | { type: 'intro.skip' }
  | { type: 'hotspot.use'; id: string }
  | { type: 'reading.close' }
  | { type: 'notebook.open'; index: number }
  | { type: 'puzzle.leave' }
  | { type: 'hint.next' }
  | { type: 'level.continue' }
  | { type: 'debrief.close' }
  /** The trainer shows the solution: the answer hint opens, and a code or a cipher counts as solved. */
  | { type: 'puzzle.reveal' }
  /** The trainer moves the group on: the open puzzle (or, in a room, the room's goal) is passed. */
  | { type: 'puzzle.skip' };

/**
 * What a level tells whoever runs it, as it happens: a workshop counts each team's hints,
 * reveals and skips from these, and knows which puzzle was done on whose turn.
 */
export type LevelReport = { type: 'level.hint' } | { type: 'level.reveal' } | { type: 'level.skip' } | { type: 'level.puzzle'; output: SolvedPuzzle };

type DoneEvent = { type: `xstate.done.actor.puzzle`; output: SolvedPuzzle };

const hotspot = (c: LevelContext, id: string): Hotspot | undefined => c.level.room?.hotspots.find((h) => h.id === id);
const isSolved = (c: LevelContext, puzzleId: string) => c.results.some((r) => r.puzzleId === puzzleId);
const nextUnsolved = (c: LevelContext) => c.level.puzzles.find((p) => !isSolved(c, p.id));
const hotspotEvent = (e: LevelEvent | DoneEvent) => (e.type === 'hotspot.use' ? e.id : '');
const openPuzzle = (c: LevelContext): Puzzle | undefined => c.level.puzzles.find((p) => p.id === c.activePuzzle);

/**
 * A puzzle passed by the trainer: what the group did in it stays (mistakes, the hints it took),
 * its answer counts as given (the top hint tier), and it earns no award.
 */
function settledPuzzle(c: LevelContext, puzzleId: string, settled: 'revealed' | 'skipped'): SolvedPuzzle {
  const mistakes = c.puzzleMemory[puzzleId]?.mistakes ?? 0;
  return { puzzleId, outcome: { mistakes, hintTier: HINT_TIERS, choices: [], choicePoints: {} }, flags: {}, settled };
}

/** A clue's title and text, as the notebook shows it; null if the level no longer has it. */
export function clueWords(level: Level, clue: Clue): { title: Text; text: Text } | null {
  if (clue.from === 'puzzle') {
    const puzzle = level.puzzles.find((p) => p.id === clue.id);
    return puzzle ? { title: puzzle.title, text: clue.text } : null;
  }
  const h = level.room?.hotspots.find((hs) => hs.id === clue.id);
  return h?.text ? { title: h.label, text: h.text } : null;
}

/** The notebook with one more clue, unless it already holds it: a clue read twice is kept once, where it was first found. */
function withClue(notebook: readonly Clue[], clue: Clue): Clue[] {
  return notebook.some((c) => c.from === clue.from && c.id === clue.id) ? [...notebook] : [...notebook, clue];
}

/** The level after a puzzle is done (solved, or passed by the trainer): its gift, its note, its flags. */
function recordResult(context: LevelContext, output: SolvedPuzzle): Partial<LevelContext> {
  const puzzle = context.level.puzzles.find((p) => p.id === output.puzzleId);
  const gift = puzzle?.gives && !context.inventory.includes(puzzle.gives) ? puzzle.gives : null;
  const feedback: Feedback = output.settled
    ? { tone: 'info', key: output.settled === 'skipped' ? 'puzzle.skipped' : 'puzzle.revealed' }
    : puzzle?.success
      ? { tone: 'right', text: puzzle.success }
      : { tone: 'right', key: 'puzzle.solved' };
  return {
    inventory: gift ? [...context.inventory, gift] : context.inventory,
    notebook: output.note ? withClue(context.notebook, { from: 'puzzle', id: output.puzzleId, text: output.note }) : context.notebook,
    results: [...context.results, output],
    flags: { ...context.flags, ...output.flags },
    activePuzzle: null,
    lastSuccess: output.settled ? null : (puzzle?.success ?? null),
    feedback,
  };
}

export function roomOutcome(c: LevelContext): Outcome | null {
  return c.level.room ? { mistakes: 0, hintTier: c.roomHintTier, choices: [], choicePoints: {} } : null;
}

/** Tells the actor running the level (a journey, a workshop) what just happened; a level run on its own tells no one. */
function tellRunner(report: (args: { context: LevelContext; event: LevelEvent | DoneEvent }) => LevelReport) {
  return enqueueActions<LevelContext, LevelEvent | DoneEvent, undefined, LevelEvent | DoneEvent, never, never, never, never, never>(
    ({ context, event, self, enqueue }) => {
      if (self._parent) enqueue.sendParent(report({ context, event }));
    },
  );
}

/** Every kind's machine under its kind's name. */
const PUZZLE_MACHINES: Record<string, AnyStateMachine> = Object.fromEntries(PUZZLE_KINDS.map((k) => [k.kind, k.machine]));

export const levelMachine = setup({
  actors: PUZZLE_MACHINES,
  types: {
    input: {} as LevelInput,
    context: {} as LevelContext,
    events: {} as LevelEvent | DoneEvent,
    output: {} as LevelResult,
  },
  guards: {
    'more intro lines': ({ context }) => context.introIndex + 1 < context.level.intro.length,
    'has a room': ({ context }) => context.level.room !== undefined,
    'hotspot is locked': ({ context, event }) => {
      const h = hotspot(context, hotspotEvent(event));
      return !!h?.requires && !context.inventory.includes(h.requires);
    },
    'hotspot opens an unsolved puzzle': ({ context, event }) => {
      const h = hotspot(context, hotspotEvent(event));
      return !!h?.opens && !isSolved(context, h.opens);
    },
    'hotspot exists': ({ context, event }) => hotspot(context, hotspotEvent(event)) !== undefined,
    'clue is in the notebook': ({ context, event }) =>
      event.type === 'notebook.open' && Number.isInteger(event.index) && context.notebook[event.index] !== undefined,
    'room goal solved': ({ context }) => !!context.level.room && isSolved(context, context.level.room.goal),
    'puzzles remain': ({ context }) => nextUnsolved(context) !== undefined,
    'puzzle has hints left': ({ context }) => (context.puzzleRef?.getSnapshot().context.hintTier ?? HINT_TIERS) < HINT_TIERS,
    'room has hints left': ({ context }) => context.roomHintTier < HINT_TIERS,
    'reveal solves the puzzle': ({ context }) => {
      const open = openPuzzle(context);
      return !!open && puzzleKind(open.kind)?.revealSolves === true;
    },
    'room goal is unsolved': ({ context }) => !!context.level.room && !isSolved(context, context.level.room.goal),
  },
  actions: {
    'next intro line': assign(({ context }) => ({ introIndex: context.introIndex + 1 })),
    'say it is locked': assign(({ context, event }) => {
      const h = hotspot(context, hotspotEvent(event))!;
      const feedback: Feedback = h.locked ? { tone: 'info', text: h.locked } : { tone: 'info', key: 'room.locked' };
      return { feedback, reading: null, lastHotspot: h.id, lastClue: null };
    }),
    'choose puzzle from hotspot': assign(({ context, event }) => {
      const h = hotspot(context, hotspotEvent(event))!;
      return {
        activePuzzle: h.opens ?? null,
        visited: [...new Set([...context.visited, h.id])],
        reading: null,
        feedback: null,
        lastHotspot: h.id,
        lastClue: null,
      };
    }),
    'choose next puzzle': assign(({ context }) => ({ activePuzzle: nextUnsolved(context)?.id ?? null, feedback: null })),
    'look at hotspot': assign(({ context, event }) => {
      const h = hotspot(context, hotspotEvent(event))!;
      const gained = h.gives && !context.inventory.includes(h.gives) ? h.gives : null;
      const item = gained ? context.level.room?.items.find((it) => it.id === gained) : undefined;
      let feedback: Feedback | null = null;
      if (item) feedback = { tone: 'right', key: 'room.took', params: { item: item.label } };
      else if (h.opens) feedback = { tone: 'info', key: 'room.alreadyOpen' };
      return {
        visited: [...new Set([...context.visited, h.id])],
        lastHotspot: h.id,
        inventory: gained ? [...context.inventory, gained] : context.inventory,
        reading: h.text ? { title: h.label, text: h.text } : null,
        notebook: h.text ? withClue(context.notebook, { from: 'hotspot', id: h.id }) : context.notebook,
        lastClue: null,
        feedback,
      };
    }),
    'close reading': assign({ reading: null }),
    'open clue from notebook': assign(({ context, event }) => {
      if (event.type !== 'notebook.open') return {};
      const words = clueWords(context.level, context.notebook[event.index]!);
      return words ? { reading: words, lastClue: event.index } : {};
    }),
    // A new step (a puzzle opens, closes or is solved) puts the focus on its own heading, not on an old clue.
    'put the notebook away': assign({ reading: null, lastClue: null }),
    'open room hint': assign(({ context }) => ({ roomHintTier: nextHintTier(context.roomHintTier) })),
    'forward hint to puzzle': sendTo(({ context }) => context.puzzleRef!, { type: 'hint.next' }),
    'start puzzle': assign(({ context, spawn }) => {
      const puzzle = context.level.puzzles.find((p) => p.id === context.activePuzzle)!;
      const input: PuzzleInput<Puzzle> = {
        puzzle,
        flags: context.flags,
        timed: context.timed,
        seed: puzzleSeed(context.seed, puzzle.id),
        resume: context.puzzleMemory[puzzle.id],
      };
      // Each kind's machine is provided under the kind's name (see `actors`): the puzzle's
      // `kind` picks the machine made for its shape.
      return { puzzleRef: spawn(puzzle.kind, { id: 'puzzle', input }) };
    }),
    'stop puzzle': stopChild(({ context }) => context.puzzleRef!),
    'forget puzzle': assign({ puzzleRef: null }),
    'remember puzzle progress': assign(({ context }) => {
      const snap = context.puzzleRef?.getSnapshot();
      if (!snap || snap.status === 'done' || !context.activePuzzle) return {};
      const { hintTier, mistakes } = snap.context;
      return { puzzleMemory: { ...context.puzzleMemory, [context.activePuzzle]: { hintTier, mistakes } } };
    }),
    'record puzzle result': assign(({ context, event }) => recordResult(context, (event as DoneEvent).output)),
    'report puzzle result': tellRunner(({ event }) => ({ type: 'level.puzzle', output: (event as DoneEvent).output })),
    'settle open puzzle': assign(({ context, event }) =>
      recordResult(context, settledPuzzle(context, context.activePuzzle!, event.type === 'puzzle.skip' ? 'skipped' : 'revealed')),
    ),
    'settle room goal': assign(({ context }) => recordResult(context, settledPuzzle(context, context.level.room!.goal, 'skipped'))),
    'report settled result': tellRunner(({ context }) => ({ type: 'level.puzzle', output: context.results.at(-1)! })),
    'report hint': tellRunner(() => ({ type: 'level.hint' })),
    'report reveal': tellRunner(() => ({ type: 'level.reveal' })),
    'report skip': tellRunner(() => ({ type: 'level.skip' })),
    'reveal room answer': assign({ roomHintTier: HINT_TIERS }),
    'reveal puzzle answer': ({ context }) => {
      const ref = context.puzzleRef!;
      for (let tier = ref.getSnapshot().context.hintTier; tier < HINT_TIERS; tier++) ref.send({ type: 'hint.next' });
    },
    'clear feedback': assign({ feedback: null }),
  },
}).createMachine({
  id: 'level',
  context: ({ input }) => ({
    level: input.level,
    flags: input.flags,
    timed: input.timed ?? false,
    seed: input.seed ?? 1,
    introIndex: 0,
    inventory: [],
    visited: [],
    lastHotspot: null,
    reading: null,
    notebook: [],
    lastClue: null,
    roomHintTier: 0,
    activePuzzle: null,
    puzzleRef: null,
    puzzleMemory: {},
    results: [],
    feedback: null,
    lastSuccess: null,
  }),
  initial: 'intro',
  states: {
    intro: {
      on: {
        'intro.next': [{ guard: 'more intro lines', actions: 'next intro line' }, { target: 'play' }],
        'intro.skip': 'play',
      },
    },
    play: {
      always: [
        { guard: 'has a room', target: 'exploring' },
        { target: 'puzzle', actions: 'choose next puzzle' },
      ],
    },
    exploring: {
      on: {
        'hotspot.use': [
          { guard: 'hotspot is locked', actions: 'say it is locked' },
          { guard: 'hotspot opens an unsolved puzzle', target: 'puzzle', actions: 'choose puzzle from hotspot' },
          { guard: 'hotspot exists', actions: 'look at hotspot' },
        ],
        'reading.close': { actions: 'close reading' },
        'notebook.open': { guard: 'clue is in the notebook', actions: 'open clue from notebook' },
        'hint.next': { guard: 'room has hints left', actions: ['open room hint', 'report hint'] },
        'puzzle.reveal': { guard: 'room has hints left', actions: ['reveal room answer', 'report reveal'] },
        'puzzle.skip': { guard: 'room goal is unsolved', target: 'afterPuzzle', actions: ['settle room goal', 'report skip', 'report settled result'] },
      },
    },
    puzzle: {
      entry: ['put the notebook away', 'start puzzle'],
      exit: ['remember puzzle progress', 'stop puzzle', 'forget puzzle', 'put the notebook away'],
      on: {
        // The notebook stays at hand beside a puzzle: a clue can be read again without leaving it.
        'notebook.open': { guard: 'clue is in the notebook', actions: 'open clue from notebook' },
        'reading.close': { actions: 'close reading' },
        'xstate.done.actor.puzzle': { target: 'afterPuzzle', actions: ['record puzzle result', 'report puzzle result'] },
        'puzzle.leave': { guard: 'has a room', target: 'exploring', actions: 'clear feedback' },
        'hint.next': { guard: 'puzzle has hints left', actions: ['forward hint to puzzle', 'report hint'] },
        'puzzle.reveal': [
          { guard: 'reveal solves the puzzle', target: 'afterPuzzle', actions: ['settle open puzzle', 'report reveal', 'report settled result'] },
          { guard: 'puzzle has hints left', actions: ['reveal puzzle answer', 'report reveal'] },
        ],
        'puzzle.skip': { target: 'afterPuzzle', actions: ['settle open puzzle', 'report skip', 'report settled result'] },
      },
    },
    afterPuzzle: {
      always: [
        { guard: 'room goal solved', target: 'solved' },
        { guard: 'has a room', target: 'exploring' },
        { guard: 'puzzles remain', target: 'cleared' },
        { target: 'solved' },
      ],
    },
    /** A puzzle of a multi-puzzle level is done: a breath before the next one. */
    cleared: {
      on: { 'level.continue': { target: 'puzzle', actions: 'choose next puzzle' } },
    },
    solved: {
      on: { 'level.continue': 'debrief' },
    },
    debrief: {
      on: { 'debrief.close': 'done' },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => levelResult(context.level, roomOutcome(context), context.results),
});

export type LevelActor = ActorRefFrom<typeof levelMachine>;
