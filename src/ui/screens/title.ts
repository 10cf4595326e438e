import { hasStarted } from '../../core/journey';
import { button, h } from '../dom';
import type { Screen, UiContext } from '../context';
import { downloadText, fileButton } from '../files';
import { problemsPanel } from './problems';

/** A save travels as a file between shared school PCs and home. */
function saveTools(ctx: UiContext): HTMLElement {
  const { t, store } = ctx;
  return h(
    'section',
    { class: 'save-tools', attrs: { 'aria-labelledby': 'save-tools-title' } },
    h('h2', { attrs: { id: 'save-tools-title' } }, t('save.title')),
    h('p', { class: 'hint-text' }, t('save.help')),
    h(
      'div',
      { class: 'actions' },
      button(t('save.export'), () => downloadText(`envol-save-${new Date().toISOString().slice(0, 10)}.json`, store.getState().exportSave()), {
        key: 'export-save',
      }),
      fileButton(t('save.import'), 'import-save', (_name, text) => store.getState().importSave(text)),
    ),
  );
}

export function titleScreen(ctx: UiContext): Screen {
  const { t, journey, state, store } = ctx;
  const canContinue = state.hadSave || hasStarted(state.progress);
  const panel = h(
    'section',
    { class: 'screen title-screen', attrs: { 'aria-labelledby': 'screen-title' } },
    h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, t('app.name')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    h(
      'div',
      { class: 'actions' },
      canContinue ? button(t('title.continue'), () => journey.send({ type: 'journey.continue' }), { key: 'continue', class: 'primary' }) : null,
      canContinue
        ? // On a shared PC the next learner starts afresh, after saying so (no accidental wipe).
          button(
            t('title.newJourney'),
            () => {
              if (!window.confirm(t('title.confirmNew'))) return;
              store.getState().resetJourney();
              journey.send({ type: 'journey.start' });
            },
            { key: 'new-journey' },
          )
        : button(t('title.play'), () => journey.send({ type: 'journey.start' }), { key: 'play', class: 'primary' }),
    ),
    saveTools(ctx),
    problemsPanel(ctx),
  );
  return { key: 'title', panel, overlay: [], world: { kind: 'title' } };
}
