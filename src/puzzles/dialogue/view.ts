import { findNode, isPlayerLine, nodeText, shownChoices, type dialogueMachine } from './machine';
import { dialogue } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof dialogueMachine>): HTMLElement {
  const { puzzle, node: nodeId, transcript, flags, seed, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const node = findNode(puzzle, nodeId);

  const log = h(
    'div',
    { class: 'transcript', attrs: { role: 'log', 'aria-live': 'polite', 'aria-label': ctx.t('dialogue.transcript') } },
    h(
      'ol',
      {},
      ...transcript.map((line) =>
        h(
          'li',
          { class: `line${isPlayerLine(line) ? ' player' : ''}` },
          h('span', { class: 'speaker' }, isPlayerLine(line) ? ctx.t('dialogue.you') : ctx.tx(line.speaker)),
          h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, ctx.t('ui.label', { label: '' })),
          h('span', { class: 'text' }, ctx.tx(line.text)),
        ),
      ),
    ),
  );

  // Choice buttons are keyed by position: after a pick, focus stays on the choice list.
  const current = done
    ? null
    : h(
        'div',
        { class: 'current' },
        h('p', { class: 'speaker' }, ctx.tx(node.speaker)),
        h('p', { class: 'line' }, ctx.tx(nodeText(node, flags))),
        h(
          'div',
          { class: 'choices', attrs: { role: 'group', 'aria-label': ctx.t('dialogue.choices') } },
          ...shownChoices(node, flags, seed).map((c, i) =>
            button(ctx.tx(c.text), () => ctx.send({ type: 'choice.pick', id: c.id }), { key: `choice-${i}`, class: 'answer choice' }),
          ),
        ),
      );

  return h(
    'section',
    { class: 'puzzle dialogue', attrs: { 'aria-label': ctx.tx(puzzle.title) } },
    h('p', { class: 'prompt' }, ctx.tx(puzzle.prompt)),
    log,
    current,
    done ? h('p', { class: 'ended' }, ctx.t('dialogue.ended')) : null,
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(dialogue, { panel });
