import { eventAt, type timedEventsMachine } from './machine';
import { timedEvents } from '.';
import { h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import './view.css';

/**
 * When each countdown bar started, so a re-render (a hint opened mid-countdown) continues the
 * bar instead of restarting it. Display only: the machine's own timer decides when time is up.
 */
const barStarts = new Map<string, number>();

function barElapsedSeconds(key: string, seconds: number): number {
  const now = performance.now();
  const start = barStarts.get(key);
  // A start older than the whole countdown belongs to an earlier run of this puzzle.
  if (start === undefined || now - start > seconds * 1000) {
    barStarts.set(key, now);
    return 0;
  }
  return (now - start) / 1000;
}

function panel(ctx: PuzzleViewContext<typeof timedEventsMachine>): HTMLElement {
  const { snapshot } = ctx;
  const { puzzle, index, phase, picked, timedOut, timed, feedback } = snapshot.context;
  const done = snapshot.status === 'done';
  const deciding = phase === 'deciding' && !done;
  const event = eventAt(snapshot.context);
  const last = index >= puzzle.events.length - 1;
  const barKey = `${puzzle.id}#${index}`;
  if (!deciding) barStarts.delete(barKey);

  const countdown =
    timed && deciding
      ? h(
          'div',
          { class: 'countdown-box' },
          h(
            'div',
            { class: 'countdown', attrs: { 'aria-hidden': 'true' } },
            h('div', {
              class: 'countdown-bar',
              style: { '--seconds': `${event.seconds}s`, '--elapsed': `${-barElapsedSeconds(barKey, event.seconds)}s` },
            }),
          ),
          h('p', { class: 'sr-only countdown-text' }, ctx.t('timedEvents.seconds', { n: event.seconds })),
        )
      : null;

  const options = h(
    'ul',
    { class: 'options', attrs: { 'aria-label': ctx.t('timedEvents.options') } },
    ...event.options.map((option) => {
      const isPicked = option.id === picked;
      // Options stay on screen after the pick (`aria-disabled` keeps the focus where it was).
      return h(
        'li',
        {},
        h(
          'button',
          {
            key: `option-${option.id}`,
            class: `answer option${isPicked ? ' picked' : ''}`,
            attrs: { type: 'button', 'aria-disabled': deciding ? undefined : 'true' },
            on: { click: () => (deciding ? ctx.send({ type: 'option.pick', id: option.id }) : undefined) },
          },
          isPicked ? h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '➜') : null,
          h('span', { class: 'option-text' }, ctx.tx(option.text)),
          isPicked ? h('span', { class: 'sr-only' }, ` (${ctx.t('timedEvents.picked')})`) : null,
        ),
      );
    }),
  );

  const chosen = event.options.find((o) => o.id === picked);
  const outcome = chosen
    ? h(
        'div',
        { class: 'outcome', attrs: { 'aria-live': 'polite' } },
        h('p', { class: 'chosen' }, ctx.t(timedOut ? 'timedEvents.chosenForYou' : 'timedEvents.chosen', { option: ctx.tx(chosen.text) })),
        h('p', { class: 'outcome-text' }, ctx.tx(chosen.outcome)),
      )
    : null;

  // The "next" button and the next event's text share a key, so after "next" the keyboard
  // focus lands on the new event (read out by screen readers) instead of being lost.
  const stepKey = 'events-step';
  return h(
    'div',
    { class: 'puzzle timed-events' },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('p', { class: 'progress' }, ctx.t('timedEvents.progress', { n: index + 1, total: puzzle.events.length })),
    h('p', { key: deciding ? stepKey : undefined, class: 'event-text', attrs: { tabindex: -1 } }, ctx.tx(event.text)),
    countdown,
    options,
    feedbackLine(feedback, ctx),
    outcome,
    phase === 'outcome' && !done
      ? h(
          'button',
          { key: stepKey, class: 'primary', attrs: { type: 'button' }, on: { click: () => ctx.send({ type: 'events.next' }) } },
          ctx.t(last ? 'timedEvents.finish' : 'timedEvents.next'),
        )
      : null,
  );
}

export const view = definePuzzleView(timedEvents, { panel });
