import type { combineMachine } from './machine';
import { combine } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof combineMachine>): HTMLElement {
  const { puzzle, inventory, selected, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const chosen = selected === null ? undefined : inventory.find((it) => it.id === selected);
  const startCount = puzzle.items.length;

  const list = h(
    'ul',
    { class: 'inventory', attrs: { 'aria-label': ctx.t('combine.inventory') } },
    ...inventory.map((item, i) => {
      const isSelected = item.id === selected;
      return h(
        'li',
        {},
        h(
          'button',
          {
            key: `item-${item.id}`,
            class: `tile item${isSelected ? ' selected' : ''}${i >= startCount ? ' made' : ''}`,
            attrs: {
              type: 'button',
              'aria-pressed': isSelected ? 'true' : 'false',
              'aria-disabled': done ? 'true' : undefined,
            },
            on: {
              click: () => {
                if (!done) ctx.send({ type: 'item.select', id: item.id });
              },
            },
          },
          h('span', { class: 'item-label' }, ctx.tx(item.label)),
          h('span', { class: 'item-description' }, ctx.tx(item.description)),
        ),
      );
    }),
  );

  return h(
    'div',
    { class: 'puzzle combine' },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    done ? null : h('p', { class: 'selection' }, chosen ? ctx.t('combine.pickSecond', { item: ctx.tx(chosen.label) }) : ctx.t('combine.pickFirst')),
    list,
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(combine, { panel });
