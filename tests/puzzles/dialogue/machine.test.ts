import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { scoreOutcome } from '../../../src/core/competences';
import { availableChoices, dialogueMachine, findNode, nodeText, PLAYER_SPEAKER, shownChoices } from '../../../src/puzzles/dialogue/machine';
import type { Flags } from '../../../src/core/puzzle';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const sam = t('Sam');
const puzzle = loadPuzzle('dialogue', {
  start: 'hello',
  awards: [{ competence: 'spotting-opportunities', points: 2, for: { choice: 'ask-open' } }],
  nodes: [
    {
      id: 'hello',
      speaker: sam,
      text: t('Bonjour, tu voulais me parler ?', 'Hello, you wanted to talk?'),
      variants: [
        { when: { flag: 'supplier', equals: 'local' }, text: t('Merci pour le fournisseur local !', 'Thanks for the local supplier!') },
        { when: { flag: 'supplier' }, text: t('Ah, toi. Bonjour.', 'Oh, you. Hello.') },
      ],
      choices: [
        {
          id: 'ask-open',
          text: t("Qu'est-ce qui te manque dans le quartier ?", 'What do you miss in the area?'),
          next: 'need',
          reply: t('Bonne question…', 'Good question…'),
          effects: { points: { 'spotting-opportunities': 1 } },
        },
        {
          id: 'ask-leading',
          text: t('Tu achèterais mon produit, non ?', 'You would buy my product, right?'),
          next: 'need',
          effects: { flags: { leading: true } },
        },
        {
          id: 'remind',
          when: { flag: 'supplier', equals: 'local' },
          text: t('Tu te souviens de moi ?', 'Do you remember me?'),
          next: null,
          effects: { points: { 'ethical-thinking': 3 }, flags: { trust: 'high' } },
        },
      ],
    },
    {
      id: 'need',
      speaker: sam,
      text: t('Un café ouvert tard.', 'A café open late.'),
      variants: [{ when: { flag: 'leading' }, text: t('Euh… oui, sûrement.', 'Er… yes, sure.') }],
      choices: [
        { id: 'thanks', text: t('Merci !', 'Thanks!'), next: null, effects: { flags: { interview: 'done' } } },
        { id: 'again', text: t('On recommence ?', 'Start again?'), next: 'hello' },
      ],
    },
  ],
});
const start = (flags: Flags = {}, seed?: number) => createActor(dialogueMachine, { input: { puzzle, flags, seed } }).start();
const pick = (a: ReturnType<typeof start>, id: string) => a.send({ type: 'choice.pick', id });
const hello = findNode(puzzle, 'hello');
const ids = (flags: Flags) => availableChoices(hello, flags).map((c) => c.id);

/** A question with many answers, the good one written first, as level files tend to have it. */
const interview = loadPuzzle('dialogue', {
  start: 'ask',
  nodes: [
    {
      id: 'ask',
      speaker: sam,
      text: t('Que veux-tu savoir ?', 'What do you want to know?'),
      choices: ['good', 'vague', 'leading', 'rude', 'off-topic', 'silent'].map((id) => ({ id, text: t(id), next: null })),
    },
  ],
});
const ask = findNode(interview, 'ask');
const WRITTEN = ask.choices.map((c) => c.id);
/** The choices as the player sees them in a running conversation (what the view draws). */
const shown = (a: { getSnapshot(): { context: { puzzle: typeof puzzle; node: string; flags: Flags; seed: number } } }) => {
  const { context } = a.getSnapshot();
  return shownChoices(findNode(context.puzzle, context.node), context.flags, context.seed).map((c) => c.id);
};
const startInterview = (seed: number) => createActor(dialogueMachine, { input: { puzzle: interview, flags: {}, seed } }).start();

