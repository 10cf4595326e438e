/**
 * Sequence: put shuffled steps back in their right order, one place up or down at a time.
 * A wrong order names the steps to move: the fewest steps whose moving puts the order right,
 * so the others (already in the right order among themselves) can stay where they are.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import type { Text } from '../../core/level/fields';
import { openNextHint, outputOf, puzzleTypes, shuffled, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type SequencePuzzle = KindPuzzle;

export type SequenceEvent = { type: 'step.move'; id: string; by: -1 | 1 } | { type: 'sequence.submit' } | HintEvent;

interface SequenceContext extends PuzzleProgress {
  puzzle: SequencePuzzle;
  /** Step ids in the order the player sees them. */
  order: string[];
  /** Steps to move, as judged at the last check (empty before it); a step loses its mark once the player moves it. */
  misplaced: string[];
}

/** The order after moving one step one place up (-1) or down (+1); clamped at the ends, unknown ids change nothing. */
export function moveStep(order: readonly string[], id: string, by: number): string[] {
  const from = order.indexOf(id);
  const to = from + Math.sign(by);
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const out = [...order];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** How many steps already stand at their right place. */
export function stepsInPlace(puzzle: SequencePuzzle, order: readonly string[]): number {
  return puzzle.steps.filter((s, i) => order[i] === s.id).length;
}

/**
 * The fewest steps to move to put the order right, in the order shown: every step outside one
 * longest run of steps already in the right order among themselves. Saying "3 of 6 in place"
 * counts a step as wrong when only its neighbour is, so it points at the wrong steps.
 */
export function stepsToMove(puzzle: SequencePuzzle, order: readonly string[]): string[] {
  const rank = new Map(puzzle.steps.map((s, i) => [s.id, i]));
  const ranks = order.map((id) => rank.get(id) ?? -1);
  // Longest increasing run of ranks (n is small: a plan has a handful of steps).
  const length: number[] = [];
  const before: number[] = [];
  ranks.forEach((r, i) => {
    length[i] = 1;
    before[i] = -1;
    for (let j = 0; j < i; j++) {
      if (ranks[j]! < r && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        before[i] = j;
      }
    }
  });
  const keep = new Set<number>();
  let i = length.indexOf(Math.max(0, ...length));
  while (i >= 0) {
    keep.add(i);
    i = before[i]!;
  }
  return order.filter((_, k) => !keep.has(k));
}

/** Step labels as one text per language, each quoted the way that language quotes. */
function quotedLabels(puzzle: SequencePuzzle, ids: readonly string[]): Text {
  const labels = ids.map((id) => puzzle.steps.find((s) => s.id === id)!.label);
  const langs = new Set(labels.flatMap((l) => Object.keys(l)));
  const quote = (lang: string, s: string) => (lang === 'fr' ? `«\u00a0${s}\u00a0»` : `“${s}”`);
  const out: Record<string, string> = {};
  for (const lang of langs) out[lang] = labels.map((l) => quote(lang, l[lang] ?? l.fr)).join(', ');
  return { fr: out.fr!, en: out.en!, ...out };
}

export const sequenceMachine = setup({
  types: puzzleTypes<SequencePuzzle, SequenceContext, SequenceEvent>(),
  guards: {
    'order is right': ({ context }) => stepsInPlace(context.puzzle, context.order) === context.puzzle.steps.length,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    // The step the player moved was acted on: its mark goes. A step pushed aside by it keeps its own.
    'move the step': assign(({ context, event }) => {
      if (event.type !== 'step.move') return {};
      const order = moveStep(context.order, event.id, event.by);
      const moved = order.some((id, i) => id !== context.order[i]);
      return moved ? { order, misplaced: context.misplaced.filter((id) => id !== event.id) } : {};
    }),
    'name the steps to move': assign(({ context }) => {
      const misplaced = stepsToMove(context.puzzle, context.order);
      return {
        mistakes: context.mistakes + 1,
        misplaced,
        feedback: {
          tone: 'wrong',
          key: 'sequence.toMove',
          params: { n: misplaced.length, steps: quotedLabels(context.puzzle, misplaced) },
        } as const,
      };
    }),
    'say it is right': assign(() => ({ misplaced: [], feedback: { tone: 'right', key: 'sequence.right' } as const })),
  },
}).createMachine({
  id: 'sequence',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    order: shuffled(
      input.puzzle.steps.map((s) => s.id),
      input.seed ?? 1,
    ),
    misplaced: [],
  }),
  initial: 'ordering',
  states: {
    ordering: {
      on: {
        'step.move': { actions: 'move the step' },
        'sequence.submit': [{ guard: 'order is right', target: 'ordered', actions: 'say it is right' }, { actions: 'name the steps to move' }],
        'hint.next': { actions: 'open next hint' },
      },
    },
    ordered: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
