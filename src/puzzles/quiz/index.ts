/** Quiz: questions with an explanation for every answer. */
import { definePuzzleKind } from '../../core/puzzle';
import { quizMachine } from './machine';
import { schema } from './schema';

export const quiz = definePuzzleKind({
  kind: 'quiz',
  schema,
  machine: quizMachine,
  check(p, problems) {
    problems.unique(
      'questions',
      p.questions.map((q) => q.id),
    );
    p.questions.forEach((q, j) => {
      problems.unique(
        `questions[${j}].options`,
        q.options.map((o) => o.id),
      );
      if (!q.options.some((o) => o.correct))
        problems.add(`questions[${j}].options`, { fr: 'au moins une option doit être correcte', en: 'at least one option must be correct' });
    });
  },
});
