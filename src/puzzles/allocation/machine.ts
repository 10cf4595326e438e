/**
 * Allocation: share a budget between lines (rent, stock, advertising…) under the level's rules.
 * The player moves amounts freely; only "submit" is judged, and the judgement lists every rule
 * still broken so the player knows what to fix.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import type { Text } from '../../core/level/fields';
import {
  nextHintTier,
  outputOf,
  startProgress,
  type HintEvent,
  type PuzzleInput,
  type PuzzleOutput,
  type PuzzleProgress,
} from '../../core/puzzle';

type AllocationPuzzle = KindPuzzle;
type Line = AllocationPuzzle['lines'][number];

export type AllocationEvent =
  | { type: 'line.set'; line: string; amount: number }
  | { type: 'allocation.submit' }
  | HintEvent;

/** One broken rule: a UI string (budget totals) or the level's own message (line rules). */
export type AllocationProblem =
  | { key: 'allocation.over'; params: { over: number; unit: string } }
  | { key: 'allocation.under'; params: { left: number; unit: string } }
  | { line: string; text: Text };

export type Amounts = Record<string, number>;

interface AllocationContext extends PuzzleProgress {
  puzzle: AllocationPuzzle;
  amounts: Amounts;
  /** The rules broken at the last submit (empty before the first one). */
  problems: AllocationProblem[];
}

/** The largest amount a line can hold: `max`, or the last step below it when `max` is off the grid. */
export function lineTop(line: Line): number {
  return line.min + Math.floor((line.max - line.min) / line.step) * line.step;
}

/** Snaps an amount to the line's grid (from `min`, every `step`) and keeps it within bounds. */
export function clampAmount(line: Line, amount: number): number {
  const snapped = line.min + Math.round((amount - line.min) / line.step) * line.step;
  return Math.min(lineTop(line), Math.max(line.min, snapped));
}

export function startAmounts(puzzle: AllocationPuzzle): Amounts {
  return Object.fromEntries(puzzle.lines.map((l) => [l.id, l.min]));
}

export function totalOf(puzzle: AllocationPuzzle, amounts: Amounts): number {
  return puzzle.lines.reduce((sum, l) => sum + (amounts[l.id] ?? l.min), 0);
}

/** Every rule the amounts break, budget first, then the level's rules in their order. */
export function allocationProblems(puzzle: AllocationPuzzle, amounts: Amounts): AllocationProblem[] {
  const problems: AllocationProblem[] = [];
  const total = totalOf(puzzle, amounts);
  if (total > puzzle.budget) problems.push({ key: 'allocation.over', params: { over: total - puzzle.budget, unit: puzzle.unit } });
  if (puzzle.spendAll && total < puzzle.budget)
    problems.push({ key: 'allocation.under', params: { left: puzzle.budget - total, unit: puzzle.unit } });
  for (const rule of puzzle.rules) {
    const line = puzzle.lines.find((l) => l.id === rule.line);
    const amount = amounts[rule.line] ?? line?.min ?? 0;
    const tooLow = rule.atLeast !== undefined && amount < rule.atLeast;
    const tooHigh = rule.atMost !== undefined && amount > rule.atMost;
    if (tooLow || tooHigh) problems.push({ line: rule.line, text: rule.message });
  }
  return problems;
}

export const allocationMachine = setup({
  types: {
    input: {} as PuzzleInput<AllocationPuzzle>,
    context: {} as AllocationContext,
    events: {} as AllocationEvent,
    output: {} as PuzzleOutput,
  },
  guards: {
    'line and amount are valid': ({ context, event }) =>
      event.type === 'line.set' && Number.isFinite(event.amount) && context.puzzle.lines.some((l) => l.id === event.line),
    'budget holds': ({ context }) => allocationProblems(context.puzzle, context.amounts).length === 0,
  },
  actions: {
    'set the line': assign(({ context, event }) => {
      if (event.type !== 'line.set') return {};
      const line = context.puzzle.lines.find((l) => l.id === event.line)!;
      const amounts = { ...context.amounts, [line.id]: clampAmount(line, event.amount) };
      // After a check, the list of problems follows the sliders instead of going stale.
      if (context.problems.length === 0) return { amounts };
      return { amounts, problems: allocationProblems(context.puzzle, amounts), feedback: null };
    }),
    'list the problems': assign(({ context }) => {
      const problems = allocationProblems(context.puzzle, context.amounts);
      return {
        mistakes: context.mistakes + 1,
        problems,
        feedback: {
          tone: 'wrong',
          key: 'allocation.problems',
          params: { n: problems.length },
        } as const,
      };
    }),
    'celebrate the budget': assign({ problems: [], feedback: { tone: 'right', key: 'allocation.right' } as const }),
    'open next hint': assign(({ context }) => ({ hintTier: nextHintTier(context.hintTier) })),
  },
}).createMachine({
  id: 'allocation',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    amounts: startAmounts(input.puzzle),
    problems: [],
  }),
  initial: 'planning',
  states: {
    planning: {
      on: {
        'line.set': { guard: 'line and amount are valid', actions: 'set the line' },
        'allocation.submit': [
          { guard: 'budget holds', target: 'balanced', actions: 'celebrate the budget' },
          { actions: 'list the problems' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    balanced: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
