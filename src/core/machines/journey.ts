/**
 * The journey: title → (self-check) → city ⇄ level → (self-check) → report. From the title a
 * trainer can also set up a workshop and run it (the session machine runs it; the journey only
 * knows the screen is the workshop's).
 * It invokes the level machine; what it needs from the store comes through `deps`.
 */
import { assign, setup, type ActorRefFrom } from 'xstate';
import type { LevelResult } from '../journey';
import { resumableLevelMachine, type ResumableLevelInput } from './levelSave';

export interface JourneyDeps {
  /** The level's input; with the level's saved state when the player left it unfinished. */
  levelInput(levelId: string): ResumableLevelInput | null;
  isOpen(levelId: string): boolean;
  isComplete(): boolean;
  selfCheckDone(when: 'before' | 'after'): boolean;
  /** The level the player left unfinished, if any. */
  resumeLevel(): string | null;
  onLevelStart(levelId: string): void;
  onLevelDone(result: LevelResult): void;
  onLevelQuit(): void;
}

export type JourneyEvent =
  | { type: 'journey.start' }
  | { type: 'journey.continue' }
  | { type: 'selfcheck.done' }
  | { type: 'place.enter'; levelId: string }
  | { type: 'level.quit' }
  | { type: 'report.open' }
  | { type: 'city.open' }
  | { type: 'journey.toTitle' }
  | { type: 'workshop.setup' }
  /** A workshop starts, or one kept in the browser comes back after a reload. */
  | { type: 'workshop.open' }
  /** The level editor, and a level tried from it (back to the editor when it ends or is left). */
  | { type: 'editor.open' }
  | { type: 'editor.try'; levelId: string };

export interface JourneyContext {
  deps: JourneyDeps;
  levelId: string | null;
  /** Where a level goes back to: the city, or the editor it was tried from. */
  returnTo: 'city' | 'editor';
}

export const journeyMachine = setup({
  types: {
    input: {} as { deps: JourneyDeps },
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  // A level left unfinished comes back as it was left (see levelSave.ts).
  actors: { level: resumableLevelMachine },
  guards: {
    'self-check before is missing': ({ context }) => !context.deps.selfCheckDone('before'),
    'self-check after is missing': ({ context }) => !context.deps.selfCheckDone('after'),
    'tried from the editor': ({ context }) => context.returnTo === 'editor',
    'tried level loads': ({ context, event }) =>
      event.type === 'editor.try' && context.deps.isOpen(event.levelId) && context.deps.levelInput(event.levelId) !== null,
    'place is open': ({ context, event }) =>
      event.type === 'place.enter' && context.deps.isOpen(event.levelId) && context.deps.levelInput(event.levelId) !== null,
    'a level was left unfinished': ({ context }) => {
      const id = context.deps.resumeLevel();
      return id !== null && context.deps.isOpen(id) && context.deps.levelInput(id) !== null;
    },
    'journey is complete': ({ context }) => context.deps.isComplete(),
    'journey just ended': ({ context }) => context.deps.isComplete() && !context.deps.selfCheckDone('after'),
  },
  actions: {
    'remember level': assign({ levelId: ({ event }) => (event.type === 'place.enter' ? event.levelId : null), returnTo: 'city' as const }),
    'remember tried level': assign({ levelId: ({ event }) => (event.type === 'editor.try' ? event.levelId : null), returnTo: 'editor' as const }),
    'remember resumed level': assign({ levelId: ({ context }) => context.deps.resumeLevel() }),
    'tell level started': ({ context }) => context.deps.onLevelStart(context.levelId!),
    'tell level quit': ({ context }) => context.deps.onLevelQuit(),
  },
}).createMachine({
  id: 'journey',
  context: ({ input }) => ({ deps: input.deps, levelId: null, returnTo: 'city' as const }),
  initial: 'title',
  states: {
    title: {
      on: {
        'journey.start': [{ guard: 'self-check before is missing', target: 'selfCheckBefore' }, { target: 'city' }],
        'journey.continue': [
          { guard: 'a level was left unfinished', target: 'level', actions: 'remember resumed level' },
          { guard: 'self-check before is missing', target: 'selfCheckBefore' },
          { target: 'city' },
        ],
        'workshop.setup': 'workshopSetup',
        'workshop.open': 'workshop',
        'editor.open': 'editor',
      },
    },
    editor: {
      on: {
        'editor.try': { guard: 'tried level loads', target: 'level', actions: 'remember tried level' },
        'journey.toTitle': 'title',
      },
    },
    workshopSetup: { on: { 'workshop.open': 'workshop', 'journey.toTitle': 'title' } },
    workshop: { on: { 'journey.toTitle': 'title' } },
    selfCheckBefore: { on: { 'selfcheck.done': 'city' } },
    city: {
      on: {
        'place.enter': { guard: 'place is open', target: 'level', actions: 'remember level' },
        'report.open': [
          { guard: 'journey just ended', target: 'selfCheckAfter' },
          { guard: 'journey is complete', target: 'report' },
        ],
        'journey.toTitle': 'title',
      },
    },
    level: {
      entry: 'tell level started',
      invoke: {
        id: 'level',
        src: 'level',
        input: ({ context }) => context.deps.levelInput(context.levelId!)!,
        onDone: { target: 'levelFinished', actions: ({ context, event }) => context.deps.onLevelDone(event.output) },
      },
      on: {
        'level.quit': [
          { guard: 'tried from the editor', target: 'editor', actions: 'tell level quit' },
          { target: 'city', actions: 'tell level quit' },
        ],
      },
    },
    /** After the last level the journey asks the closing self-check, then shows the report. */
    levelFinished: {
      always: [{ guard: 'tried from the editor', target: 'editor' }, { guard: 'journey just ended', target: 'selfCheckAfter' }, { target: 'city' }],
    },
    selfCheckAfter: { on: { 'selfcheck.done': 'report' } },
    report: { on: { 'city.open': 'city', 'journey.toTitle': 'title' } },
  },
});

export type JourneyActor = ActorRefFrom<typeof journeyMachine>;
