import type { SnapshotFrom } from 'xstate';
import type { CombineEvent, combineMachine } from '../../core/machines/puzzles/combine';
import { h } from '../dom';
import { feedbackLine } from './feedback';
import type { PuzzleView } from './types';
import './combine.css';

export const combineView: PuzzleView<SnapshotFrom<typeof combineMachine>, CombineEvent> = (ctx) => {
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
            class: `item${isSelected ? ' selected' : ''}${i >= startCount ? ' made' : ''}`,
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
    h('p', { class: 'prompt' }, ctx.tx(puzzle.prompt)),
    done
      ? null
      : h(
          'p',
          { class: 'selection' },
          chosen ? ctx.t('combine.pickSecond', { item: ctx.tx(chosen.label) }) : ctx.t('combine.pickFirst'),
        ),
    list,
    feedbackLine(feedback, ctx),
  );
};
