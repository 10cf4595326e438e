/**
 * Timed events: surprises hit the project one after another and the player picks a response.
 * There is no right answer, only trade-offs: each option carries its own effects and outcome.
 *
 * The timer is the trainer's choice (`input.timed`, off by default). Only then does the player
 * go through `deciding.countdown`, whose delayed transition picks the event's fallback option
 * when the time is up. Untimed, the player stays in `deciding.free`, where no timer exists.
 * Speed never earns anything.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import { applyEffects, openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

type TimedEventsPuzzle = KindPuzzle;
type TimedEvent = TimedEventsPuzzle['events'][number];

export type TimedEventsEvent = { type: 'option.pick'; id: string } | { type: 'events.next' } | HintEvent;

interface TimedEventsContext extends PuzzleProgress {
  puzzle: TimedEventsPuzzle;
  timed: boolean;
  /** The event on screen. */
  index: number;
  /** Mirrors the state (`deciding` or `outcome`), for views and reports. */
  phase: 'deciding' | 'outcome';
  /** The option taken on this event (by the player, or the fallback when time ran out). */
  picked: string | null;
  timedOut: boolean;
}

/** The type of the event XState sends itself when an event's time is up (tests replay it). */
export const TIME_UP_EVENT = 'xstate.after.eventSeconds.timedEvents.deciding.countdown';

export function eventAt(context: Pick<TimedEventsContext, 'puzzle' | 'index'>): TimedEvent {
  return context.puzzle.events[context.index]!;
}

function take(context: TimedEventsContext, optionId: string): Partial<TimedEventsContext> {
  const event = eventAt(context);
  const option = event.options.find((o) => o.id === optionId)!;
  return { ...applyEffects(context, `${event.id}:${option.id}`, option.effects), picked: option.id, phase: 'outcome' };
}

export const timedEventsMachine = setup({
  types: puzzleTypes<TimedEventsPuzzle, TimedEventsContext, TimedEventsEvent>(),
  delays: {
    eventSeconds: ({ context }) => eventAt(context).seconds * 1000,
  },
  guards: {
    'timer is on': ({ context }) => context.timed,
    'option exists': ({ context, event }) => event.type === 'option.pick' && eventAt(context).options.some((o) => o.id === event.id),
    'was the last event': ({ context }) => context.index >= context.puzzle.events.length - 1,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'take the option': assign(({ context, event }) => (event.type === 'option.pick' ? { ...take(context, event.id), timedOut: false, feedback: null } : {})),
    'take the fallback': assign(({ context }) => ({
      ...take(context, eventAt(context).fallback),
      timedOut: true,
      feedback: { tone: 'info', key: 'timedEvents.timeUp' } as const,
    })),
    'go to the next event': assign(({ context }) => ({
      index: context.index + 1,
      phase: 'deciding' as const,
      picked: null,
      timedOut: false,
      feedback: null,
    })),
  },
}).createMachine({
  id: 'timedEvents',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    timed: input.timed === true,
    index: 0,
    phase: 'deciding',
    picked: null,
    timedOut: false,
  }),
  initial: 'deciding',
  on: {
    'hint.next': { actions: 'open next hint' },
  },
  states: {
    deciding: {
      initial: 'free',
      on: {
        'option.pick': { guard: 'option exists', target: 'outcome', actions: 'take the option' },
      },
      states: {
        free: {
          always: { guard: 'timer is on', target: 'countdown' },
        },
        countdown: {
          after: {
            eventSeconds: { target: '#timedEvents.outcome', actions: 'take the fallback' },
          },
        },
      },
    },
    outcome: {
      on: {
        'events.next': [
          { guard: 'was the last event', target: 'finished' },
          { target: 'deciding', actions: 'go to the next event' },
        ],
      },
    },
    finished: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
