import { questionAt, shownOptions, type quizMachine } from './machine';
import { quiz } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof quizMachine>): HTMLElement {
  const { snapshot } = ctx;
  const { puzzle, index, tried, picked, feedback } = snapshot.context;
  const done = snapshot.status === 'done';
  const explained = snapshot.matches('explained') || done;
  const question = questionAt(snapshot.context);
  const last = index >= puzzle.questions.length - 1;

  const options = h(
    'ul',
    { class: 'options', attrs: { 'aria-label': ctx.t('quiz.options') } },
    ...shownOptions(snapshot.context).map((option) => {
      const wasTried = tried.includes(option.id);
      const isPicked = option.id === picked;
      // `aria-disabled` rather than `disabled`: the button just pressed keeps the focus.
      const blocked = wasTried || explained;
      // A tried option keeps its reason under it, so the player still sees it after the next pick.
      const whyId = `quiz-${puzzle.id}-${question.id}-${option.id}-why`;
      const why = wasTried && option.why ? h('p', { class: 'option-why', attrs: { id: whyId } }, ctx.tx(option.why)) : null;
      return h(
        'li',
        {},
        h(
          'button',
          {
            key: `option-${option.id}`,
            class: `answer option${wasTried ? ' tried' : ''}${isPicked ? ' picked' : ''}`,
            attrs: { type: 'button', 'aria-disabled': blocked ? 'true' : undefined, 'aria-describedby': why ? whyId : undefined },
            on: { click: () => (blocked ? undefined : ctx.send({ type: 'answer.pick', option: option.id })) },
          },
          wasTried ? h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '✗') : null,
          isPicked ? h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '✓') : null,
          h('span', { class: 'option-text' }, ctx.tx(option.text)),
          wasTried ? h('span', { class: 'sr-only' }, ` (${ctx.t('quiz.tried')})`) : null,
          isPicked ? h('span', { class: 'sr-only' }, ` (${ctx.t('quiz.chosen')})`) : null,
        ),
        why,
      );
    }),
  );

  // The "next" button and the next question's text share a key, so after "next" the keyboard
  // focus lands on the new question (read out by screen readers) instead of being lost.
  const stepKey = 'quiz-step';
  return h(
    'div',
    { class: 'puzzle quiz' },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('p', { class: 'progress' }, ctx.t('quiz.progress', { n: index + 1, total: puzzle.questions.length })),
    h('p', { key: explained ? undefined : stepKey, class: 'question', attrs: { tabindex: -1 } }, ctx.tx(question.text)),
    options,
    feedbackLine(feedback, ctx),
    explained && !done
      ? h(
          'button',
          {
            key: stepKey,
            class: 'primary',
            attrs: { type: 'button' },
            on: { click: () => ctx.send({ type: 'quiz.next' }) },
          },
          ctx.t(last ? 'quiz.finish' : 'quiz.next'),
        )
      : null,
  );
}

export const view = definePuzzleView(quiz, { panel });
