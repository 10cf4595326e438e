import { shownItems, type sortMachine } from './machine';
import { sort } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, puzzleForm, glossText } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof sortMachine>): HTMLElement {
  const { puzzle, placement, itemOrder, wrong, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';

  const items = shownItems(puzzle, itemOrder).map((item) => {
    const isWrong = wrong.includes(item.id);
    const whyId = `sort-${puzzle.id}-${item.id}-why`;
    // Radios of one name form one group: Tab reaches the group, arrows move inside it.
    const options = puzzle.categories.map((cat) =>
      h(
        'label',
        { class: 'sort-option' },
        h('input', {
          key: `sort-${item.id}-${cat.id}`,
          attrs: {
            type: 'radio',
            name: `sort-${puzzle.id}-${item.id}`,
            value: cat.id,
            checked: placement[item.id] === cat.id,
            disabled: done,
          },
          on: { change: () => ctx.send({ type: 'item.place', item: item.id, category: cat.id }) },
        }),
        h('span', {}, ctx.tx(cat.label)),
      ),
    );
    return h(
      'fieldset',
      { class: `sort-item${isWrong ? ' wrong' : ''}`, attrs: { 'aria-describedby': isWrong ? whyId : undefined } },
      h('legend', {}, h('span', { class: 'sort-item-label' }, ctx.tx(item.label)), isWrong ? h('span', { class: 'sort-mark' }, ctx.t('sort.mark')) : null),
      h('div', { class: 'sort-options' }, ...options),
      isWrong ? h('p', { class: 'sort-why', attrs: { id: whyId } }, ctx.tx(item.why)) : null,
    );
  });

  return puzzleForm(
    'sort',
    { done, send: () => ctx.send({ type: 'sort.submit' }) },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    ...items,
    done ? null : h('button', { key: 'sort-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('sort.submit')),
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(sort, { panel });
