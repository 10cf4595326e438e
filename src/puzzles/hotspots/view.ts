import type { hotspotsMachine } from './machine';
import { hotspots } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import type { WorldView } from '../../world/view';
import { inPictureOrder, spotNames } from './names';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof hotspotsMachine>): HTMLElement {
  const { puzzle, found, feedback } = ctx.snapshot.context;
  // The spots themselves stand on the stage, over the drawn scene (see `hotspotsOnStage`);
  // the panel says what to do and lists what was found.
  const foundSpots = puzzle.spots.filter((spot) => found.includes(spot.id));
  const list = foundSpots.length
    ? h(
        'ul',
        { class: 'found-list', attrs: { 'aria-label': ctx.t('hotspots.foundList') } },
        ...foundSpots.map((spot) => h('li', {}, `✓ ${ctx.tx(spot.label)}`)),
      )
    : null;

  return h(
    'div',
    { class: 'puzzle hotspots' },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('p', { class: 'counter' }, ctx.t('hotspots.counter', { n: Math.min(found.length, puzzle.need), total: puzzle.need })),
    feedbackLine(feedback, ctx),
    list,
  );
}

/**
 * The scene is drawn by the world and the spots are buttons laid over it, in picture order
 * (top to bottom, left to right). A spot's label would give the answers away if all were shown
 * at once: it shows on the spot under the pointer or the keyboard focus, and stays once found.
 * The button's name is the thing drawn; the label is its description, heard on focus.
 */
function stage(ctx: PuzzleViewContext<typeof hotspotsMachine>): { overlay: HTMLElement; world: WorldView } {
  const { puzzle, found } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const names = spotNames(puzzle.spots, ctx);
  const overlay = h(
    'div',
    { class: 'stage-group', attrs: { role: 'group', 'aria-label': ctx.t('hotspots.board') } },
    ...inPictureOrder(puzzle.spots).map((spot) => {
      const isFound = found.includes(spot.id);
      const captionId = `spot-caption-${spot.id}`;
      return h(
        'button',
        {
          key: `spot-${spot.id}`,
          class: `world-button spot${isFound ? ' found' : ''}`,
          attrs: {
            type: 'button',
            'aria-label': names.get(spot.id),
            'aria-describedby': captionId,
            'aria-pressed': isFound ? 'true' : 'false',
            'aria-disabled': done ? 'true' : undefined,
          },
          style: { left: `${spot.x}%`, top: `${spot.y}%`, width: `${spot.w}%`, height: `${spot.h}%` },
          on: { click: () => !done && ctx.send({ type: 'spot.pick', id: spot.id }) },
        },
        h('span', { class: 'caption', attrs: { id: captionId } }, ctx.tx(spot.label)),
      );
    }),
  );
  const props = puzzle.spots.map((s) => ({
    id: s.id,
    prop: s.prop,
    x: s.x,
    y: s.y,
    w: s.w,
    h: s.h,
    found: found.includes(s.id),
    ...(s.color ? { color: s.color } : {}),
    ...(s.who ? { who: s.who } : {}),
  }));
  return { overlay, world: { kind: 'room', backdrop: puzzle.backdrop, props } };
}

export const view = definePuzzleView(hotspots, { panel, stage });
