import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { scoreOutcome } from '../../../src/core/competences';
import { hotspotsMachine } from '../../../src/puzzles/hotspots/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const spot = (id: string, target: boolean, x: number) => ({
  id,
  label: t(`lieu ${id}`, `spot ${id}`),
  x,
  y: 40,
  w: 10,
  h: 20,
  prop: 'bench',
  target,
  feedback: t(`retour ${id}`, `feedback ${id}`),
});

const fields = {
  backdrop: 'square',
  need: 2,
  spots: [spot('bench', true, 5), spot('bin', true, 25), spot('stall', true, 45), spot('tree', false, 65), spot('lamp', false, 85)],
  awards: [
    { competence: 'spotting-opportunities', points: 2, for: 'solved' },
    { competence: 'creativity', points: 1, for: { choice: 'stall' } },
  ],
};
const puzzle = loadPuzzle('hotspots', fields);
const input = { puzzle, flags: {} };
const start = () => createActor(hotspotsMachine, { input }).start();

describe('hotspots', () => {
  it('marks a target found and says what the spot says', () => {
    const actor = start();
    actor.send({ type: 'spot.pick', id: 'bin' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('searching');
    expect(context.found).toEqual(['bin']);
    expect(context.feedback).toEqual({ tone: 'right', text: t('retour bin', 'feedback bin') });
    expect(context.mistakes).toBe(0);
  });

  it("counts a miss with the spot's own kind words", () => {
    const actor = start();
    actor.send({ type: 'spot.pick', id: 'tree' });
    actor.send({ type: 'spot.pick', id: 'tree' });
    const { context } = actor.getSnapshot();
    expect(context.mistakes).toBe(2);
    expect(context.found).toEqual([]);
    expect(context.feedback).toEqual({ tone: 'wrong', text: t('retour tree', 'feedback tree') });
  });

  it('says a spot was found already, without counting it twice or as a mistake', () => {
    const actor = start();
    actor.send({ type: 'spot.pick', id: 'bench' });
    actor.send({ type: 'spot.pick', id: 'bench' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('searching');
    expect(context.found).toEqual(['bench']);
    expect(context.mistakes).toBe(0);
    expect(context.feedback).toEqual({ tone: 'info', key: 'hotspots.again' });
  });

  it('ignores a spot that is not on the board', () => {
    const actor = start();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'spot.pick', id: 'nowhere' });
    expect(actor.getSnapshot().context).toEqual(before);
  });

  it('ends when `need` targets are found, with the finds as choices', () => {
    const actor = start();
    actor.send({ type: 'spot.pick', id: 'lamp' });
    actor.send({ type: 'spot.pick', id: 'stall' });
    actor.send({ type: 'hint.next' });
    actor.send({ type: 'spot.pick', id: 'bench' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.feedback).toEqual({ tone: 'right', text: t('retour bench', 'feedback bench') });
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 1, choices: ['stall', 'bench'], choicePoints: {} },
      flags: {},
    });
    expect(scoreOutcome(puzzle.awards, snap.output!.outcome)).toEqual({ 'spotting-opportunities': 2, creativity: 1 });
  });

  it('does not end on misses alone, however many', () => {
    const actor = start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'spot.pick', id: i % 2 ? 'tree' : 'lamp' });
    expect(actor.getSnapshot().value).toBe('searching');
    expect(actor.getSnapshot().context.mistakes).toBe(5);
  });

  it('ends on the first find when one is needed', () => {
    const one = loadPuzzle('hotspots', { ...fields, need: 1 });
    const actor = createActor(hotspotsMachine, { input: { ...input, puzzle: one } }).start();
    actor.send({ type: 'spot.pick', id: 'stall' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const actor = start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
  });

  it('every state is reachable and the search can always still be finished', () => {
    const report = explorePuzzle(hotspotsMachine, {
      input,
      events: [...puzzle.spots.map((s) => ({ type: 'spot.pick' as const, id: s.id })), { type: 'spot.pick', id: 'nowhere' }, { type: 'hint.next' }],
      key: (s) => [[...s.context.found].sort(), s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(10);
  });
});
