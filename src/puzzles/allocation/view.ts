import {
  lineTop,
  totalOf,
  type AllocationEvent,
  type AllocationProblem,
  type allocationMachine,
} from './machine';
import { allocation } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof allocationMachine>): HTMLElement {
  const { puzzle, amounts, problems, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const number = new Intl.NumberFormat(ctx.lang);
  const money = (n: number) => ctx.t('allocation.money', { n: number.format(n), unit: puzzle.unit });
  const setLine = (line: string, amount: number) => {
    if (!done) ctx.send({ type: 'line.set', line, amount });
  };

  const lines = h(
    'ul',
    { class: 'lines', attrs: { 'aria-label': ctx.t('allocation.lines') } },
    ...puzzle.lines.map((line) => {
      const amount = amounts[line.id] ?? line.min;
      const id = `alloc-${puzzle.id}-${line.id}`;
      const label = ctx.tx(line.label);
      const shown = h('span', { class: 'line-amount', attrs: { 'aria-hidden': 'true' } }, money(amount));
      const slider = h('input', {
        key: `line-${line.id}`,
        class: 'line-range',
        attrs: {
          id,
          type: 'range',
          min: line.min,
          max: line.max,
          step: line.step,
          value: amount,
          'aria-valuetext': money(amount),
          'aria-describedby': `${id}-help`,
          // The value comes from the machine, not from the element being replaced.
          'data-keep': 'false',
        },
        on: {
          // While dragging, only the figure next to the slider follows; the machine hears the
          // value once it is let go (or at each arrow key), so the slider is never replaced mid-drag.
          input: (ev) => {
            shown.textContent = money(Number((ev.target as HTMLInputElement).value));
          },
          change: (ev) => setLine(line.id, Number((ev.target as HTMLInputElement).value)),
        },
      });
      const step = (by: -1 | 1) => {
        const blocked = done || (by < 0 ? amount <= line.min : amount >= lineTop(line));
        const name = ctx.t(by < 0 ? 'allocation.less' : 'allocation.more', { line: label });
        // `aria-disabled` keeps the focus on the button when the line reaches its bound.
        return button(by < 0 ? '−' : '+', () => (blocked ? undefined : setLine(line.id, amount + by * line.step)), {
          key: `line-${line.id}-${by < 0 ? 'less' : 'more'}`,
          class: 'line-step',
          attrs: { 'aria-label': name, title: name, 'aria-disabled': blocked ? 'true' : undefined },
        });
      };
      return h(
        'li',
        { class: 'line' },
        h('label', { class: 'line-label', attrs: { for: id } }, label),
        h('div', { class: 'line-controls' }, step(-1), slider, step(1), shown),
        h('p', { class: 'line-help', attrs: { id: `${id}-help` } }, ctx.tx(line.help)),
      );
    }),
  );

  const problemText = (p: AllocationProblem) => {
    if ('text' in p) return ctx.tx(p.text);
    if (p.key === 'allocation.over') return ctx.t(p.key, { over: number.format(p.params.over), unit: p.params.unit });
    return ctx.t(p.key, { left: number.format(p.params.left), unit: p.params.unit });
  };

  return h(
    'form',
    {
      class: 'puzzle allocation',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          if (!done) ctx.send({ type: 'allocation.submit' });
        },
      },
    },
    h('p', { class: 'prompt' }, ctx.tx(puzzle.prompt)),
    lines,
    h(
      'p',
      { class: 'total', attrs: { 'aria-live': 'polite' } },
      ctx.t('allocation.total', { spent: money(totalOf(puzzle, amounts)), budget: money(puzzle.budget) }),
    ),
    done ? null : h('button', { key: 'allocation-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('allocation.submit')),
    feedbackLine(feedback, ctx),
    problems.length
      ? h('ul', { class: 'problems', attrs: { 'aria-label': ctx.t('allocation.toFix') } }, ...problems.map((p) => h('li', {}, problemText(p))))
      : null,
  );
}

export const view = definePuzzleView(allocation, { panel });
