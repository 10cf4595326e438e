import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { combineMachine, recipesFor, tryCombine } from '../../../src/puzzles/combine/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const item = (id: string) => ({ id, label: t(`objet ${id}`, `item ${id}`), description: t(`c'est ${id}`, `it is ${id}`) });

const fields = {
  items: [item('cardboard'), item('motor'), item('lamp')],
  recipes: [
    { a: 'cardboard', b: 'motor', result: item('fan'), text: t('Un ventilo !', 'A fan!') },
    { a: 'fan', b: 'lamp', result: item('smart-fan'), text: t('Un ventilo lumineux !', 'A glowing fan!') },
    { a: 'lamp', b: 'cardboard', result: item('lantern'), text: t('Une lanterne.', 'A lantern.') },
  ],
  goal: 'smart-fan',
  wrong: t('Ces deux-là ne vont pas ensemble. Essaie autre chose !', "These two don't go together. Try something else!"),
  awards: [{ competence: 'creativity', points: 1, for: { choice: 'lantern' } }],
};
const puzzle = loadPuzzle('combine', fields);
const input = { puzzle, flags: {} };
const start = () => createActor(combineMachine, { input }).start();
const ids = (actor: ReturnType<typeof start>) => actor.getSnapshot().context.inventory.map((it) => it.id);

describe('combine', () => {
  it("starts with the level's items and nothing selected", () => {
    const { context, value } = start().getSnapshot();
    expect(value).toBe('combining');
    expect(context.inventory).toEqual(puzzle.items);
    expect(context.selected).toBeNull();
  });

  it('selects an item, and puts it back when it is picked again', () => {
    const actor = start();
    actor.send({ type: 'item.select', id: 'motor' });
    expect(actor.getSnapshot().context.selected).toBe('motor');
    actor.send({ type: 'item.select', id: 'motor' });
    expect(actor.getSnapshot().context.selected).toBeNull();
    expect(actor.getSnapshot().context.mistakes).toBe(0);
  });

  it('makes a new item from two picks in either order, keeping the ingredients', () => {
    const actor = start();
    actor.send({ type: 'item.select', id: 'motor' });
    actor.send({ type: 'item.select', id: 'cardboard' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('combining');
    expect(ids(actor)).toEqual(['cardboard', 'motor', 'lamp', 'fan']);
    expect(context.selected).toBeNull();
    expect(context.feedback).toEqual({ tone: 'right', text: t('Un ventilo !', 'A fan!') });
    expect(context.choices).toEqual(['fan']);
  });

  it('says when a recipe was made already, without a mistake or a second copy', () => {
    const actor = start();
    actor.send({ type: 'item.combine', a: 'cardboard', b: 'motor' });
    actor.send({ type: 'item.select', id: 'cardboard' });
    actor.send({ type: 'item.select', id: 'motor' });
    const { context } = actor.getSnapshot();
    expect(ids(actor)).toEqual(['cardboard', 'motor', 'lamp', 'fan']);
    expect(context.mistakes).toBe(0);
    expect(context.selected).toBeNull();
    expect(context.feedback).toEqual({ tone: 'info', key: 'combine.already' });
  });

  it("counts a pair that makes nothing, with the level's kind words, and lets go of the selection", () => {
    const actor = start();
    actor.send({ type: 'item.select', id: 'lamp' });
    actor.send({ type: 'item.select', id: 'motor' });
    const { context } = actor.getSnapshot();
    expect(context.mistakes).toBe(1);
    expect(context.selected).toBeNull();
    expect(context.feedback).toEqual({ tone: 'wrong', text: fields.wrong });
    expect(ids(actor)).toEqual(['cardboard', 'motor', 'lamp']);
  });

  it('ignores items the player does not hold yet', () => {
    const actor = start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'item.select', id: 'fan' });
    actor.send({ type: 'item.combine', a: 'fan', b: 'lamp' });
    actor.send({ type: 'item.combine', a: 'ghost', b: 'lamp' });
    expect(actor.getSnapshot().context).toEqual(before);
  });

  it('clears an old message when a new combination starts', () => {
    const actor = start();
    actor.send({ type: 'item.combine', a: 'lamp', b: 'motor' });
    actor.send({ type: 'item.select', id: 'lamp' });
    expect(actor.getSnapshot().context.feedback).toBeNull();
    expect(actor.getSnapshot().context.mistakes).toBe(1);
  });

  it('is solved when the goal is made, with what was made as choices', () => {
    const actor = start();
    actor.send({ type: 'item.combine', a: 'motor', b: 'lamp' });
    actor.send({ type: 'item.combine', a: 'cardboard', b: 'lamp' });
    actor.send({ type: 'hint.next' });
    actor.send({ type: 'item.combine', a: 'cardboard', b: 'motor' });
    actor.send({ type: 'item.select', id: 'lamp' });
    actor.send({ type: 'item.select', id: 'fan' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.feedback).toEqual({ tone: 'right', text: t('Un ventilo lumineux !', 'A glowing fan!') });
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 1, choices: ['lantern', 'fan', 'smart-fan'], choicePoints: {} },
      flags: {},
    });
  });

  it('is solved at once when the goal is among the starting items', () => {
    const held = loadPuzzle('combine', { ...fields, goal: 'lamp' });
    const actor = createActor(combineMachine, { input: { ...input, puzzle: held } }).start();
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('makes the next recipe when two share the same pair', () => {
    const twin = loadPuzzle('combine', {
      ...fields,
      awards: [],
      recipes: [
        { a: 'cardboard', b: 'motor', result: item('fan'), text: t('Un ventilo !', 'A fan!') },
        { a: 'motor', b: 'cardboard', result: item('smart-fan'), text: t('Encore mieux !', 'Even better!') },
      ],
    });
    expect(recipesFor(twin, 'motor', 'cardboard')).toHaveLength(2);
    const actor = createActor(combineMachine, { input: { ...input, puzzle: twin } }).start();
    actor.send({ type: 'item.combine', a: 'cardboard', b: 'motor' });
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'item.combine', a: 'cardboard', b: 'motor' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('tells apart new, made-already, wrong and impossible pairs', () => {
    const start = puzzle.items;
    expect(tryCombine(puzzle, start, 'motor', 'cardboard')).toMatchObject({ kind: 'new', recipe: { result: { id: 'fan' } } });
    expect(tryCombine(puzzle, [...start, item('fan')], 'motor', 'cardboard')).toEqual({ kind: 'already' });
    expect(tryCombine(puzzle, start, 'motor', 'lamp')).toEqual({ kind: 'wrong' });
    expect(tryCombine(puzzle, start, 'fan', 'lamp')).toEqual({ kind: 'none' });
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const actor = start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
  });

  it('every state is reachable and the goal can always still be made', () => {
    const all = ['cardboard', 'motor', 'lamp', 'fan', 'smart-fan', 'lantern'];
    const report = explorePuzzle(combineMachine, {
      input,
      events: [
        ...all.map((id) => ({ type: 'item.select' as const, id })),
        { type: 'item.combine', a: 'motor', b: 'lamp' },
        { type: 'item.combine', a: 'cardboard', b: 'motor' },
        { type: 'hint.next' },
      ],
      key: (s) => [s.context.inventory.map((it) => it.id).sort(), s.context.selected, s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(20);
  });
});
