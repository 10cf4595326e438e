import { findNode, isPlayerLine, nodeText, shownChoices, type dialogueMachine, type DialoguePuzzle, type TranscriptLine } from './machine';
import { dialogue } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import { readable } from '../../ui/readAloud';
import { portrait } from '../../ui/portraits';
import type { Mood } from '../../core/level/fields';
import type { Text } from '../../core/level/schema';
import './view.css';

const sameText = (a: Text, b: Text) => a.fr === b.fr && a.en === b.en;

/**
 * The face a line of the transcript was said with: a reply's `replyMood` (the player's line
 * before it is the choice), else the `mood` of the node it was said at. Presentation only:
 * the transcript keeps what was said, the level file how the speaker looked saying it.
 */
function moodOfLine(puzzle: DialoguePuzzle, transcript: readonly TranscriptLine[], i: number): Mood {
  const line = transcript[i]!;
  const before = transcript[i - 1];
  if (before && isPlayerLine(before)) {
    for (const n of puzzle.nodes)
      for (const c of n.choices) if (c.reply && sameText(c.reply, line.text) && sameText(c.text, before.text)) return c.replyMood ?? 'neutral';
  }
  const node = puzzle.nodes.find(
    (n) => sameText(n.speaker, line.speaker) && (sameText(n.text, line.text) || n.variants.some((v) => sameText(v.text, line.text))),
  );
  return node?.mood ?? 'neutral';
}

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
      ...transcript.map((line, i) =>
        h(
          'li',
          { class: `line${isPlayerLine(line) ? ' player' : ' with-portrait'}` },
          isPlayerLine(line) ? null : portrait(line.speaker, moodOfLine(puzzle, transcript, i), 'small'),
          h('span', { class: 'speaker' }, isPlayerLine(line) ? ctx.t('dialogue.you') : ctx.tx(line.speaker)),
          h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, ctx.t('ui.label', { label: '' })),
          h('span', { class: 'text' }, ctx.tx(line.text)),
        ),
      ),
    ),
  );

  // Choice buttons are keyed by position: after a pick, focus stays on the choice list.
  const choices = done ? [] : shownChoices(node, flags, seed);
  const current = done
    ? null
    : h(
        'div',
        { class: 'current' },
        portrait(node.speaker, node.mood ?? 'neutral', 'medium', { enter: true }),
        h('p', { class: 'speaker' }, ctx.tx(node.speaker)),
        readable(
          ctx,
          ctx.t('read.line', { speaker: ctx.tx(node.speaker) }),
          ctx.tx(nodeText(node, flags)),
          'dialogue-line',
          h('p', { class: 'line' }, ...glossText(ctx, ctx.tx(nodeText(node, flags)), `line-${node.id}`)),
        ),
        readable(
          ctx,
          ctx.t('read.choices'),
          choices.map((c) => ctx.tx(c.text)).join('\n'),
          'dialogue-choices',
          h(
            'div',
            { class: 'choices', attrs: { role: 'group', 'aria-label': ctx.t('dialogue.choices') } },
            ...choices.map((c, i) => button(ctx.tx(c.text), () => ctx.send({ type: 'choice.pick', id: c.id }), { key: `choice-${i}`, class: 'answer choice' })),
          ),
        ),
      );

  return h(
    'section',
    { class: 'puzzle dialogue', attrs: { 'aria-label': ctx.tx(puzzle.title) } },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    log,
    current,
    done ? h('p', { class: 'ended' }, ctx.t('dialogue.ended')) : null,
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(dialogue, { panel });
