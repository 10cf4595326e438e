import type { SnapshotFrom } from 'xstate';
import type { HotspotsEvent, hotspotsMachine } from '../../core/machines/puzzles/hotspots';
import { h } from '../dom';
import { feedbackLine } from './feedback';
import type { PuzzleView } from './types';
import './hotspots.css';

export const hotspotsView: PuzzleView<SnapshotFrom<typeof hotspotsMachine>, HotspotsEvent> = (ctx) => {
  const { puzzle, found, feedback } = ctx.snapshot.context;
  // The spots themselves stand on the stage, over the drawn scene (see `hotspotsOnStage`);
  // the panel says what to do and lists what was found.
  const foundSpots = puzzle.spots.filter((spot) => found.includes(spot.id));
  const list = foundSpots.length
    ? h('ul', { class: 'found-list', attrs: { 'aria-label': ctx.t('hotspots.foundList') } }, ...foundSpots.map((spot) => h('li', {}, `✓ ${ctx.tx(spot.label)}`)))
    : null;

  return h(
    'div',
    { class: 'puzzle hotspots' },
    h('p', { class: 'prompt' }, ctx.tx(puzzle.prompt)),
    h(
      'p',
      { class: 'counter' },
      ctx.t('hotspots.counter', { n: Math.min(found.length, puzzle.need), total: puzzle.need }),
    ),
    feedbackLine(feedback, ctx),
    list,
  );
};

/** The spots as buttons laid over the world, in picture order (top to bottom, left to right). */
export function hotspotsOnStage(
  ctx: Pick<Parameters<typeof hotspotsView>[0], 'snapshot' | 'send' | 't' | 'tx'>,
): HTMLElement {
  const { puzzle, found } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const spots = [...puzzle.spots].sort((a, b) => a.y - b.y || a.x - b.x);
  return h(
    'div',
    { class: 'stage-group', attrs: { role: 'group', 'aria-label': ctx.t('hotspots.board') } },
    ...spots.map((spot) => {
      const isFound = found.includes(spot.id);
      return h(
        'button',
        {
          key: `spot-${spot.id}`,
          class: `world-button spot${isFound ? ' found' : ''}`,
          attrs: { type: 'button', 'aria-pressed': isFound ? 'true' : 'false', 'aria-disabled': done ? 'true' : undefined },
          style: { left: `${spot.x}%`, top: `${spot.y}%`, width: `${spot.w}%`, height: `${spot.h}%` },
          on: { click: () => !done && ctx.send({ type: 'spot.pick', id: spot.id }) },
        },
        h('span', { class: 'caption' }, ctx.tx(spot.label)),
      );
    }),
  );
}
