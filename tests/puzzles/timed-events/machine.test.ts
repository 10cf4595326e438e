import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { TIME_UP_EVENT, timedEventsMachine, type TimedEventsEvent } from '../../../src/puzzles/timed-events/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const puzzle = loadPuzzle('timed-events', {
  events: [
    {
      id: 'supplier-late',
      text: t('Ton fournisseur a une semaine de retard.', 'Your supplier is a week late.'),
      seconds: 20,
      options: [
        {
          id: 'wait',
          text: t('Attendre', 'Wait'),
          outcome: t('Tu perds une semaine de ventes.', 'You lose a week of sales.'),
        },
        {
          id: 'local',
          text: t('Acheter local', 'Buy locally'),
          outcome: t('Plus cher, mais tu ouvres.', 'Dearer, but you open.'),
          effects: { points: { 'coping-with-uncertainty': 2 }, flags: { 'local-supplier': true } },
        },
      ],
      fallback: 'wait',
    },
    {
      id: 'rain',
      text: t('Il pleut le jour du marché.', 'It rains on market day.'),
      options: [
        {
          id: 'stay',
          text: t('Rester', 'Stay'),
          outcome: t('Peu de clients, mais fidèles.', 'Few customers, but loyal ones.'),
          effects: { points: { 'coping-with-uncertainty': 1 } },
        },
        {
          id: 'online',
          text: t('Vendre en ligne', 'Sell online'),
          outcome: t('Tu découvres un nouveau canal.', 'You find a new channel.'),
          effects: { points: { creativity: 1 }, flags: { channel: 'online' } },
        },
      ],
      fallback: 'stay',
    },
  ],
});
const untimed = { puzzle, flags: {} };
const timed = { ...untimed, timed: true };
const pick = (id: string): TimedEventsEvent => ({ type: 'option.pick', id });

/** A simulated clock that also counts the timers the actor asks for. */
class CountingClock extends SimulatedClock {
  started = 0;
  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    this.started++;
    return super.setTimeout(fn, timeout);
  }
}

