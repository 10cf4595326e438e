import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  businessCanvasMachine,
  cardsIn,
  judgeBlocks,
  markedCards,
  misplacedCards,
  shownCards,
  unplacedCards,
  type CanvasEvent,
} from '../../../src/puzzles/business-canvas/machine';
import { STANDARD_BLOCKS } from '../../../src/puzzles/business-canvas/schema';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const card = (id: string, block: string, label = id) => ({ id, label: t(label), block, why: t(`Pourquoi ${id}`, `Why ${id}`) });
// The six standard blocks (left out of the file), one card each, plus a second cost.
const cards = [
  card('students', 'customers', 'Les étudiants à vélo'),
  card('no-shelter', 'problem', 'Pas de coin couvert'),
  card('shelter', 'value', 'Un abri avec une borne'),
  card('word-of-mouth', 'channels', 'Le bouche-à-oreille'),
  card('wood', 'costs', 'Le bois'),
  card('rent', 'costs', "Le loyer de l'atelier"),
  card('subscription', 'revenue', 'Un abonnement'),
];
const puzzle = loadPuzzle('business-canvas', { cards });
const ids = cards.map((c) => c.id);
const right = Object.fromEntries(cards.map((c) => [c.id, c.block]));

const start = (seed = 7) => createActor(businessCanvasMachine, { input: { puzzle, flags: {}, seed } }).start();
type Actor = ReturnType<typeof start>;
const pick = (a: Actor, c: string) => a.send({ type: 'card.pick', card: c });
const put = (a: Actor, block: string | null) => a.send({ type: 'card.place', block });
const place = (a: Actor, c: string, block: string | null) => {
  pick(a, c);
  put(a, block);
};
const placeAll = (a: Actor, where: Record<string, string>) => Object.entries(where).forEach(([c, b]) => place(a, c, b));
const ctx = (a: Actor) => a.getSnapshot().context;

