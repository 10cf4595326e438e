import { caesarDecode, wrapShift, type cipherMachine } from './machine';
import { cipher } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, puzzleForm, glossText } from '../../ui/puzzleView';
import './view.css';

function panel(ctx: PuzzleViewContext<typeof cipherMachine>): HTMLElement {
  const { puzzle, shift, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const coded = ctx.tx(puzzle.ciphertext);

  const turn = (by: 1 | -1) => {
    if (!done) ctx.send({ type: 'cipher.shift', by });
  };
  // Left / right arrows turn the wheel from either of its buttons.
  const arrows = (ev: Event) => {
    const e = ev as KeyboardEvent;
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    turn(e.key === 'ArrowLeft' ? -1 : 1);
  };
  const turnButton = (by: 1 | -1) => {
    const name = ctx.t(by < 0 ? 'cipher.turnLeft' : 'cipher.turnRight');
    return button(by < 0 ? '◀' : '▶', () => turn(by), {
      key: by < 0 ? 'cipher-left' : 'cipher-right',
      class: 'wheel-turn',
      attrs: { 'aria-label': name, title: name, 'aria-disabled': done ? 'true' : undefined },
      on: { keydown: arrows },
    });
  };
  // The letter that reads as "A" with the wheel where it is: a concrete cue for the shift.
  const codedA = String.fromCharCode(65 + wrapShift(shift));

  const wheel = h(
    'fieldset',
    { class: 'wheel' },
    h('legend', {}, ctx.t('cipher.wheel')),
    h(
      'div',
      { class: 'wheel-controls' },
      turnButton(-1),
      h(
        'p',
        { class: 'wheel-shift', attrs: { 'aria-live': 'polite' } },
        h('strong', {}, ctx.t('cipher.shift', { n: shift })),
        ' ',
        h('span', { class: 'wheel-pair' }, ctx.t('cipher.pair', { from: codedA, to: 'A' })),
      ),
      turnButton(1),
    ),
    h('p', { class: 'preview-label' }, ctx.t('cipher.preview')),
    h('p', { class: 'cipher-text decoded' }, caesarDecode(coded, shift)),
  );

  const input = h('input', {
    key: 'cipher-answer',
    // Turning the wheel or opening a hint redraws the panel: what the player typed stays.
    keep: true,
    class: 'answer-input',
    attrs: {
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      'aria-label': ctx.t('cipher.answer'),
      placeholder: ctx.t('cipher.answer'),
      readonly: done,
    },
  });

  return puzzleForm(
    'cipher',
    { done, send: () => ctx.send({ type: 'cipher.submit', answer: input.value }) },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('figure', { class: 'coded' }, h('figcaption', {}, ctx.t('cipher.coded')), h('p', { class: 'cipher-text' }, coded)),
    wheel,
    h(
      'div',
      { class: 'answer-row' },
      input,
      done ? null : h('button', { key: 'cipher-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('cipher.submit')),
    ),
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(cipher, { panel });