describe('dialogue', () => {
  it('picks the line and the choices from the journey flags', () => {
    expect(nodeText(hello, {})).toBe(hello.text);
    expect(nodeText(hello, { supplier: 'local' }).en).toBe('Thanks for the local supplier!');
    expect(nodeText(hello, { supplier: 'cheap' }).en).toBe('Oh, you. Hello.');
    expect(nodeText(hello, { supplier: false }).en).toBe('Hello, you wanted to talk?');
    expect(ids({})).toEqual(['ask-open', 'ask-leading']);
    expect(ids({ supplier: 'cheap' })).toEqual(['ask-open', 'ask-leading']);
    expect(ids({ supplier: 'local' })).toEqual(['ask-open', 'ask-leading', 'remind']);
  });

  it('starts at the start node with the journey flags and an empty transcript', () => {
    const { context, value } = start({ supplier: 'cheap' }).getSnapshot();
    expect(value).toBe('talking');
    expect(context.node).toBe('hello');
    expect(context.transcript).toEqual([]);
    expect(context.flags).toEqual({ supplier: 'cheap' });
  });

  it('ignores unknown choices and choices whose condition does not hold', () => {
    const a = start();
    const before = a.getSnapshot().context;
    pick(a, 'remind');
    pick(a, 'nope');
    pick(a, 'thanks'); // exists, but on another node
    expect(a.getSnapshot().context).toEqual(before);
    expect(a.getSnapshot().value).toBe('talking');
  });

  it('writes the line, the choice and the reply into the transcript, then moves on', () => {
    const a = start();
    pick(a, 'ask-open');
    const { context } = a.getSnapshot();
    expect(context.node).toBe('need');
    expect(context.transcript).toEqual([
      { speaker: sam, text: hello.text },
      { speaker: PLAYER_SPEAKER, text: hello.choices[0]!.text },
      { speaker: sam, text: hello.choices[0]!.reply },
    ]);
    expect(context.choices).toEqual(['ask-open']);
    expect(context.choicePoints).toEqual({ 'spotting-opportunities': 1 });
    expect(context.mistakes).toBe(0);
  });

  it('flags set by a choice change what comes next, and end up in the output', () => {
    const a = start({ supplier: 'cheap' });
    pick(a, 'ask-leading');
    let { context } = a.getSnapshot();
    expect(context.flags).toEqual({ supplier: 'cheap', leading: true });
    expect(context.transcript).toHaveLength(2); // no reply
    expect(nodeText(findNode(puzzle, context.node), context.flags).en).toBe('Er… yes, sure.');
    pick(a, 'thanks');
    const snap = a.getSnapshot();
    context = snap.context;
    expect(snap.status).toBe('done');
    expect(context.transcript.at(-2)).toEqual({ speaker: sam, text: t('Euh… oui, sûrement.', 'Er… yes, sure.') });
    expect(snap.output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 0, hintTier: 0, choices: ['ask-leading', 'thanks'], choicePoints: {} },
      // Only the flags this conversation set: the journey already has the others.
      flags: { leading: true, interview: 'done' },
    });
  });

  it('an earlier decision opens a choice that ends the talk at once, with its points', () => {
    const a = start({ supplier: 'local' });
    pick(a, 'remind');
    const snap = a.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.transcript[0]!.text.en).toBe('Thanks for the local supplier!');
    expect(snap.output?.outcome).toMatchObject({ choices: ['remind'], choicePoints: { 'ethical-thinking': 3 } });
    expect(snap.output?.flags).toEqual({ trust: 'high' });
    expect(scoreOutcome(puzzle.awards, snap.output!.outcome)).toEqual({ 'ethical-thinking': 3 });
  });

  it('can loop back, and every choice is recorded with its points', () => {
    const a = start();
    pick(a, 'ask-open');
    pick(a, 'again');
    expect(a.getSnapshot().context.node).toBe('hello');
    pick(a, 'ask-open');
    pick(a, 'thanks');
    const out = a.getSnapshot().output!;
    expect(out.outcome.choices).toEqual(['ask-open', 'again', 'ask-open', 'thanks']);
    expect(out.outcome.choicePoints).toEqual({ 'spotting-opportunities': 2 });
    expect(a.getSnapshot().context.transcript).toHaveLength(3 + 2 + 3 + 2);
    expect(scoreOutcome(puzzle.awards, out.outcome)).toEqual({ 'spotting-opportunities': 4 });
  });

  it('shows the choices shuffled by the seed, never in the written order', () => {
    for (const seed of [1, 2, 12_345, 4_000_000_000]) {
      const order = shown(startInterview(seed));
      expect(order).not.toEqual(WRITTEN);
      expect([...order].sort()).toEqual([...WRITTEN].sort());
    }
    // Two choices: the only other order, the good question no longer first.
    expect(shown(start({}, 7))).toEqual(['ask-leading', 'ask-open']);
    // A choice opened by an earlier decision is shuffled in with the others.
    const withRemind = shown(start({ supplier: 'local' }, 7));
    expect([...withRemind].sort()).toEqual(['ask-leading', 'ask-open', 'remind']);
    expect(withRemind).not.toEqual(['ask-open', 'ask-leading', 'remind']);
  });

  it('different seeds give different orders', () => {
    expect(shown(startInterview(1))).not.toEqual(shown(startInterview(2)));
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shown(startInterview(i + 1)).join()));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('the same seed gives the same order: while the node is shown, on a new start, and on coming back to it', () => {
    const a = start({}, 42);
    const first = shown(a);
    a.send({ type: 'hint.next' });
    expect(shown(a)).toEqual(first);
    expect(shown(start({}, 42))).toEqual(first);
    pick(a, 'ask-open');
    pick(a, 'again');
    expect(a.getSnapshot().context.node).toBe('hello');
    expect(shown(a)).toEqual(first);
    expect(shown(startInterview(42))).toEqual(shown(startInterview(42)));
  });

  it('the order is only what is shown: picking by id works whatever the order', () => {
    const a = startInterview(3);
    a.send({ type: 'choice.pick', id: 'good' });
    expect(a.getSnapshot().output?.outcome.choices).toEqual(['good']);
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const a = start();
    for (let i = 0; i < 5; i++) a.send({ type: 'hint.next' });
    expect(a.getSnapshot().context.hintTier).toBe(3);
    expect(a.getSnapshot().context.mistakes).toBe(0);
  });

  it.each([[{}], [{ supplier: 'local' }], [{ supplier: 'cheap', leading: false }]] as Flags[][])(
    'every state is reachable and the talk can always end (flags %j)',
    (flags) => {
      const choiceIds = puzzle.nodes.flatMap((n) => n.choices.map((c) => c.id));
      const report = explorePuzzle(dialogueMachine, {
        input: { puzzle, flags },
        events: [...choiceIds.map((id) => ({ type: 'choice.pick' as const, id })), { type: 'hint.next' }],
        key: (s) => [s.context.node, s.context.flags, s.context.hintTier, s.context.mistakes],
      });
      expect(report.unvisitedStates).toEqual([]);
      expect(report.deadEnds).toEqual([]);
      expect(report.snapshots).toBeGreaterThan(4);
    },
  );
});
