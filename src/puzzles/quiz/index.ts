/** Quiz: questions with an explanation for every answer. */
import { definePuzzleKind, inEachLanguage } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { questionAt, quizMachine, shownOptions } from './machine';
import { schema } from './schema';

export const quiz = definePuzzleKind({
  kind: 'quiz',
  schema,
  machine: quizMachine,
  liveChoice: ({ context: c }) => {
    if (c.picked !== null) return null;
    const question = questionAt(c);
    return {
      key: `${c.puzzle.id}:${question.id}`,
      question: question.text,
      // An option already tried (and wrong) is not put to the vote again.
      options: shownOptions(c)
        .filter((o) => !c.tried.includes(o.id))
        .map((o) => ({ id: o.id, text: o.text })),
      play: (option) => ({ type: 'answer.pick' as const, option }),
    };
  },
  check(p, problems) {
    checkChoiceAwards(
      p.awards,
      p.questions.flatMap((q) => q.options.map((o) => `${q.id}:${o.id}`)),
      problems,
    );
    p.questions.forEach((q, j) => {
      if (!q.options.some((o) => o.correct))
        problems.add(`questions[${j}].options`, { fr: 'au moins une option doit être correcte', en: 'at least one option must be correct' });
    });
  },
  answerKey: (p) => ({
    what: { fr: 'Quiz', en: 'Quiz' },
    minutes: 1 + p.questions.length * 2,
    sections: p.questions.map((q) => ({
      text: q.text,
      lines: [
        ...q.options.filter((o) => o.correct).map((o) => ({ text: o.text, notes: o.why ? [o.why] : [], choice: `${q.id}:${o.id}`, key: true })),
        { text: inEachLanguage((l) => (l === 'fr' ? `Explication : ${q.explanation.fr}` : `Explanation: ${q.explanation.en}`)) },
      ],
    })),
  }),
});
