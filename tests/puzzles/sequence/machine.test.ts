import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { scoreOutcome } from '../../../src/core/competences';
import { moveStep, sequenceMachine, stepsInPlace, stepsToMove } from '../../../src/puzzles/sequence/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const steps = [
  { id: 'idea', label: t('Avoir une idée', 'Have an idea') },
  { id: 'test', label: t('Tester auprès de clients', 'Test with customers') },
  { id: 'place', label: t('Trouver un local', 'Find a place') },
  { id: 'open', label: t('Ouvrir', 'Open') },
];
const RIGHT = steps.map((s) => s.id);
const puzzle = loadPuzzle('sequence', { steps, awards: [{ competence: 'learning-through-experience', points: 2, for: 'kept-trying' }] });
const input = { puzzle, flags: {} };

type Actor = ReturnType<typeof start>;
const start = (seed?: number) => createActor(sequenceMachine, { input: { ...input, seed } }).start();
const order = (a: Actor) => a.getSnapshot().context.order;

/** Puts the steps in a given order with "up" moves only, as a player would. */
function arrange(a: Actor, target: string[]): void {
  target.forEach((id, i) => {
    while (order(a).indexOf(id) > i) a.send({ type: 'step.move', id, by: -1 });
  });
  expect(order(a)).toEqual(target);
}

/** Every order of a list. */
const orders = (ids: string[]): string[][] => (ids.length <= 1 ? [ids] : ids.flatMap((id) => orders(ids.filter((x) => x !== id)).map((rest) => [id, ...rest])));

/** Puts the steps in the right order with moves only, as a player would (bubble sort). */
function solveByMoves(a: Actor): number {
  let moves = 0;
  for (let pass = 0; pass < RIGHT.length; pass++) {
    for (let i = 0; i + 1 < RIGHT.length; i++) {
      const cur = order(a);
      if (RIGHT.indexOf(cur[i]!) > RIGHT.indexOf(cur[i + 1]!)) {
        a.send({ type: 'step.move', id: cur[i]!, by: 1 });
        moves++;
      }
    }
  }
  return moves;
}

