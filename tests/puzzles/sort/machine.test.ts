import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { shownItems, sortMachine, unplacedItems, wrongItems } from '../../../src/puzzles/sort/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const categories = [
  { id: 'fixed', label: t('Coût fixe', 'Fixed cost') },
  { id: 'variable', label: t('Coût variable', 'Variable cost') },
];
const items = [
  { id: 'rent', label: t('Loyer', 'Rent'), category: 'fixed', why: t('Le loyer ne change pas.', 'Rent does not change.') },
  { id: 'flour', label: t('Farine', 'Flour'), category: 'variable', why: t('Plus de pain, plus de farine.', 'More bread, more flour.') },
  { id: 'insurance', label: t('Assurance', 'Insurance'), category: 'fixed', why: t('Le même prix chaque mois.', 'Same price each month.') },
];
const puzzle = loadPuzzle('sort', { categories, items });
const input = { puzzle, flags: {} };
const start = (seed?: number) => createActor(sortMachine, { input: { ...input, seed } }).start();
type Actor = ReturnType<typeof start>;
const place = (a: Actor, item: string, category: string | null) => a.send({ type: 'item.place', item, category });

/** Six items written grouped by category, as level files tend to list them. */
const grouped = loadPuzzle('sort', {
  categories,
  items: [
    ...['rent', 'insurance', 'salary'].map((id) => ({ id, label: t(id), category: 'fixed', why: t('fixe', 'fixed') })),
    ...['flour', 'packaging', 'delivery'].map((id) => ({ id, label: t(id), category: 'variable', why: t('variable') })),
  ],
});
const WRITTEN = grouped.items.map((it) => it.id);
const shownOrder = (seed: number) => {
  const { context } = createActor(sortMachine, { input: { puzzle: grouped, flags: {}, seed } })
    .start()
    .getSnapshot();
  return shownItems(context.puzzle, context.itemOrder).map((it) => it.id);
};

describe('sort', () => {
  it('shows the items shuffled by the seed, never in the written (grouped) order', () => {
    for (const seed of [1, 2, 12_345, 4_000_000_000]) {
      const order = shownOrder(seed);
      expect(order).not.toEqual(WRITTEN);
      expect([...order].sort()).toEqual([...WRITTEN].sort());
    }
    expect(start(5).getSnapshot().context.itemOrder).not.toEqual(['rent', 'flour', 'insurance']);
  });

  it('different seeds give different orders; the same seed the same one, whatever the player does', () => {
    expect(shownOrder(1)).not.toEqual(shownOrder(2));
    expect(new Set(Array.from({ length: 20 }, (_, i) => shownOrder(i + 1).join())).size).toBeGreaterThan(10);
    expect(shownOrder(77)).toEqual(shownOrder(77));
    const a = start(77);
    const before = a.getSnapshot().context.itemOrder;
    place(a, 'rent', 'variable');
    a.send({ type: 'sort.submit' });
    a.send({ type: 'hint.next' });
    expect(a.getSnapshot().context.itemOrder).toEqual(before);
  });

  it('starts with nothing placed', () => {
    const { context } = start().getSnapshot();
    expect(context.placement).toEqual({ rent: null, flour: null, insurance: null });
    expect(context.wrong).toEqual([]);
    expect(unplacedItems(puzzle, context.placement)).toEqual(['rent', 'flour', 'insurance']);
  });

  it('asks to place every item before checking, without counting a mistake', () => {
    const a = start();
    place(a, 'rent', 'fixed');
    a.send({ type: 'sort.submit' });
    expect(a.getSnapshot().value).toBe('sorting');
    expect(a.getSnapshot().context.mistakes).toBe(0);
    expect(a.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'sort.incomplete', params: { n: 2 } });
  });

  it('places, moves and takes back items; ignores unknown items and categories', () => {
    const a = start();
    place(a, 'rent', 'variable');
    place(a, 'rent', 'fixed');
    place(a, 'flour', 'fixed');
    place(a, 'flour', null);
    place(a, 'ghost', 'fixed');
    place(a, 'insurance', 'nowhere');
    expect(a.getSnapshot().context.placement).toEqual({ rent: 'fixed', flour: null, insurance: null });
  });

  it('marks the wrong items, counts one mistake per check and says how many', () => {
    const a = start();
    place(a, 'rent', 'variable');
    place(a, 'flour', 'fixed');
    place(a, 'insurance', 'fixed');
    a.send({ type: 'sort.submit' });
    let { context } = a.getSnapshot();
    expect(a.getSnapshot().value).toBe('sorting');
    expect(context.mistakes).toBe(1);
    expect(context.wrong).toEqual(['rent', 'flour']);
    expect(context.feedback).toEqual({ tone: 'wrong', key: 'sort.wrong', params: { n: 2 } });

    place(a, 'rent', 'fixed');
    // Still what the last check said, until the next check.
    expect(a.getSnapshot().context.wrong).toEqual(['rent', 'flour']);
    a.send({ type: 'sort.submit' });
    context = a.getSnapshot().context;
    expect(context.mistakes).toBe(2);
    expect(context.wrong).toEqual(['flour']);
    expect(context.feedback).toMatchObject({ params: { n: 1 } });
  });

  it('finishes when every item is in its category', () => {
    const a = start();
    place(a, 'rent', 'fixed');
    place(a, 'flour', 'fixed');
    place(a, 'insurance', 'fixed');
    a.send({ type: 'sort.submit' });
    a.send({ type: 'hint.next' });
    a.send({ type: 'hint.next' });
    place(a, 'flour', 'variable');
    a.send({ type: 'sort.submit' });
    const snap = a.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.wrong).toEqual([]);
    expect(snap.context.feedback).toMatchObject({ tone: 'right' });
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 2, choices: [], choicePoints: {} },
      flags: {},
    });
  });

  it('judges placements exactly', () => {
    expect(wrongItems(puzzle, { rent: 'fixed', flour: 'variable', insurance: 'fixed' })).toEqual([]);
    expect(wrongItems(puzzle, { rent: 'variable', flour: null, insurance: 'fixed' })).toEqual(['rent']);
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const a = start();
    for (let i = 0; i < 5; i++) a.send({ type: 'hint.next' });
    expect(a.getSnapshot().context.hintTier).toBe(3);
  });

  it('every state is reachable and the sorting can always still be finished', () => {
    const small = loadPuzzle('sort', { categories, items: items.slice(0, 2) });
    const report = explorePuzzle(sortMachine, {
      input: { puzzle: small, flags: {} },
      events: [
        ...['rent', 'flour'].flatMap((item) => [null, 'fixed', 'variable'].map((category) => ({ type: 'item.place' as const, item, category }))),
        { type: 'sort.submit' },
        { type: 'hint.next' },
      ],
      key: (s) => [s.context.placement, s.context.wrong, s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // 3 × 3 placements at least.
    expect(report.snapshots).toBeGreaterThan(9);
  });
});