describe('business canvas', () => {
  it('has the six standard blocks when the file names none, and starts with every card on the pile', () => {
    expect(puzzle.blocks.map((b) => b.id)).toEqual([...STANDARD_BLOCKS]);
    expect(puzzle.blocks.every((b) => !b.optional)).toBe(true);
    const { placement, picked, verdicts, wrong, feedback, mistakes } = ctx(start());
    expect(Object.values(placement).every((b) => b === null)).toBe(true);
    expect(picked).toBeNull();
    expect({ verdicts, wrong, feedback, mistakes }).toEqual({ verdicts: {}, wrong: [], feedback: null, mistakes: 0 });
    expect(unplacedCards(puzzle, placement)).toEqual(ids);
  });

  it('shows the cards shuffled by the seed: never in the written order, the same for the same seed', () => {
    for (const seed of [1, 2, 3, 7, 42, 1234, 99999]) {
      const order = ctx(start(seed)).cardOrder;
      expect([...order].sort()).toEqual([...ids].sort());
      expect(order, `seed ${seed}`).not.toEqual(ids);
      expect(ctx(start(seed)).cardOrder).toEqual(order);
      expect(shownCards(puzzle, order).map((c) => c.id)).toEqual(order);
    }
    const orders = new Set([1, 2, 3, 7, 42].map((seed) => ctx(start(seed)).cardOrder.join()));
    expect(orders.size).toBeGreaterThan(1);
    // Without a seed (a test, an old save), still not the written order.
    expect(ctx(createActor(businessCanvasMachine, { input: { puzzle, flags: {} } }).start()).cardOrder).not.toEqual(ids);
  });

  it('takes a card in hand, puts it down when picked again, and switches to another card', () => {
    const a = start();
    pick(a, 'wood');
    expect(ctx(a).picked).toBe('wood');
    pick(a, 'wood');
    expect(ctx(a).picked).toBeNull();
    pick(a, 'wood');
    pick(a, 'rent');
    expect(ctx(a).picked).toBe('rent');
    pick(a, 'ghost');
    expect(ctx(a).picked).toBe('rent');
  });

  it('places the card in hand into a block, and says so', () => {
    const a = start();
    place(a, 'wood', 'costs');
    expect(ctx(a).placement.wood).toBe('costs');
    expect(ctx(a).picked).toBeNull();
    expect(ctx(a).feedback).toEqual({ tone: 'info', key: 'businessCanvas.placed', params: { card: t('Le bois') } });
    expect(cardsIn(puzzle, ctx(a).cardOrder, ctx(a).placement, 'costs').map((c) => c.id)).toEqual(['wood']);
  });

  it('moves a placed card to another block, and puts it back on the pile', () => {
    const a = start();
    place(a, 'rent', 'revenue');
    place(a, 'rent', 'costs');
    expect(ctx(a).placement.rent).toBe('costs');
    place(a, 'rent', null);
    expect(ctx(a).placement.rent).toBeNull();
    expect(ctx(a).feedback).toEqual({ tone: 'info', key: 'businessCanvas.unplaced', params: { card: t("Le loyer de l'atelier") } });
    expect(unplacedCards(puzzle, ctx(a).placement)).toContain('rent');
  });

  it('a dragged card goes straight where it is dropped, whatever is in hand', () => {
    const a = start();
    pick(a, 'wood');
    a.send({ type: 'card.place', card: 'subscription', block: 'revenue' });
    expect(ctx(a).placement.subscription).toBe('revenue');
    expect(ctx(a).placement.wood).toBeNull();
    expect(ctx(a).picked).toBeNull();
  });

  it('asks for a card first when a block is chosen with empty hands, without counting a mistake', () => {
    const a = start();
    put(a, 'costs');
    expect(ctx(a).feedback).toEqual({ tone: 'info', key: 'businessCanvas.pickFirst' });
    expect(ctx(a).mistakes).toBe(0);
    expect(Object.values(ctx(a).placement).every((b) => b === null)).toBe(true);
  });

  it('ignores unknown cards and blocks; putting a card where it already is only puts it down', () => {
    const a = start();
    a.send({ type: 'card.place', card: 'ghost', block: 'costs' });
    place(a, 'wood', 'nowhere');
    expect(ctx(a).placement.wood).toBeNull();
    expect(ctx(a).picked).toBe('wood');
    put(a, 'costs');
    const before = ctx(a).feedback;
    place(a, 'wood', 'costs');
    expect(ctx(a).placement.wood).toBe('costs');
    expect(ctx(a).picked).toBeNull();
    expect(ctx(a).feedback).toBe(before);
  });

  it('asks to place every card before checking, without counting a mistake', () => {
    const a = start();
    place(a, 'wood', 'costs');
    a.send({ type: 'canvas.submit' });
    expect(a.getSnapshot().value).toBe('placing');
    expect(ctx(a).mistakes).toBe(0);
    expect(ctx(a).verdicts).toEqual({});
    expect(ctx(a).feedback).toEqual({ tone: 'info', key: 'businessCanvas.incomplete', params: { n: 6 } });
  });

  it('judges block by block: which blocks hold a card from elsewhere, which are right, which wait for a card', () => {
    const a = start();
    // Rent in revenue, subscription in costs: costs and revenue each hold a stranger.
    placeAll(a, { ...right, rent: 'revenue', subscription: 'costs' });
    a.send({ type: 'canvas.submit' });
    expect(a.getSnapshot().value).toBe('placing');
    expect(ctx(a).mistakes).toBe(1);
    expect(ctx(a).verdicts).toEqual({
      customers: 'right',
      problem: 'right',
      value: 'right',
      channels: 'right',
      costs: 'wrong',
      revenue: 'wrong',
    });
    expect(ctx(a).feedback).toEqual({ tone: 'wrong', key: 'businessCanvas.wrong', params: { n: 2 } });
    // The cards are known to the machine, but not shown before the clue.
    expect(ctx(a).wrong).toEqual(['rent', 'subscription']);
    expect(markedCards(ctx(a))).toEqual([]);

    // Every card in costs: the other blocks wait for theirs.
    const b = start();
    placeAll(b, Object.fromEntries(ids.map((c) => [c, 'costs'])));
    b.send({ type: 'canvas.submit' });
    expect(ctx(b).verdicts).toEqual({ customers: 'empty', problem: 'empty', value: 'empty', channels: 'empty', costs: 'wrong', revenue: 'empty' });
    expect(ctx(b).feedback).toMatchObject({ params: { n: 1 } });
  });

  it("a block's mark goes when a card goes in or out of it (no free answers), the others stay", () => {
    const a = start();
    placeAll(a, { ...right, rent: 'revenue', subscription: 'costs' });
    a.send({ type: 'canvas.submit' });
    // Taking the stranger out of revenue clears the marks of revenue (out) and of the pile (no mark).
    place(a, 'rent', null);
    expect(ctx(a).verdicts).toEqual({ customers: 'right', problem: 'right', value: 'right', channels: 'right', costs: 'wrong' });
    expect(ctx(a).wrong).toEqual(['subscription']);
    // Moving a right card into a right block clears both: neither says anything now.
    place(a, 'students', 'problem');
    expect(ctx(a).verdicts).toEqual({ value: 'right', channels: 'right', costs: 'wrong' });
    // Picking alone changes nothing.
    pick(a, 'wood');
    expect(ctx(a).verdicts).toMatchObject({ costs: 'wrong' });
  });

  it('counts one mistake per wrong check, then finishes when every card is in its block', () => {
    const a = start();
    placeAll(a, { ...right, rent: 'revenue' });
    a.send({ type: 'canvas.submit' });
    a.send({ type: 'canvas.submit' });
    expect(ctx(a).mistakes).toBe(2);
    a.send({ type: 'hint.next' });
    place(a, 'rent', 'costs');
    a.send({ type: 'canvas.submit' });
    const snap = a.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.feedback).toEqual({ tone: 'right', key: 'businessCanvas.right' });
    expect(Object.values(snap.context.verdicts).every((v) => v === 'right')).toBe(true);
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 2, hintTier: 1, choices: [], choicePoints: {} },
      flags: {},
    });
  });

  it('opens hints one tier at a time up to the answer, then stops; the clue marks the misplaced cards', () => {
    const a = start();
    placeAll(a, { ...right, wood: 'revenue' });
    a.send({ type: 'canvas.submit' });
    a.send({ type: 'hint.next' });
    expect(ctx(a).hintTier).toBe(1);
    expect(markedCards(ctx(a))).toEqual([]);
    a.send({ type: 'hint.next' });
    expect(ctx(a).hintTier).toBe(2);
    expect(markedCards(ctx(a))).toEqual(['wood']);
    a.send({ type: 'hint.next' });
    a.send({ type: 'hint.next' });
    a.send({ type: 'hint.next' });
    expect(ctx(a).hintTier).toBe(3);
    expect(a.getSnapshot().value).toBe('placing');
    // A marked card that moves is no longer marked.
    place(a, 'wood', 'problem');
    expect(markedCards(ctx(a))).toEqual([]);
  });

  it('keeps the hints and mistakes of an earlier visit', () => {
    const a = createActor(businessCanvasMachine, { input: { puzzle, flags: {}, seed: 3, resume: { hintTier: 2, mistakes: 4 } } }).start();
    expect(ctx(a)).toMatchObject({ hintTier: 2, mistakes: 4 });
  });

  it('judges exactly, with optional blocks that may stay empty', () => {
    expect(misplacedCards(puzzle, right)).toEqual([]);
    expect(misplacedCards(puzzle, { ...right, wood: null, rent: 'value' })).toEqual(['rent']);
    const withDecoy = loadPuzzle('business-canvas', {
      blocks: [{ id: 'costs' }, { id: 'revenue' }, { id: 'partners', label: t('Partenaires', 'Partners'), optional: true }],
      cards: [card('wood', 'costs'), card('sales', 'revenue')],
    });
    expect(judgeBlocks(withDecoy, { wood: 'costs', sales: 'revenue' })).toEqual({ costs: 'right', revenue: 'right' });
    expect(judgeBlocks(withDecoy, { wood: 'partners', sales: 'revenue' })).toEqual({ costs: 'empty', revenue: 'right', partners: 'wrong' });
  });

  it('every state is reachable and the board can always still be finished', () => {
    const small = loadPuzzle('business-canvas', {
      blocks: [{ id: 'costs' }, { id: 'revenue' }, { id: 'partners', label: t('Partenaires', 'Partners'), optional: true }],
      cards: [card('wood', 'costs'), card('sales', 'revenue')],
    });
    const blocks = [null, 'costs', 'revenue', 'partners'];
    const events: CanvasEvent[] = [
      ...['wood', 'sales'].map((c) => ({ type: 'card.pick' as const, card: c })),
      ...blocks.map((block) => ({ type: 'card.place' as const, block })),
      { type: 'card.place', card: 'sales', block: 'revenue' },
      { type: 'canvas.submit' },
      { type: 'hint.next' },
    ];
    const report = explorePuzzle(businessCanvasMachine, {
      input: { puzzle: small, flags: {}, seed: 5 },
      events,
      // The feedback line changes no rule: it is left out, so the walk stays small.
      key: (s) => [s.context.placement, s.context.picked, s.context.verdicts, s.context.wrong, s.context.hintTier, Math.min(s.context.mistakes, 1)],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // 4 × 4 placements, 3 hands, 4 hint tiers at least.
    expect(report.snapshots).toBeGreaterThan(4 * 4 * 3 * 4);
  });
});
