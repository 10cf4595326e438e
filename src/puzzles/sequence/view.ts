import type { sequenceMachine } from './machine';
import { sequence } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, puzzleForm, glossText } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof sequenceMachine>): HTMLElement {
  const { puzzle, order, misplaced, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const labels = new Map(puzzle.steps.map((s) => [s.id, ctx.tx(s.label)]));
  const last = order.length - 1;

  const move = (id: string, by: -1 | 1, blocked: boolean) => {
    if (!blocked && !done) ctx.send({ type: 'step.move', id, by });
  };
  // `aria-disabled` rather than `disabled`: a button that reaches the top keeps the focus,
  // so a keyboard player can go on from where they are.
  const moveButton = (id: string, by: -1 | 1, blocked: boolean) => {
    const label = labels.get(id) ?? id;
    const name = ctx.t(by < 0 ? 'sequence.up' : 'sequence.down', { step: label });
    return button(by < 0 ? '↑' : '↓', () => move(id, by, blocked), {
      key: `step-${id}-${by < 0 ? 'up' : 'down'}`,
      class: 'step-move',
      attrs: { 'aria-label': name, title: name, 'aria-disabled': blocked || done ? 'true' : undefined },
    });
  };

  const steps = h(
    'ol',
    { class: 'steps', attrs: { 'aria-label': ctx.t('sequence.list') } },
    ...order.map((id, i) =>
      h(
        'li',
        {
          class: `tile step${misplaced.includes(id) ? ' misplaced' : ''}`,
          on: {
            keydown: (ev) => {
              const e = ev as KeyboardEvent;
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              move(id, e.key === 'ArrowUp' ? -1 : 1, e.key === 'ArrowUp' ? i === 0 : i === last);
            },
          },
        },
        h('span', { class: 'step-number', attrs: { 'aria-hidden': 'true' } }, i + 1),
        h(
          'span',
          { class: 'step-text' },
          h('span', { class: 'step-label' }, labels.get(id) ?? id),
          // Marked in words, not only by colour: the step named in the feedback, found on the list.
          misplaced.includes(id) ? h('span', { class: 'step-mark' }, ` ${ctx.t('sequence.mark')}`) : null,
        ),
        h('span', { class: 'step-moves' }, moveButton(id, -1, i === 0), moveButton(id, 1, i === last)),
      ),
    ),
  );

  return puzzleForm(
    'sequence',
    { done, send: () => ctx.send({ type: 'sequence.submit' }) },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('p', { class: 'help' }, ctx.t('sequence.help')),
    steps,
    done ? null : h('button', { key: 'sequence-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('sequence.submit')),
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(sequence, { panel });
