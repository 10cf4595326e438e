import { h } from '../dom';
import type { Screen, UiContext } from '../context';

const QUESTIONS = ['selfCheck.q1', 'selfCheck.q2', 'selfCheck.q3'] as const;

/** EntreComp self-efficacy: the same three statements at the start and at the end. */
export function selfCheckScreen(ctx: UiContext, when: 'before' | 'after'): Screen {
  const { t, store, journey } = ctx;
  const status = h('p', { class: 'feedback', attrs: { role: 'status', 'aria-live': 'polite' } });
  const form = h(
    'form',
    {
      class: 'self-check',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const data = new FormData(form);
          const answers = QUESTIONS.map((_, i) => Number(data.get(`q${i + 1}`)));
          if (answers.some((n) => !(n >= 1 && n <= 5))) {
            status.textContent = t('selfCheck.missing');
            return;
          }
          store.getState().setSelfCheck(when, answers as [number, number, number]);
          journey.send({ type: 'selfcheck.done' });
        },
      },
    },
    ...QUESTIONS.map((q, i) =>
      h(
        'fieldset',
        {},
        h('legend', {}, t(q)),
        h(
          'div',
          { class: 'scale' },
          ...[1, 2, 3, 4, 5].map((n) =>
            h(
              'label',
              { class: 'scale-option' },
              h('input', {
                key: `q${i + 1}-${n}`,
                keep: true,
                attrs: { type: 'radio', name: `q${i + 1}`, value: n, 'aria-label': t('selfCheck.value', { n }) },
              }),
              h('span', { attrs: { 'aria-hidden': 'true' } }, String(n)),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'hint-text' }, t('selfCheck.scale')),
    h('button', { key: 'selfcheck-submit', class: 'primary', attrs: { type: 'submit' } }, t('selfCheck.submit')),
    status,
  );
  const panel = h(
    'section',
    { class: 'screen', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h2', { attrs: { id: 'screen-title', tabindex: -1 } }, t(when === 'before' ? 'selfCheck.titleBefore' : 'selfCheck.titleAfter')),
    h('p', {}, t('selfCheck.intro')),
    form,
  );
  return { key: `selfcheck-${when}`, panel, overlay: [], world: { kind: 'title' } };
}
