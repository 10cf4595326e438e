import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { quizMachine, type QuizEvent } from './machine';
import { explorePuzzle } from '../../../tests/unit/puzzles/graph';
import { loadPuzzle, t } from '../../../tests/unit/puzzles/fixtures';

const puzzle = loadPuzzle('quiz', {
  questions: [
    {
      id: 'vat',
      text: t('La TVA, qui la paie ?', 'Who pays VAT?'),
      options: [
        { id: 'me', text: t('Moi', 'Me'), correct: false },
        { id: 'client', text: t('Le client', 'The customer'), correct: true },
        { id: 'bank', text: t('La banque', 'The bank'), correct: false },
      ],
      explanation: t('Le client la paie, tu la reverses.', 'The customer pays it, you pass it on.'),
    },
    {
      id: 'margin',
      text: t('La marge ?', 'The margin?'),
      options: [
        { id: 'price', text: t('Le prix', 'The price'), correct: false },
        { id: 'gap', text: t('Prix moins coût', 'Price minus cost'), correct: true },
        { id: 'also', text: t('Aussi juste', 'Also right'), correct: true },
      ],
      explanation: t('Ce qui reste après le coût.', 'What is left after the cost.'),
    },
  ],
  awards: [{ competence: 'financial-literacy', points: 1, for: 'solved' }],
});
const input = { puzzle, flags: {} };
const start = () => createActor(quizMachine, { input }).start();
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
      pick('me'), pick('client'), pick('bank'), pick('price'), pick('gap'), pick('also'),
      { type: 'quiz.next' }, { type: 'hint.next' },
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