describe('sequence', () => {
  it('starts shuffled, never solved, the same way for the same seed', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const o = order(start(seed));
      expect([...o].sort()).toEqual([...RIGHT].sort());
      expect(o).not.toEqual(RIGHT);
      expect(order(start(seed))).toEqual(o);
    }
    expect(order(start())).toEqual(order(start(1)));
    const drawn = new Set(Array.from({ length: 30 }, (_, i) => order(start(i + 1)).join()));
    expect(drawn.size, 'the seed really draws the order').toBeGreaterThan(1);
  });

  it('moves a step one place, clamped at the ends, and ignores unknown steps', () => {
    expect(moveStep(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 'zz', 1)).toEqual(['a', 'b', 'c']);

    const a = start();
    const [first, second] = order(a);
    a.send({ type: 'step.move', id: first!, by: -1 });
    expect(order(a)[0]).toBe(first);
    a.send({ type: 'step.move', id: second!, by: -1 });
    expect(order(a).slice(0, 2)).toEqual([second, first]);
    const before = order(a);
    a.send({ type: 'step.move', id: 'nope', by: 1 });
    expect(order(a)).toEqual(before);
    expect(a.getSnapshot().context.mistakes).toBe(0);
  });

  it('a wrong order counts a mistake and names the steps out of place, in every language', () => {
    const a = start();
    // Only "open" is out of place, though no step stands at its own number.
    arrange(a, ['open', 'idea', 'test', 'place']);
    a.send({ type: 'sequence.submit' });
    const { context } = a.getSnapshot();
    expect(a.getSnapshot().value).toBe('ordering');
    expect(context.mistakes).toBe(1);
    expect(context.misplaced).toEqual(['open']);
    expect(context.feedback).toEqual({
      tone: 'wrong',
      key: 'sequence.toMove',
      params: { n: 1, steps: { fr: '«\u00a0Ouvrir\u00a0»', en: '“Open”' } },
    });
    a.send({ type: 'sequence.submit' });
    expect(a.getSnapshot().context.mistakes).toBe(2);
  });

  it('names several steps in the order shown; a step loses its mark once moved, the others keep theirs', () => {
    const a = start();
    arrange(a, ['place', 'open', 'idea', 'test']);
    a.send({ type: 'sequence.submit' });
    // "place, open" or "idea, test": either pair is a longest run in the right order; one is kept.
    expect(a.getSnapshot().context.misplaced).toEqual(['idea', 'test']);
    expect(a.getSnapshot().context.feedback).toMatchObject({
      key: 'sequence.toMove',
      params: { n: 2, steps: { fr: '«\u00a0Avoir une idée\u00a0», «\u00a0Tester auprès de clients\u00a0»', en: '“Have an idea”, “Test with customers”' } },
    });
    a.send({ type: 'step.move', id: 'test', by: 1 });
    expect(a.getSnapshot().context.misplaced, 'a move against the end changes nothing').toEqual(['idea', 'test']);
    // "test" pushes "idea" aside: "test" was moved, its mark goes; "idea" keeps its own.
    a.send({ type: 'step.move', id: 'test', by: -1 });
    expect(order(a)).toEqual(['place', 'open', 'test', 'idea']);
    expect(a.getSnapshot().context.misplaced).toEqual(['idea']);
    a.send({ type: 'step.move', id: 'idea', by: -1 });
    expect(a.getSnapshot().context.misplaced).toEqual([]);
    arrange(a, ['idea', 'place', 'test', 'open']);
    a.send({ type: 'sequence.submit' });
    expect(a.getSnapshot().context.misplaced).toEqual(['test']);
    arrange(a, RIGHT);
    a.send({ type: 'sequence.submit' });
    expect(a.getSnapshot().context.misplaced).toEqual([]);
  });

  it('the steps to move are the fewest that put the order right, whatever the order', () => {
    const rank = (id: string) => RIGHT.indexOf(id);
    const increasing = (ids: string[]) => ids.every((id, i) => i === 0 || rank(ids[i - 1]!) < rank(id));
    for (const o of orders(RIGHT)) {
      const toMove = stepsToMove(puzzle, o);
      const stay = o.filter((id) => !toMove.includes(id));
      expect(increasing(stay), `${o} keeps ${stay}`).toBe(true);
      // No smaller set of steps would do: no longer run of steps is in the right order.
      const longest = Math.max(
        ...Array.from({ length: 1 << o.length }, (_, mask) => o.filter((_, i) => mask & (1 << i)))
          .filter(increasing)
          .map((s) => s.length),
      );
      expect(toMove.length, `${o}`).toBe(o.length - longest);
    }
    expect(stepsToMove(puzzle, RIGHT)).toEqual([]);
    expect(stepsToMove(puzzle, [...RIGHT].reverse())).toHaveLength(3);
  });

  it('finishes when the steps are in the right order, with mistakes and hints in the output', () => {
    const a = start(7);
    a.send({ type: 'sequence.submit' });
    a.send({ type: 'hint.next' });
    expect(solveByMoves(a)).toBeGreaterThan(0);
    expect(order(a)).toEqual(RIGHT);
    expect(a.getSnapshot().status).toBe('active');
    a.send({ type: 'sequence.submit' });
    const snap = a.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.feedback).toMatchObject({ tone: 'right' });
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 1, choices: [], choicePoints: {} },
      flags: {},
    });
    expect(scoreOutcome(puzzle.awards, snap.output!.outcome)).toEqual({ 'learning-through-experience': 2 });
  });

  it('counts n in place exactly', () => {
    expect(stepsInPlace(puzzle, RIGHT)).toBe(4);
    expect(stepsInPlace(puzzle, ['idea', 'place', 'test', 'open'])).toBe(2);
    expect(stepsInPlace(puzzle, ['open', 'place', 'test', 'idea'])).toBe(0);
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const a = start();
    for (let i = 0; i < 5; i++) a.send({ type: 'hint.next' });
    expect(a.getSnapshot().context.hintTier).toBe(3);
    expect(a.getSnapshot().context.mistakes).toBe(0);
  });

  it('every state is reachable and the order can always still be solved', () => {
    const small = loadPuzzle('sequence', { steps: steps.slice(0, 3) });
    const ids = small.steps.map((s) => s.id);
    const report = explorePuzzle(sequenceMachine, {
      input: { puzzle: small, flags: {} },
      events: [
        ...ids.flatMap((id) => [
          { type: 'step.move' as const, id, by: -1 as const },
          { type: 'step.move' as const, id, by: 1 as const },
        ]),
        { type: 'sequence.submit' },
        { type: 'hint.next' },
      ],
      key: (s) => [s.context.order, s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // All 3! orders are reachable by moves.
    expect(report.snapshots).toBeGreaterThan(6);
  });
});
