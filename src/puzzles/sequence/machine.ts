/** Sequence: put shuffled steps back in their right order, one place up or down at a time. */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import {
  nextHintTier,
  outputOf,
  shuffled,
  startProgress,
  type HintEvent,
  type PuzzleInput,
  type PuzzleOutput,
  type PuzzleProgress,
} from '../../core/puzzle';

export type SequencePuzzle = KindPuzzle;

export type SequenceEvent =
  | { type: 'step.move'; id: string; by: -1 | 1 }
  | { type: 'sequence.submit' }
  | HintEvent;

interface SequenceContext extends PuzzleProgress {
  puzzle: SequencePuzzle;
  /** Step ids in the order the player sees them. */
  order: string[];
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

export const sequenceMachine = setup({
  types: {
    input: {} as PuzzleInput<SequencePuzzle>,
    context: {} as SequenceContext,
    events: {} as SequenceEvent,
    output: {} as PuzzleOutput,
  },
  guards: {
    'order is right': ({ context }) => stepsInPlace(context.puzzle, context.order) === context.puzzle.steps.length,
  },
  actions: {
    'move the step': assign(({ context, event }) =>
      event.type === 'step.move' ? { order: moveStep(context.order, event.id, event.by) } : {},
    ),
    'count a wrong order': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      feedback: {
        tone: 'wrong',
        key: 'sequence.wrong',
        params: { n: stepsInPlace(context.puzzle, context.order), total: context.puzzle.steps.length },
      } as const,
    })),
    'say it is right': assign(() => ({ feedback: { tone: 'right', key: 'sequence.right' } as const })),
    'open next hint': assign(({ context }) => ({ hintTier: nextHintTier(context.hintTier) })),
  },
}).createMachine({
  id: 'sequence',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    order: shuffled(input.puzzle.steps.map((s) => s.id), input.seed ?? 1),
  }),
  initial: 'ordering',
  states: {
    ordering: {
      on: {
        'step.move': { actions: 'move the step' },
        'sequence.submit': [
          { guard: 'order is right', target: 'ordered', actions: 'say it is right' },
          { actions: 'count a wrong order' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    ordered: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
