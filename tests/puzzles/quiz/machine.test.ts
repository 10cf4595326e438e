import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadCatalogue } from '../../../src/core/level/catalogue';
import { quizMachine, shownOptions, type QuizEvent } from '../../../src/puzzles/quiz/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';

const puzzle = loadPuzzle('quiz', {
  questions: [
    {
      id: 'vat',
      text: t('La TVA, qui la paie ?', 'Who pays VAT?'),
      options: [
        { id: 'me', text: t('Moi', 'Me'), correct: false },
        { id: 'client', text: t('Le client', 'The customer'), correct: true },
        { id: 'bank', text: t('La banque', 'The bank'), correct: false, why: t('La banque prête, elle ne paie pas.', 'The bank lends, it does not pay.') },
      ],
      explanation: t('Le client la paie, tu la reverses.', 'The customer pays it, you pass it on.'),
    },
    {
      id: 'margin',
      text: t('La marge ?', 'The margin?'),
      options: [
        { id: 'price', text: t('Le prix', 'The price'), correct: false },
        { id: 'gap', text: t('Prix moins coût', 'Price minus cost'), correct: true },
        { id: 'also', text: t('Aussi juste', 'Also right'), correct: true, why: t('Oui, dit autrement.', 'Yes, put another way.') },
      ],
      explanation: t('Ce qui reste après le coût.', 'What is left after the cost.'),
    },
  ],
  awards: [{ competence: 'financial-literacy', points: 1, for: 'solved' }],
});
const input = { puzzle, flags: {}, seed: 7 };
const start = (seed = 7) => createActor(quizMachine, { input: { ...input, seed } }).start();
const written = puzzle.questions.map((q) => q.options.map((o) => o.id));
const shown = (actor: ReturnType<typeof start>) => shownOptions(actor.getSnapshot().context).map((o) => o.id);
const pick = (option: string): QuizEvent => ({ type: 'answer.pick', option });

