/** Quiz: questions with an explanation for every answer. */
import { definePuzzleKind } from '../../core/puzzle';
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
});
