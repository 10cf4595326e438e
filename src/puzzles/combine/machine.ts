/**
 * Inventory and combine (the escape-room core): pick two items to put them together. A recipe
 * adds its result to the inventory; ingredients are kept, so no combination can lock the player out.
 * The puzzle is solved as soon as the goal item is held.
 */
import { assign, setup } from 'xstate';
import type { Item } from '../../core/level/fields';
import type { KindPuzzle } from './schema';
import { openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type CombinePuzzle = KindPuzzle;
export type Recipe = CombinePuzzle['recipes'][number];

export type CombineEvent = { type: 'item.select'; id: string } | { type: 'item.combine'; a: string; b: string } | HintEvent;

interface CombineContext extends PuzzleProgress {
  puzzle: CombinePuzzle;
  /** Items held, in the order they came: the level's items first, then what was made. */
  inventory: Item[];
  /** The first item picked for a combination, waiting for a second. */
  selected: string | null;
}

export type Attempt = { kind: 'none' } | { kind: 'new'; recipe: Recipe } | { kind: 'already' } | { kind: 'wrong' };

function holds(inventory: readonly Item[], id: string): boolean {
  return inventory.some((it) => it.id === id);
}

/** The recipes that put `a` and `b` together, in either order. */
export function recipesFor(puzzle: CombinePuzzle, a: string, b: string): Recipe[] {
  return puzzle.recipes.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
}

/** What putting `a` and `b` together gives, with the inventory as it is. */
export function tryCombine(puzzle: CombinePuzzle, inventory: readonly Item[], a: string, b: string): Attempt {
  if (!holds(inventory, a) || !holds(inventory, b)) return { kind: 'none' };
  const recipes = recipesFor(puzzle, a, b);
  if (recipes.length === 0) return { kind: 'wrong' };
  const fresh = recipes.find((r) => !holds(inventory, r.result.id));
  return fresh ? { kind: 'new', recipe: fresh } : { kind: 'already' };
}

/** The pair an event asks to combine, if it asks for one. */
function pairOf(context: CombineContext, event: CombineEvent): [string, string] | null {
  if (event.type === 'item.combine') return [event.a, event.b];
  if (event.type === 'item.select' && context.selected !== null && context.selected !== event.id) return [context.selected, event.id];
  return null;
}

function attemptOf(context: CombineContext, event: CombineEvent): Attempt {
  const pair = pairOf(context, event);
  return pair ? tryCombine(context.puzzle, context.inventory, pair[0], pair[1]) : { kind: 'none' };
}

export const combineMachine = setup({
  types: puzzleTypes<CombinePuzzle, CombineContext, CombineEvent>(),
  guards: {
    'goal is held': ({ context }) => holds(context.inventory, context.puzzle.goal),
    'item is not held': ({ context, event }) => event.type === 'item.select' && !holds(context.inventory, event.id),
    'nothing is selected': ({ context }) => context.selected === null,
    'item is the selected one': ({ context, event }) => event.type === 'item.select' && context.selected === event.id,
    'pair makes something new': ({ context, event }) => attemptOf(context, event).kind === 'new',
    'pair was made already': ({ context, event }) => attemptOf(context, event).kind === 'already',
    'pair makes nothing': ({ context, event }) => attemptOf(context, event).kind === 'wrong',
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'select the item': assign(({ event }) => (event.type === 'item.select' ? { selected: event.id, feedback: null } : {})),
    'put the item back': assign(() => ({ selected: null })),
    'add the result': assign(({ context, event }) => {
      const attempt = attemptOf(context, event);
      if (attempt.kind !== 'new') return {};
      const { recipe } = attempt;
      return {
        inventory: [...context.inventory, recipe.result],
        // What was made counts as the player's choice, so an award can name it: { "choice": "prototype" }.
        choices: [...context.choices, recipe.result.id],
        selected: null,
        feedback: { tone: 'right', text: recipe.text } as const,
      };
    }),
    'say it was made already': assign(() => ({
      selected: null,
      feedback: { tone: 'info', key: 'combine.already' } as const,
    })),
    'count a wrong pair': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      selected: null,
      feedback: { tone: 'wrong', text: context.puzzle.wrong } as const,
    })),
  },
}).createMachine({
  id: 'combine',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    inventory: [...input.puzzle.items],
    selected: null,
  }),
  initial: 'combining',
  states: {
    combining: {
      // Also covers a level whose goal is already among the starting items.
      always: { guard: 'goal is held', target: 'made' },
      on: {
        'item.select': [
          { guard: 'item is not held' },
          { guard: 'nothing is selected', actions: 'select the item' },
          { guard: 'item is the selected one', actions: 'put the item back' },
          { guard: 'pair makes something new', actions: 'add the result' },
          { guard: 'pair was made already', actions: 'say it was made already' },
          { guard: 'pair makes nothing', actions: 'count a wrong pair' },
        ],
        'item.combine': [
          { guard: 'pair makes something new', actions: 'add the result' },
          { guard: 'pair was made already', actions: 'say it was made already' },
          { guard: 'pair makes nothing', actions: 'count a wrong pair' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    made: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