describe('quiz', () => {
  it('explains a right answer, then moves on and finishes after the last question', () => {
    const actor = start();
    actor.send(pick('client'));
    let s = actor.getSnapshot();
    expect(s.value).toBe('explained');
    expect(s.context.feedback).toEqual({ tone: 'right', text: puzzle.questions[0]!.explanation });
    expect(s.context.picked).toBe('client');
    actor.send({ type: 'quiz.next' });
    s = actor.getSnapshot();
    expect(s.value).toBe('asking');
    expect(s.context).toMatchObject({ index: 1, tried: [], picked: null, feedback: null });
    actor.send(pick('also'));
    actor.send({ type: 'quiz.next' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 0, hintTier: 0, choices: ['vat:client', 'margin:also'], choicePoints: {} },
      flags: {},
    });
  });

  it('marks a wrong option as tried, counts a mistake, and lets the player try again', () => {
    const actor = start();
    actor.send(pick('me'));
    const s = actor.getSnapshot();
    expect(s.value).toBe('asking');
    expect(s.context).toMatchObject({ mistakes: 1, tried: ['me'], feedback: { tone: 'wrong', key: 'quiz.wrong' } });
    actor.send(pick('bank'));
    expect(actor.getSnapshot().context).toMatchObject({ mistakes: 2, tried: ['me', 'bank'] });
    actor.send(pick('client'));
    expect(actor.getSnapshot().value).toBe('explained');
    expect(actor.getSnapshot().context.mistakes).toBe(2);
  });

  it('records only the first pick of each question', () => {
    const actor = start();
    actor.send(pick('bank'));
    actor.send(pick('client'));
    actor.send({ type: 'quiz.next' });
    actor.send(pick('gap'));
    actor.send({ type: 'quiz.next' });
    expect(actor.getSnapshot().output?.outcome.choices).toEqual(['vat:bank', 'margin:gap']);
    expect(actor.getSnapshot().output?.outcome.mistakes).toBe(1);
  });

  it('ignores an option already tried, an unknown option, and picks after the explanation', () => {
    const actor = start();
    actor.send(pick('me'));
    actor.send(pick('me'));
    actor.send(pick('nobody'));
    expect(actor.getSnapshot().context).toMatchObject({ mistakes: 1, tried: ['me'] });
    actor.send(pick('client'));
    actor.send(pick('me'));
    expect(actor.getSnapshot().value).toBe('explained');
    expect(actor.getSnapshot().context.mistakes).toBe(1);
  });

  it('does not move on before the question is answered', () => {
    const actor = start();
    actor.send({ type: 'quiz.next' });
    expect(actor.getSnapshot().value).toBe('asking');
    expect(actor.getSnapshot().context.index).toBe(0);
  });

  it("shows each question's options in an order drawn from the seed, never the written one, and keeps it", () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const actor = start(seed);
      const first = shown(actor);
      expect([...first].sort()).toEqual([...written[0]!].sort());
      expect(first, `seed ${seed}`).not.toEqual(written[0]);
      expect(shown(start(seed)), 'the same seed, the same order').toEqual(first);
      orders.add(first.join());
      // Picks and hints change nothing to the order on screen.
      const wrong = first.find((id) => id !== 'client')!;
      actor.send(pick(wrong));
      actor.send({ type: 'hint.next' });
      expect(shown(actor)).toEqual(first);
      actor.send(pick('client'));
      actor.send({ type: 'quiz.next' });
      const second = shown(actor);
      expect([...second].sort()).toEqual([...written[1]!].sort());
      expect(second, `seed ${seed}, question 2`).not.toEqual(written[1]);
    }
    expect(orders.size, 'the seed really draws the order').toBeGreaterThan(1);
  });

  it("says why a wrong option is not the best one, with the option's own words", () => {
    const actor = start();
    actor.send(pick('bank'));
    const c = actor.getSnapshot().context;
    expect(c.feedback).toEqual({ tone: 'wrong', key: 'quiz.wrongWhy', params: { why: puzzle.questions[0]!.options[2]!.why } });
    expect(c.mistakes).toBe(1);
  });

  it('without a written reason, says honestly that the explanation comes with the right answer', () => {
    const actor = start();
    actor.send(pick('me'));
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'quiz.wrong' });
  });

  it('a right option with a reason says it before the explanation', () => {
    const actor = start();
    actor.send(pick('client'));
    actor.send({ type: 'quiz.next' });
    actor.send(pick('also'));
    const q = puzzle.questions[1]!;
    expect(actor.getSnapshot().context.feedback).toEqual({
      tone: 'right',
      key: 'quiz.rightWhy',
      params: { why: q.options[2]!.why, explanation: q.explanation },
    });
  });

  it('a reason must be written in French and English, like every text', () => {
    expect(() =>
      loadPuzzle('quiz', {
        questions: [
          {
            id: 'q',
            text: t('Q'),
            explanation: t('E'),
            options: [
              { id: 'a', text: t('A'), correct: true },
              { id: 'b', text: t('B'), correct: false, why: { fr: 'Non' } },
            ],
          },
        ],
      }),
    ).toThrow(/why/);
  });

  it('opens hints one tier at a time, up to the answer, on any question', () => {
    const actor = start();
    actor.send({ type: 'hint.next' });
    actor.send(pick('client'));
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
    actor.send({ type: 'quiz.next' });
    actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 1, hintTier: 3 });
    actor.send(pick('gap'));
    actor.send({ type: 'quiz.next' });
    expect(actor.getSnapshot().output?.outcome.hintTier).toBe(3);
  });

  it('every state is reachable and the quiz can always be finished', () => {
    const events: QuizEvent[] = [
      pick('me'),
      pick('client'),
      pick('bank'),
      pick('price'),
      pick('gap'),
      pick('also'),
      { type: 'quiz.next' },
      { type: 'hint.next' },
    ];
    const report = explorePuzzle(quizMachine, {
      input,
      events,
      key: (s) => [s.context.index, s.context.tried, s.context.hintTier, Math.min(s.context.mistakes, 1), s.context.choices],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(10);
  });
});

describe('the shipped quizzes', () => {
  it('every option says why it is, or is not, the best answer, in French and English', async () => {
    const levels = new URL('../../../levels/', import.meta.url);
    const catalogue = await loadCatalogue((path) => readFile(new URL(path, levels), 'utf8'));
    const quizzes = catalogue.levels.flatMap((l) => l.puzzles).filter((p) => p.kind === 'quiz');
    expect(quizzes.length).toBeGreaterThan(0);
    const missing = quizzes.flatMap((p) => p.questions.flatMap((q) => q.options.filter((o) => !o.why?.fr || !o.why.en).map((o) => `${p.id}/${q.id}/${o.id}`)));
    expect(missing).toEqual([]);
  });
});