describe('timed events', () => {
  it('applies the picked option, shows its outcome, then moves on and finishes', () => {
    const actor = createActor(timedEventsMachine, { input: untimed }).start();
    expect(actor.getSnapshot().value).toEqual({ deciding: 'free' });
    actor.send(pick('local'));
    let s = actor.getSnapshot();
    expect(s.value).toBe('outcome');
    expect(s.context).toMatchObject({ phase: 'outcome', picked: 'local', timedOut: false, feedback: null, mistakes: 0 });
    actor.send({ type: 'events.next' });
    s = actor.getSnapshot();
    expect(s.value).toEqual({ deciding: 'free' });
    expect(s.context).toMatchObject({ index: 1, phase: 'deciding', picked: null });
    actor.send(pick('online'));
    actor.send({ type: 'events.next' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({
      puzzleId: 'p1',
      outcome: {
        mistakes: 0,
        hintTier: 0,
        choices: ['supplier-late:local', 'rain:online'],
        choicePoints: { 'coping-with-uncertainty': 2, creativity: 1 },
      },
      flags: { 'local-supplier': true, channel: 'online' },
    });
  });

  it('ignores unknown options, a second pick, and "next" before a pick', () => {
    const actor = createActor(timedEventsMachine, { input: untimed }).start();
    actor.send(pick('panic'));
    actor.send({ type: 'events.next' });
    expect(actor.getSnapshot().value).toEqual({ deciding: 'free' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send(pick('wait'));
    actor.send(pick('local'));
    expect(actor.getSnapshot().context.picked).toBe('wait');
    expect(actor.getSnapshot().context.choices).toEqual(['supplier-late:wait']);
  });

  it('starts no timer at all when the trainer did not turn it on', () => {
    const clock = new CountingClock();
    const actor = createActor(timedEventsMachine, { input: untimed, clock }).start();
    clock.increment(10 * 60 * 1000);
    expect(actor.getSnapshot().value).toEqual({ deciding: 'free' });
    expect(actor.getSnapshot().context.timedOut).toBe(false);
    actor.send(pick('wait'));
    actor.send({ type: 'events.next' });
    clock.increment(10 * 60 * 1000);
    expect(actor.getSnapshot().value).toEqual({ deciding: 'free' });
    expect(clock.started).toBe(0);
  });

  it("with the timer on, picks the fallback for the player when the event's seconds run out", () => {
    const clock = new CountingClock();
    const actor = createActor(timedEventsMachine, { input: timed, clock }).start();
    expect(actor.getSnapshot().value).toEqual({ deciding: 'countdown' });
    clock.increment(19_999);
    expect(actor.getSnapshot().value).toEqual({ deciding: 'countdown' });
    clock.increment(1);
    const s = actor.getSnapshot();
    expect(s.value).toBe('outcome');
    expect(s.context).toMatchObject({
      picked: 'wait',
      timedOut: true,
      mistakes: 0,
      choices: ['supplier-late:wait'],
      feedback: { tone: 'info', key: 'timedEvents.timeUp' },
    });
    expect(clock.started).toBe(1);
  });

  it("uses each event's own seconds (30 by default) and restarts the timer per event", () => {
    const clock = new CountingClock();
    const actor = createActor(timedEventsMachine, { input: timed, clock }).start();
    clock.increment(5_000);
    actor.send(pick('local'));
    clock.increment(60_000);
    expect(actor.getSnapshot().context).toMatchObject({ picked: 'local', timedOut: false });
    actor.send({ type: 'events.next' });
    expect(actor.getSnapshot().context.timedOut).toBe(false);
    clock.increment(29_999);
    expect(actor.getSnapshot().value).toEqual({ deciding: 'countdown' });
    clock.increment(1);
    expect(actor.getSnapshot().context).toMatchObject({ index: 1, picked: 'stay', timedOut: true });
    actor.send({ type: 'events.next' });
    expect(actor.getSnapshot().output?.outcome).toMatchObject({
      choices: ['supplier-late:local', 'rain:stay'],
      choicePoints: { 'coping-with-uncertainty': 3 },
    });
    expect(clock.started).toBe(2);
  });

  it('keeps counting down while hints are opened, and caps hints at 3', () => {
    const clock = new CountingClock();
    const actor = createActor(timedEventsMachine, { input: timed, clock }).start();
    clock.increment(10_000);
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
    clock.increment(10_000);
    expect(actor.getSnapshot().context.timedOut).toBe(true);
    expect(clock.started).toBe(1);
  });

  it('every state is reachable (timed or not) and every run can be finished', () => {
    const events: TimedEventsEvent[] = [pick('wait'), pick('local'), pick('stay'), pick('online'), { type: 'events.next' }, { type: 'hint.next' }];
    const key = (s: { context: { index: number; picked: string | null; timedOut: boolean; hintTier: number; choices: string[] } }) => [
      s.context.index,
      s.context.picked,
      s.context.timedOut,
      s.context.hintTier,
      s.context.choices,
    ];

    const calm = explorePuzzle(timedEventsMachine, { input: untimed, events, key });
    // The time-up event is what XState sends itself after the delay: replayed here as a sample.
    const timeUp = { type: TIME_UP_EVENT };
    const rushed = explorePuzzle(timedEventsMachine, { input: timed, events: [...events, timeUp], key });

    // Untimed, the countdown state is never entered; timed, the free state never holds.
    expect(calm.unvisitedStates).toEqual(['deciding.countdown']);
    expect(rushed.unvisitedStates).toEqual(['deciding.free']);
    expect(calm.unvisitedStates.filter((s) => rushed.unvisitedStates.includes(s))).toEqual([]);
    expect(calm.deadEnds).toEqual([]);
    expect(rushed.deadEnds).toEqual([]);
    expect(rushed.snapshots).toBeGreaterThan(calm.snapshots);
  });
});
