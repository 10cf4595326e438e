/** Sort / match: put each item in its category, then check them all at once. */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import { openNextHint, outputOf, puzzleTypes, shuffled, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type SortPuzzle = KindPuzzle;

export type SortEvent = { type: 'item.place'; item: string; category: string | null } | { type: 'sort.submit' } | HintEvent;

/** Where each item is: a category id, or null while it is not placed yet. */
export type Placement = Record<string, string | null>;

interface SortContext extends PuzzleProgress {
  puzzle: SortPuzzle;
  placement: Placement;
  /** Item ids in the order they are shown: shuffled by the puzzle's seed, never grouped as the level file lists them. */
  itemOrder: string[];
  /** Items judged wrong at the last check. */
  wrong: string[];
}

export type SortItem = SortPuzzle['items'][number];

/** The puzzle's items in the order they are shown. */
export function shownItems(puzzle: SortPuzzle, itemOrder: readonly string[]): SortItem[] {
  return itemOrder.flatMap((id) => puzzle.items.filter((it) => it.id === id));
}

/** Items not placed yet, in the puzzle's order. */
export function unplacedItems(puzzle: SortPuzzle, placement: Placement): string[] {
  return puzzle.items.filter((it) => !placement[it.id]).map((it) => it.id);
}

/** Placed items whose category is not the right one, in the puzzle's order. */
export function wrongItems(puzzle: SortPuzzle, placement: Placement): string[] {
  return puzzle.items.filter((it) => placement[it.id] && placement[it.id] !== it.category).map((it) => it.id);
}

export const sortMachine = setup({
  types: puzzleTypes<SortPuzzle, SortContext, SortEvent>(),
  guards: {
    'placement is known': ({ context, event }) =>
      event.type === 'item.place' &&
      context.puzzle.items.some((it) => it.id === event.item) &&
      (event.category === null || context.puzzle.categories.some((c) => c.id === event.category)),
    'an item is not placed': ({ context }) => unplacedItems(context.puzzle, context.placement).length > 0,
    'all items are right': ({ context }) => wrongItems(context.puzzle, context.placement).length === 0,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'place the item': assign(({ context, event }) =>
      event.type === 'item.place' ? { placement: { ...context.placement, [event.item]: event.category } } : {},
    ),
    'ask to place every item': assign(({ context }) => ({
      feedback: { tone: 'info', key: 'sort.incomplete', params: { n: unplacedItems(context.puzzle, context.placement).length } } as const,
    })),
    'count wrong items': assign(({ context }) => {
      const wrong = wrongItems(context.puzzle, context.placement);
      return {
        mistakes: context.mistakes + 1,
        wrong,
        feedback: { tone: 'wrong', key: 'sort.wrong', params: { n: wrong.length } } as const,
      };
    }),
    'say it is right': assign(() => ({ wrong: [], feedback: { tone: 'right', key: 'sort.right' } as const })),
  },
}).createMachine({
  id: 'sort',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    placement: Object.fromEntries(input.puzzle.items.map((it) => [it.id, null])),
    itemOrder: shuffled(
      input.puzzle.items.map((it) => it.id),
      input.seed ?? 1,
    ),
    wrong: [],
  }),
  initial: 'sorting',
  states: {
    sorting: {
      on: {
        'item.place': { guard: 'placement is known', actions: 'place the item' },
        'sort.submit': [
          { guard: 'an item is not placed', actions: 'ask to place every item' },
          { guard: 'all items are right', target: 'sorted', actions: 'say it is right' },
          { actions: 'count wrong items' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    sorted: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
