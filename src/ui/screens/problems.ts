import { describeProblem, isWarning } from '../../core/level/problem';
import { h } from '../dom';
import type { TitleContext } from '../context';

/** Names each broken level file, the field and what is wrong there; the rest of the game plays on. */
export function problemsPanel(ctx: TitleContext): HTMLElement | null {
  const { t, tx, lang, catalogue } = ctx;
  if (catalogue.problems.length === 0) return null;
  return h(
    'section',
    { class: 'problems', attrs: { role: 'alert', 'aria-labelledby': 'problems-title' } },
    h('h2', { attrs: { id: 'problems-title' } }, t('errors.title')),
    h('p', {}, t('errors.intro')),
    h(
      'ul',
      {},
      ...catalogue.problems.map((p) =>
        h(
          'li',
          { class: isWarning(p) ? 'warning' : 'error', attrs: { title: describeProblem(p, lang) } },
          // A warning does not stop the level; it is said apart from what does.
          isWarning(p) ? h('strong', { class: 'problem-severity' }, t('errors.warning')) : null,
          h('span', { class: 'problem-file' }, `${t('ui.label', { label: t('errors.file') })}${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}`),
          h('span', { class: 'problem-field' }, `${t('ui.label', { label: t('errors.field') })}${p.field || t('errors.wholeFile')}`),
          h('span', { class: 'problem-message' }, tx(p.message)),
        ),
      ),
    ),
  );
}
