import type { hotspotsMachine } from './machine';
import { hotspots } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext } from '../../ui/puzzleView';
import type { WorldView } from '../../world/view';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof hotspotsMachine>): HTMLElement {
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
}

/**
 * The scene is drawn by the world and the spots are buttons laid over it, in picture order
 * (top to bottom, left to right).
 */
function stage(ctx: PuzzleViewContext<typeof hotspotsMachine>): { overlay: HTMLElement; world: WorldView } {
  const { puzzle, found } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const spots = [...puzzle.spots].sort((a, b) => a.y - b.y || a.x - b.x);
  const overlay = h(
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
  const props = puzzle.spots.map((s) => ({ id: s.id, prop: s.prop, x: s.x, y: s.y, w: s.w, h: s.h, found: found.includes(s.id) }));
  return { overlay, world: { kind: 'room', backdrop: puzzle.backdrop, props } };
}

export const view = definePuzzleView(hotspots, { panel, stage });
