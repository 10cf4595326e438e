import { button, h } from '../dom';
import type { Screen, UiContext } from '../context';
import { problemsPanel } from './problems';

export function titleScreen(ctx: UiContext): Screen {
  const { t, journey, state } = ctx;
  const canContinue = state.hadSave || Object.keys(state.progress.levels).length > 0 || state.progress.currentLevel !== null;
  const panel = h(
    'section',
    { class: 'screen title-screen', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, t('app.name')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    h(
      'div',
      { class: 'actions' },
      canContinue ? button(t('title.continue'), () => journey.send({ type: 'journey.continue' }), { key: 'continue', class: 'primary' }) : null,
      button(t('title.play'), () => journey.send({ type: 'journey.start' }), { key: 'play', class: canContinue ? '' : 'primary' }),
    ),
    problemsPanel(ctx),
  );
  return { key: 'title', panel, overlay: [], world: { kind: 'title' } };
}
