/**
 * The notebook: every clue found in the level, in the order found, each one a button that
 * opens it again. It stays beside the room and beside a puzzle, so a player never has to
 * remember a text or leave a lock to read it again.
 */
import { glossed } from '../glossary';
import { clueWords, type LevelActor, type LevelContext } from '../../core/machines/level';
import { button, h } from '../dom';
import type { UiContext } from '../context';
import { readable } from '../readAloud';
import './notebook.css';

/** The `data-key` of a clue's button: the focus comes back to it when the clue closes. */
export const clueKey = (index: number) => `clue-${index}`;
/** The `data-key` of the reading card's heading: the focus goes there when a clue opens. */
export const READING_TITLE_KEY = 'reading-title';

/** The text being read, with its way to close: the focus lands on its heading. */
export function readingCard(ctx: UiContext, reading: NonNullable<LevelContext['reading']>, level: LevelActor): HTMLElement {
  return h(
    'section',
    { class: 'reading card', attrs: { 'aria-labelledby': 'reading-title', 'data-autofocus-region': true } },
    h('h3', { key: READING_TITLE_KEY, attrs: { id: 'reading-title', tabindex: -1, 'data-autofocus': true } }, ctx.tx(reading.title)),
    readable(
      ctx,
      ctx.tx(reading.title),
      `${ctx.tx(reading.title)}\n${ctx.tx(reading.text)}`,
      'clue',
      h('p', { class: 'card-text' }, ...glossed(ctx, ctx.tx(reading.text), 'reading')),
    ),
    button(ctx.t('level.close'), () => level.send({ type: 'reading.close' }), { key: 'reading-close' }),
  );
}

/** The list of clues found; null in a level without a room that has found nothing to keep. */
export function notebookView(ctx: UiContext, c: LevelContext, level: LevelActor, open: HTMLElement | null = null): HTMLElement | null {
  const { t, tx } = ctx;
  const clues = c.notebook.flatMap((clue, index) => {
    const words = clueWords(c.level, clue);
    return words ? [{ index, title: tx(words.title) }] : [];
  });
  if (!c.level.room && clues.length === 0) return null;
  const reading = c.reading !== null ? c.lastClue : null;
  return h(
    'section',
    { class: 'notebook', attrs: { 'aria-labelledby': 'notebook-title' } },
    h('h3', { attrs: { id: 'notebook-title' } }, t('notebook.title')),
    clues.length
      ? h(
          'ul',
          { class: 'notebook-list' },
          ...clues.map(({ index, title }) =>
            h(
              'li',
              {},
              button(title, () => level.send({ type: 'notebook.open', index }), {
                key: clueKey(index),
                class: `clue${reading === index ? ' open' : ''}`,
                attrs: { 'aria-label': t('notebook.open', { title }), 'aria-current': reading === index ? 'true' : undefined },
              }),
            ),
          ),
        )
      : h('p', { class: 'hint-text' }, t('notebook.empty')),
    open,
  );
}
