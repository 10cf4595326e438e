import type { SnapshotFrom } from 'xstate';
import type { Prop } from '../../core/level/schema';
import type { HotspotsEvent, hotspotsMachine } from '../../core/machines/puzzles/hotspots';
import { h } from '../dom';
import { feedbackLine } from './feedback';
import type { PuzzleView } from './types';
import './hotspots.css';

/** A small picture on each spot, so the scene reads at a glance; the label is what counts. */
const PROP_ICONS: Record<Prop, string> = {
  cabinet: '🗄️',
  shelf: '📚',
  desk: '🖥️',
  drawer: '🗃️',
  poster: '🖼️',
  window: '🪟',
  box: '📦',
  door: '🚪',
  person: '🧑',
  stall: '🏪',
  machine: '⚙️',
  bench: '🪑',
  tree: '🌳',
  sign: '🪧',
  lamp: '💡',
  table: '🍽️',
  board: '📋',
  phone: '📱',
  plant: '🪴',
  bin: '🗑️',
};

export const hotspotsView: PuzzleView<SnapshotFrom<typeof hotspotsMachine>, HotspotsEvent> = (ctx) => {
  const { puzzle, found, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  // Tab order follows the picture: top to bottom, then left to right.
  const spots = [...puzzle.spots].sort((a, b) => a.y - b.y || a.x - b.x);

  const board = h(
    'div',
    {
      class: `board backdrop-${puzzle.backdrop}`,
      attrs: { role: 'group', 'aria-label': ctx.t('hotspots.board') },
    },
    ...spots.map((spot) => {
      const isFound = found.includes(spot.id);
      return h(
        'button',
        {
          key: `spot-${spot.id}`,
          class: `spot prop-${spot.prop}${isFound ? ' found' : ''}`,
          attrs: {
            type: 'button',
            'aria-pressed': isFound ? 'true' : 'false',
            'aria-disabled': done ? 'true' : undefined,
          },
          style: { left: `${spot.x}%`, top: `${spot.y}%`, width: `${spot.w}%`, height: `${spot.h}%` },
          on: {
            click: () => {
              if (!done) ctx.send({ type: 'spot.pick', id: spot.id });
            },
          },
        },
        h('span', { class: 'spot-icon', attrs: { 'aria-hidden': 'true' } }, PROP_ICONS[spot.prop]),
        h('span', { class: 'spot-label' }, ctx.tx(spot.label)),
        isFound ? h('span', { class: 'spot-check', attrs: { 'aria-hidden': 'true' } }, '✓') : null,
      );
    }),
  );

  return h(
    'div',
    { class: 'puzzle hotspots' },
    h('p', { class: 'prompt' }, ctx.tx(puzzle.prompt)),
    h(
      'p',
      { class: 'counter' },
      ctx.t('hotspots.counter', { n: Math.min(found.length, puzzle.need), total: puzzle.need }),
    ),
    board,
    feedbackLine(feedback, ctx),
  );
};
