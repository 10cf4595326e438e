import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  allocationMachine,
  allocationProblems,
  clampAmount,
  parseAmount,
  readTypedAmount,
  ruleStatuses,
  type AllocationEvent,
} from '../../../src/puzzles/allocation/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

// A first budget: 2 000 € for rent, stock and advertising; stock must get at least 800 €,
// advertising at most 300 €, and the whole budget must be used.
const puzzle = loadPuzzle('allocation', {
  budget: 2000,
  spendAll: true,
  lines: [
    { id: 'rent', label: t('Loyer', 'Rent'), help: t('Le local', 'The shop'), min: 400, max: 1000, step: 100 },
    { id: 'stock', label: t('Stock'), help: t('Ce que tu vends', 'What you sell'), max: 1500, step: 100 },
    { id: 'ads', label: t('Pub', 'Ads'), help: t('Te faire connaître', 'Get known'), max: 600, step: 50 },
  ],
  rules: [
    { line: 'stock', atLeast: 800, message: t('Sans stock, rien à vendre.', 'No stock, nothing to sell.') },
    { line: 'ads', atMost: 300, message: t('Trop de pub pour un début.', 'Too many ads for a start.') },
  ],
  awards: [{ competence: 'financial-literacy', points: 2, for: 'solved' }],
});
const input = { puzzle, flags: {} };
const start = () => createActor(allocationMachine, { input }).start();
const set = (line: string, amount: number): AllocationEvent => ({ type: 'line.set', line, amount });
const type = (line: string, typed: string): AllocationEvent => ({ type: 'line.type', line, typed });
const amounts = (actor: ReturnType<typeof start>) => actor.getSnapshot().context.amounts;
const rent = puzzle.lines[0]!;

