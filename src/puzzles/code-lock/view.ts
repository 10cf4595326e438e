import type { codeLockMachine } from './machine';
import { codeLock } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';

function panel(ctx: PuzzleViewContext<typeof codeLockMachine>): HTMLElement {
  const { puzzle, feedback } = ctx.snapshot.context;
  const digits = puzzle.charset === 'digits';
  const input = h('input', {
    key: 'code',
    keep: true,
    class: 'code-input',
    attrs: {
      type: 'text',
      inputmode: digits ? 'numeric' : 'text',
      autocomplete: 'off',
      maxlength: puzzle.length,
      'aria-label': ctx.t('codeLock.input', { n: puzzle.length }),
      pattern: digits ? '[0-9]*' : undefined,
    },
  });
  const submit = (ev?: Event) => {
    ev?.preventDefault();
    ctx.send({ type: 'code.submit', code: input.value });
  };
  const pad = digits
    ? h(
        'div',
        { class: 'keypad', attrs: { role: 'group', 'aria-label': ctx.t('codeLock.keypad') } },
        ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) =>
          button(
            d,
            () => {
              if (input.value.length < puzzle.length) input.value += d;
            },
            { key: `pad-${d}`, attrs: { tabindex: -1 } },
          ),
        ),
        button('⌫', () => (input.value = input.value.slice(0, -1)), {
          key: 'pad-erase',
          attrs: { 'aria-label': ctx.t('codeLock.erase'), tabindex: -1 },
        }),
      )
    : null;
  return h(
    'form',
    { class: 'puzzle code-lock', on: { submit } },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    input,
    pad,
    h('button', { key: 'code-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('codeLock.submit')),
    feedbackLine(feedback, ctx),
  );
}

export const view = definePuzzleView(codeLock, { panel });
