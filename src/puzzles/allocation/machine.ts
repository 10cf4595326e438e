/**
 * Allocation: share a budget between lines (rent, stock, advertising…) under the level's rules.
 * Every rule is known from the start (`ruleStatuses`, met or not as the amounts move). The player
 * sets amounts freely (slider, one step, or a typed figure, clamped and snapped with a word why);
 * only "submit" is judged, and the judgement lists every rule still broken so the player knows
 * what to fix.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import type { Text } from '../../core/level/fields';
import { openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { Feedback, HintEvent, PuzzleProgress } from '../../core/puzzle';

type AllocationPuzzle = KindPuzzle;
type Line = AllocationPuzzle['lines'][number];
type Rule = AllocationPuzzle['rules'][number];

export type AllocationEvent =
  /** An amount from the slider: always on the line's grid. */
  | { type: 'line.set'; line: string; amount: number }
  /** One step more or less than the amount now. */
  | { type: 'line.step'; line: string; by: -1 | 1 }
  /** What the player typed in the line's field, as typed. */
  | { type: 'line.type'; line: string; typed: string }
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
  /** The line the feedback is about (a typed amount that had to change), so it shows by that line. */
  noteFor: string | null;
}

/** A rule as the player reads it before any check: what it asks, and whether the amounts meet it now. */
export type RuleStatus =
  | { kind: 'budget'; budget: number; spendAll: boolean; met: boolean }
  | { kind: 'line'; line: string; atLeast?: number; atMost?: number; message: Text; met: boolean };

/** The largest amount a line can hold: `max`, or the last step below it when `max` is off the grid. */
export function lineTop(line: Line): number {
  return line.min + Math.floor((line.max - line.min) / line.step) * line.step;
}

/** Snaps an amount to the line's grid (from `min`, every `step`) and keeps it within bounds. */
export function clampAmount(line: Line, amount: number): number {
  const snapped = line.min + Math.round((amount - line.min) / line.step) * line.step;
  return Math.min(lineTop(line), Math.max(line.min, snapped));
}

function startAmounts(puzzle: AllocationPuzzle): Amounts {
  return Object.fromEntries(puzzle.lines.map((l) => [l.id, l.min]));
}

export function totalOf(puzzle: AllocationPuzzle, amounts: Amounts): number {
  return puzzle.lines.reduce((sum, l) => sum + (amounts[l.id] ?? l.min), 0);
}

function ruleHolds(puzzle: AllocationPuzzle, amounts: Amounts, rule: Rule): boolean {
  const line = puzzle.lines.find((l) => l.id === rule.line);
  const amount = amounts[rule.line] ?? line?.min ?? 0;
  const tooLow = rule.atLeast !== undefined && amount < rule.atLeast;
  const tooHigh = rule.atMost !== undefined && amount > rule.atMost;
  return !tooLow && !tooHigh;
}

/** Every rule, met or not: the budget first, then the level's rules in their order. */
export function ruleStatuses(puzzle: AllocationPuzzle, amounts: Amounts): RuleStatus[] {
  const total = totalOf(puzzle, amounts);
  const budget: RuleStatus = {
    kind: 'budget',
    budget: puzzle.budget,
    spendAll: puzzle.spendAll,
    met: total <= puzzle.budget && (!puzzle.spendAll || total === puzzle.budget),
  };
  const lines = puzzle.rules.map((rule): RuleStatus => ({
    kind: 'line',
    line: rule.line,
    ...(rule.atLeast !== undefined ? { atLeast: rule.atLeast } : {}),
    ...(rule.atMost !== undefined ? { atMost: rule.atMost } : {}),
    message: rule.message,
    met: ruleHolds(puzzle, amounts, rule),
  }));
  return [budget, ...lines];
}

/** Every rule the amounts break, budget first, then the level's rules in their order. */
export function allocationProblems(puzzle: AllocationPuzzle, amounts: Amounts): AllocationProblem[] {
  const problems: AllocationProblem[] = [];
  const total = totalOf(puzzle, amounts);
  if (total > puzzle.budget) problems.push({ key: 'allocation.over', params: { over: total - puzzle.budget, unit: puzzle.unit } });
  if (puzzle.spendAll && total < puzzle.budget) problems.push({ key: 'allocation.under', params: { left: puzzle.budget - total, unit: puzzle.unit } });
  for (const rule of puzzle.rules) if (!ruleHolds(puzzle, amounts, rule)) problems.push({ line: rule.line, text: rule.message });
  return problems;
}

/**
 * A typed amount as a number, or null when it is not one. Spaces, the unit and thousands
 * separators ("1 000", "1.000 €", "1,000") are allowed; any other comma or point is a decimal
 * mark ("12,5"), and the amount is then snapped to the line's grid.
 */
