/**
 * Hotspots (find / spot): look at a scene and pick the spots that matter, until `need` of the
 * target spots are found. Every pick says something; a miss is a kind word, never a penalty beyond a count.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import { openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type HotspotsPuzzle = KindPuzzle;
export type Spot = HotspotsPuzzle['spots'][number];

export type HotspotsEvent = { type: 'spot.pick'; id: string } | HintEvent;

interface HotspotsContext extends PuzzleProgress {
  puzzle: HotspotsPuzzle;
  /** Target spot ids found so far, in the order they were found. */
  found: string[];
}

function spotOf(puzzle: HotspotsPuzzle, id: string): Spot | undefined {
  return puzzle.spots.find((s) => s.id === id);
}

function picked(context: HotspotsContext, event: HotspotsEvent): Spot | undefined {
  return event.type === 'spot.pick' ? spotOf(context.puzzle, event.id) : undefined;
}

export const hotspotsMachine = setup({
  types: puzzleTypes<HotspotsPuzzle, HotspotsContext, HotspotsEvent>(),
  guards: {
    'spot is found already': ({ context, event }) => {
      const spot = picked(context, event);
      return !!spot && context.found.includes(spot.id);
    },
    'spot is the last target needed': ({ context, event }) => {
      const spot = picked(context, event);
      return !!spot && spot.target && !context.found.includes(spot.id) && context.found.length + 1 >= context.puzzle.need;
    },
    'spot is a new target': ({ context, event }) => {
      const spot = picked(context, event);
      return !!spot && spot.target && !context.found.includes(spot.id);
    },
    'spot is not a target': ({ context, event }) => {
      const spot = picked(context, event);
      return !!spot && !spot.target;
    },
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'mark the spot found': assign(({ context, event }) => {
      const spot = picked(context, event);
      if (!spot) return {};
      return {
        found: [...context.found, spot.id],
        // Found ids count as the player's choices, so an award can name one: { "choice": "bench" }.
        choices: [...context.choices, spot.id],
        feedback: { tone: 'right', text: spot.feedback } as const,
      };
    }),
    'count a miss': assign(({ context, event }) => {
      const spot = picked(context, event);
      if (!spot) return {};
      return { mistakes: context.mistakes + 1, feedback: { tone: 'wrong', text: spot.feedback } as const };
    }),
    'say it was found already': assign(() => ({ feedback: { tone: 'info', key: 'hotspots.again' } as const })),
  },
}).createMachine({
  id: 'hotspots',
  context: ({ input }) => ({ ...startProgress(input.resume), puzzle: input.puzzle, found: [] }),
  initial: 'searching',
  states: {
    searching: {
      on: {
        // An id that is not on the board changes nothing.
        'spot.pick': [
          { guard: 'spot is found already', actions: 'say it was found already' },
          { guard: 'spot is the last target needed', target: 'complete', actions: 'mark the spot found' },
          { guard: 'spot is a new target', actions: 'mark the spot found' },
          { guard: 'spot is not a target', actions: 'count a miss' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    complete: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
