/** Quiz: questions with an explanation for every answer. */
import { definePuzzleKind, inEachLanguage } from '../../core/puzzle';
import { quizMachine } from './machine';
import { schema } from './schema';

export const quiz = definePuzzleKind({
  kind: 'quiz',
  schema,
  machine: quizMachine,
  check(p, problems) {
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
