/**
 * One level, built from its data: intro, then either a room to explore (hotspots open
 * puzzles) or puzzles one after another, then the solved moment, the debrief, and the result.
 */
import { assign, sendTo, setup, stopChild, type ActorRefFrom, type AnyStateMachine } from 'xstate';
import type { Outcome } from '../competences';
import { levelResult, type LevelResult } from '../journey';
import type { Hotspot, Level } from '../level/loader';
import type { Text } from '../level/schema';
import { nextHintTier, puzzleSeed, type Feedback, type Flags, type PuzzleActorRef, type PuzzleInput, type PuzzleMemory, type PuzzleOutput } from '../puzzle';
import { PUZZLE_KINDS, type Puzzle } from '../../puzzles';

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
  | { type: 'debrief.close' };

type DoneEvent = { type: `xstate.done.actor.puzzle`; output: SolvedPuzzle };

const hotspot = (c: LevelContext, id: string): Hotspot | undefined => c.level.room?.hotspots.find((h) => h.id === id);
const isSolved = (c: LevelContext, puzzleId: string) => c.results.some((r) => r.puzzleId === puzzleId);
const nextUnsolved = (c: LevelContext) => c.level.puzzles.find((p) => !isSolved(c, p.id));
const hotspotEvent = (e: LevelEvent | DoneEvent) => (e.type === 'hotspot.use' ? e.id : '');

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

export function roomOutcome(c: LevelContext): Outcome | null {
  return c.level.room ? { mistakes: 0, hintTier: c.roomHintTier, choices: [], choicePoints: {} } : null;
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
    'record puzzle result': assign(({ context, event }) => {
      const output = (event as DoneEvent).output;
      const puzzle = context.level.puzzles.find((p) => p.id === output.puzzleId);
      const gift = puzzle?.gives && !context.inventory.includes(puzzle.gives) ? puzzle.gives : null;
      return {
        inventory: gift ? [...context.inventory, gift] : context.inventory,
        notebook: output.note ? withClue(context.notebook, { from: 'puzzle', id: output.puzzleId, text: output.note }) : context.notebook,
        results: [...context.results, output],
        flags: { ...context.flags, ...output.flags },
        activePuzzle: null,
        lastSuccess: puzzle?.success ?? null,
        feedback: puzzle?.success ? ({ tone: 'right', text: puzzle.success } as Feedback) : ({ tone: 'right', key: 'puzzle.solved' } as Feedback),
      };
    }),
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
        'hint.next': { actions: 'open room hint' },
      },
    },
    puzzle: {
      entry: ['put the notebook away', 'start puzzle'],
      exit: ['remember puzzle progress', 'stop puzzle', 'forget puzzle', 'put the notebook away'],
      on: {
        // The notebook stays at hand beside a puzzle: a clue can be read again without leaving it.
        'notebook.open': { guard: 'clue is in the notebook', actions: 'open clue from notebook' },
        'reading.close': { actions: 'close reading' },
        'xstate.done.actor.puzzle': { target: 'afterPuzzle', actions: 'record puzzle result' },
        'puzzle.leave': { guard: 'has a room', target: 'exploring', actions: 'clear feedback' },
        'hint.next': { actions: 'forward hint to puzzle' },
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