export function parseAmount(typed: string, unit: string): number | null {
  let s = typed.replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
  if (unit) s = s.split(unit).join('');
  s = s.replace(/^\+/, '');
  s = /^-?\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export type TypedNoteKey = 'notNumber' | 'negative' | 'belowMin' | 'overMax' | 'offStep';

/**
 * What a typed amount becomes on the line, and what to tell the player when it is not what they
 * typed: never refused in silence, never a crash. Not a number: the amount stays as it was.
 */
export function readTypedAmount(line: Line, typed: string, unit: string): { amount: number | null; note: TypedNoteKey | null } {
  const value = parseAmount(typed, unit);
  if (value === null) return { amount: null, note: 'notNumber' };
  const amount = clampAmount(line, value);
  if (amount === value) return { amount, note: null };
  const note = value < 0 ? 'negative' : value < line.min ? 'belowMin' : value > lineTop(line) ? 'overMax' : 'offStep';
  return { amount, note };
}

function typedNote(line: Line, unit: string, amount: number, note: TypedNoteKey): Feedback {
  return {
    tone: 'info',
    key: `allocation.typed.${note}`,
    params: {
      line: line.label,
      unit,
      amount,
      min: line.min,
      max: lineTop(line),
      step: line.step,
      example: clampAmount(line, (line.min + lineTop(line)) / 2),
    },
  };
}

/**
 * The context after a line's amount changed: after a check, the problems follow the amounts
 * instead of going stale, and the last word goes, unless it is about another line's typed amount.
 */
function withAmount(context: AllocationContext, line: Line, amount: number): Partial<AllocationContext> {
  const amounts = { ...context.amounts, [line.id]: amount };
  const problems = context.problems.length === 0 ? context.problems : allocationProblems(context.puzzle, amounts);
  const aboutAnother = context.noteFor !== null && context.noteFor !== line.id;
  return aboutAnother ? { amounts, problems } : { amounts, problems, feedback: null, noteFor: null };
}

export const allocationMachine = setup({
  types: puzzleTypes<AllocationPuzzle, AllocationContext, AllocationEvent>(),
  guards: {
    'line and amount are valid': ({ context, event }) =>
      event.type === 'line.set' && Number.isFinite(event.amount) && context.puzzle.lines.some((l) => l.id === event.line),
    'line is known': ({ context, event }) =>
      (event.type === 'line.step' || event.type === 'line.type') && context.puzzle.lines.some((l) => l.id === event.line),
    'budget holds': ({ context }) => allocationProblems(context.puzzle, context.amounts).length === 0,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'set the line': assign(({ context, event }) => {
      if (event.type !== 'line.set') return {};
      const line = context.puzzle.lines.find((l) => l.id === event.line)!;
      return withAmount(context, line, clampAmount(line, event.amount));
    }),
    'step the line': assign(({ context, event }) => {
      if (event.type !== 'line.step') return {};
      const line = context.puzzle.lines.find((l) => l.id === event.line)!;
      return withAmount(context, line, clampAmount(line, (context.amounts[line.id] ?? line.min) + event.by * line.step));
    }),
    'take the typed amount': assign(({ context, event }) => {
      if (event.type !== 'line.type') return {};
      const line = context.puzzle.lines.find((l) => l.id === event.line)!;
      const { amount, note } = readTypedAmount(line, event.typed, context.puzzle.unit);
      const kept = amount ?? context.amounts[line.id] ?? line.min;
      const next = amount === null ? {} : withAmount(context, line, amount);
      return note ? { ...next, feedback: typedNote(line, context.puzzle.unit, kept, note), noteFor: line.id } : next;
    }),
    'list the problems': assign(({ context }) => {
      const problems = allocationProblems(context.puzzle, context.amounts);
      return {
        mistakes: context.mistakes + 1,
        problems,
        noteFor: null,
        feedback: {
          tone: 'wrong',
          key: 'allocation.problems',
          params: { n: problems.length },
        } as const,
      };
    }),
    'celebrate the budget': assign({ problems: [], noteFor: null, feedback: { tone: 'right', key: 'allocation.right' } as const }),
  },
}).createMachine({
  id: 'allocation',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    amounts: startAmounts(input.puzzle),
    problems: [],
    noteFor: null,
  }),
  initial: 'planning',
  states: {
    planning: {
      on: {
        'line.set': { guard: 'line and amount are valid', actions: 'set the line' },
        'line.step': { guard: 'line is known', actions: 'step the line' },
        'line.type': { guard: 'line is known', actions: 'take the typed amount' },
        'allocation.submit': [{ guard: 'budget holds', target: 'balanced', actions: 'celebrate the budget' }, { actions: 'list the problems' }],
        'hint.next': { actions: 'open next hint' },
      },
    },
    balanced: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