describe('allocation', () => {
  it('starts every line at its minimum, with the defaults of the schema', () => {
    const actor = start();
    expect(actor.getSnapshot().context.amounts).toEqual({ rent: 400, stock: 0, ads: 0 });
    expect(puzzle.unit).toBe('€');
  });

  it('clamps amounts to the line bounds and snaps them to its step', () => {
    const actor = start();
    actor.send(set('rent', 50));
    expect(actor.getSnapshot().context.amounts.rent).toBe(400);
    actor.send(set('rent', 5000));
    expect(actor.getSnapshot().context.amounts.rent).toBe(1000);
    actor.send(set('rent', 649));
    expect(actor.getSnapshot().context.amounts.rent).toBe(600);
    actor.send(set('ads', 175));
    expect(actor.getSnapshot().context.amounts.ads).toBe(200);
    actor.send(set('ads', -20));
    expect(actor.getSnapshot().context.amounts.ads).toBe(0);
  });

  it('keeps an off-grid maximum on the grid, like a range input', () => {
    const line = { id: 'x', label: t('X'), help: t('X'), min: 0, max: 250, step: 100 };
    expect(clampAmount(line, 250)).toBe(200);
    expect(clampAmount(line, 1000)).toBe(200);
    expect(clampAmount({ ...line, min: 50 }, 260)).toBe(250);
  });

  it('ignores unknown lines and amounts that are not numbers', () => {
    const actor = start();
    actor.send(set('coffee', 100));
    actor.send(set('rent', Number.NaN));
    actor.send(set('rent', Number.POSITIVE_INFINITY));
    expect(actor.getSnapshot().context.amounts).toEqual({ rent: 400, stock: 0, ads: 0 });
  });

  it('shows every rule before the first try, each met or not as the amounts move', () => {
    const actor = start();
    const before = ruleStatuses(puzzle, amounts(actor));
    expect(before).toEqual([
      { kind: 'budget', budget: 2000, spendAll: true, met: false },
      { kind: 'line', line: 'stock', atLeast: 800, message: puzzle.rules[0]!.message, met: false },
      { kind: 'line', line: 'ads', atMost: 300, message: puzzle.rules[1]!.message, met: true },
    ]);
    expect(actor.getSnapshot().context.problems, 'nothing judged yet').toEqual([]);
    actor.send(set('stock', 800));
    actor.send(set('ads', 400));
    expect(ruleStatuses(puzzle, amounts(actor)).map((r) => r.met)).toEqual([false, true, false]);
    actor.send(set('ads', 300));
    actor.send(set('rent', 900));
    expect(ruleStatuses(puzzle, amounts(actor)).map((r) => r.met)).toEqual([true, true, true]);
    actor.send(set('rent', 1000));
    expect(ruleStatuses(puzzle, amounts(actor))[0]).toMatchObject({ kind: 'budget', met: false });
    expect(ruleStatuses({ ...puzzle, spendAll: false }, { rent: 400, stock: 800, ads: 0 })[0]).toMatchObject({ spendAll: false, met: true });
  });

  it('takes a typed amount directly, in one go', () => {
    const actor = start();
    actor.send(type('stock', '900'));
    expect(amounts(actor).stock).toBe(900);
    actor.send(type('stock', ' 1 200 € '));
    expect(amounts(actor).stock).toBe(1200);
    actor.send(type('rent', '1.000'));
    expect(amounts(actor).rent).toBe(1000);
    const c = actor.getSnapshot().context;
    expect(c.feedback).toBeNull();
    expect(c.noteFor).toBeNull();
    expect(c.mistakes).toBe(0);
  });

  it('never refuses a typed value in silence: letters keep the amount and ask for figures', () => {
    const actor = start();
    actor.send(type('stock', '900'));
    for (const typed of ['abc', '', '9OO', '12e3', '--5']) {
      actor.send(type('stock', typed));
      const c = actor.getSnapshot().context;
      expect(c.amounts.stock, typed).toBe(900);
      expect(c.noteFor).toBe('stock');
      expect(c.feedback).toMatchObject({ tone: 'info', key: 'allocation.typed.notNumber', params: { line: puzzle.lines[1]!.label, example: 800 } });
    }
    expect(actor.getSnapshot().context.mistakes, 'a typing slip is not a mistake').toBe(0);
  });

  it('clamps and snaps a typed value visibly, saying why', () => {
    const actor = start();
    const said = () => actor.getSnapshot().context.feedback;
    actor.send(type('rent', '-100'));
    expect(amounts(actor).rent).toBe(400);
    expect(said()).toMatchObject({ key: 'allocation.typed.negative', params: { amount: 400, unit: '€' } });
    actor.send(type('rent', '150'));
    expect(amounts(actor).rent).toBe(400);
    expect(said()).toMatchObject({ key: 'allocation.typed.belowMin', params: { amount: 400, min: 400 } });
    actor.send(type('rent', '5000'));
    expect(amounts(actor).rent).toBe(1000);
    expect(said()).toMatchObject({ key: 'allocation.typed.overMax', params: { amount: 1000, max: 1000 } });
    actor.send(type('ads', '175'));
    expect(amounts(actor).ads).toBe(200);
    expect(said()).toMatchObject({ key: 'allocation.typed.offStep', params: { amount: 200, step: 50 } });
    actor.send(type('ads', '12,5'));
    expect(amounts(actor).ads).toBe(0);
    expect(said()).toMatchObject({ key: 'allocation.typed.offStep', params: { amount: 0 } });
    expect(actor.getSnapshot().context.noteFor).toBe('ads');
    // A change to another line leaves the word where it is; the next change of that line clears it.
    actor.send({ type: 'line.step', line: 'stock', by: 1 });
    expect(actor.getSnapshot().context).toMatchObject({ noteFor: 'ads', feedback: { key: 'allocation.typed.offStep' } });
    actor.send(set('ads', 100));
    expect(actor.getSnapshot().context).toMatchObject({ feedback: null, noteFor: null });
  });

  it('reads typed amounts the way people write them', () => {
    expect(parseAmount('1 500', '€')).toBe(1500);
    expect(parseAmount('1\u202f500\u00a0€', '€')).toBe(1500);
    expect(parseAmount('€300', '€')).toBe(300);
    expect(parseAmount('1,000', '€')).toBe(1000);
    expect(parseAmount('+50', '€')).toBe(50);
    expect(parseAmount('\u2212 50', '€')).toBe(-50);
    expect(parseAmount('12.5', '€')).toBe(12.5);
    expect(parseAmount('douze', '€')).toBeNull();
    expect(parseAmount('', '€')).toBeNull();
    expect(readTypedAmount(rent, '600', '€')).toEqual({ amount: 600, note: null });
    expect(readTypedAmount(rent, '99999999999999999999999', '€')).toEqual({ amount: 1000, note: 'overMax' });
  });

  it('steps one step from the amount now, clamped at the ends', () => {
    const actor = start();
    actor.send(type('ads', '250'));
    actor.send({ type: 'line.step', line: 'ads', by: 1 });
    expect(amounts(actor).ads).toBe(300);
    actor.send({ type: 'line.step', line: 'rent', by: -1 });
    expect(amounts(actor).rent).toBe(400);
    actor.send({ type: 'line.step', line: 'coffee', by: 1 });
    actor.send(type('coffee', '100'));
    expect(amounts(actor)).toEqual({ rent: 400, stock: 0, ads: 300 });
  });

  it('after a check, a typed amount updates the problems too', () => {
    const actor = start();
    actor.send({ type: 'allocation.submit' });
    expect(actor.getSnapshot().context.problems).toHaveLength(2);
    actor.send(type('stock', '1 600'));
    expect(actor.getSnapshot().context.problems).toEqual([{ key: 'allocation.under', params: { left: 100, unit: '€' } }]);
    actor.send(type('rent', '500'));
    expect(actor.getSnapshot().context.problems).toEqual([]);
    actor.send({ type: 'allocation.submit' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('lists every broken rule on submit, counts one mistake and stays open', () => {
    const actor = start();
    actor.send(set('ads', 600));
    actor.send({ type: 'allocation.submit' });
    const c = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('planning');
    expect(c.mistakes).toBe(1);
    expect(c.feedback).toEqual({ tone: 'wrong', key: 'allocation.problems', params: { n: 3 } });
    expect(c.problems).toEqual([
      { key: 'allocation.under', params: { left: 1000, unit: '€' } },
      { line: 'stock', text: { fr: 'Sans stock, rien à vendre.', en: 'No stock, nothing to sell.' } },
      { line: 'ads', text: { fr: 'Trop de pub pour un début.', en: 'Too many ads for a start.' } },
    ]);
  });

  it('after a check, the problems follow the sliders instead of going stale', () => {
    const actor = start();
    actor.send(set('ads', 600));
    actor.send({ type: 'allocation.submit' });
    expect(actor.getSnapshot().context.problems).toHaveLength(3);
    actor.send(set('ads', 0));
    const c = actor.getSnapshot().context;
    expect(c.problems).toHaveLength(2);
    expect(c.problems.some((p) => 'line' in p && p.line === 'ads')).toBe(false);
    expect(c.feedback).toBeNull();
    expect(c.mistakes).toBe(1);
  });

  it('says by how much the budget is overspent', () => {
    const actor = start();
    actor.send(set('rent', 1000));
    actor.send(set('stock', 1500));
    actor.send({ type: 'allocation.submit' });
    const c = actor.getSnapshot().context;
    expect(c.problems).toEqual([{ key: 'allocation.over', params: { over: 500, unit: '€' } }]);
    expect(c.feedback).toMatchObject({ tone: 'wrong', key: 'allocation.problems', params: { n: 1 } });
  });

  it('finishes once the budget holds, with the mistakes made on the way', () => {
    const actor = start();
    actor.send({ type: 'allocation.submit' });
    actor.send(set('rent', 900));
    actor.send(set('stock', 800));
    actor.send(set('ads', 300));
    actor.send({ type: 'allocation.submit' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'right', key: 'allocation.right' });
    expect(actor.getSnapshot().output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 0, choices: [], choicePoints: {} },
      flags: {},
    });
  });

  it('accepts a total under budget when spending everything is not required', () => {
    const loose = { ...puzzle, spendAll: false };
    expect(allocationProblems(loose, { rent: 400, stock: 800, ads: 0 })).toEqual([]);
    expect(allocationProblems(puzzle, { rent: 400, stock: 800, ads: 0 })).toEqual([{ key: 'allocation.under', params: { left: 800, unit: '€' } }]);
    expect(allocationProblems(loose, { rent: 1000, stock: 1000, ads: 300 })).toEqual([{ key: 'allocation.over', params: { over: 300, unit: '€' } }]);
  });

  it('checks both bounds of a rule that has both', () => {
    const both = { ...puzzle, spendAll: false, rules: [{ line: 'rent', atLeast: 500, atMost: 700, message: t('Loyer réaliste', 'Realistic rent') }] };
    expect(allocationProblems(both, { rent: 400, stock: 0, ads: 0 })).toHaveLength(1);
    expect(allocationProblems(both, { rent: 600, stock: 0, ads: 0 })).toHaveLength(0);
    expect(allocationProblems(both, { rent: 800, stock: 0, ads: 0 })).toHaveLength(1);
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const actor = start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
    expect(actor.getSnapshot().value).toBe('planning');
  });

  it('every state is reachable and the budget can always still be balanced', () => {
    const events: AllocationEvent[] = [
      set('rent', 400),
      set('rent', 900),
      set('stock', 0),
      set('stock', 800),
      set('stock', 1500),
      set('ads', 300),
      set('ads', 600),
      { type: 'allocation.submit' },
      { type: 'hint.next' },
      type('ads', 'abc'),
      type('stock', '5000'),
    ];
    const report = explorePuzzle(allocationMachine, {
      input,
      events,
      key: (s) => [s.context.amounts, s.context.hintTier, Math.min(s.context.mistakes, 1), s.context.problems.length],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(20);
  });
});
