import { hasStarted } from '../../core/journey';
import { button, h } from '../dom';
import type { Screen, TitleContext } from '../context';
import { downloadText, fileButton } from '../files';
import { problemsPanel } from './problems';

/** A save travels as a file between shared school PCs and home. */
function saveTools(ctx: TitleContext): HTMLElement {
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

/** Saves set aside (damaged, or the original of a repaired one) can be brought back, after saying so. */
function restoreTools(ctx: TitleContext): HTMLElement | null {
  const { t, store, lang } = ctx;
  const saves = store.getState().setAsideSaves();
  if (saves.length === 0) return null;
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
  };
  return h(
    'section',
    { class: 'save-tools restore-tools', attrs: { 'aria-labelledby': 'restore-title' } },
    h('h2', { attrs: { id: 'restore-title' } }, t('title.restore')),
    h(
      'ul',
      { class: 'actions' },
      ...saves.map((saved) =>
        h(
          'li',
          {},
          button(
            t('title.restoreFrom', { date: when(saved.date) }),
            () => {
              if (window.confirm(t('title.confirmRestore', { date: when(saved.date) }))) store.getState().restoreSetAside(saved.key);
            },
            { key: `restore-${saved.key}` },
          ),
        ),
      ),
    ),
  );
}

/**
 * For trainers: a workshop for teams on the projector, the last one's report, and the settings
 * the learners' top bar does not offer (the events' countdown, projector mode).
 */
function trainerTools(ctx: TitleContext): HTMLElement {
  const { t, state, store, workshop, journey } = ctx;
  const s = state.settings;
  const last = workshop.snapshot();
  return h(
    'section',
    { class: 'save-tools trainer-tools', attrs: { 'aria-labelledby': 'trainer-tools-title' } },
    h('h2', { attrs: { id: 'trainer-tools-title' } }, t('title.trainer')),
    h('p', { class: 'hint-text' }, t('title.trainerHelp')),
    h(
      'div',
      { class: 'actions' },
      button(t('title.workshop'), () => workshop.openSetup(), { key: 'workshop-setup' }),
      button(t('editor.open'), () => ctx.openEditor(), { key: 'editor-open' }),
      last
        ? button(last.status === 'done' ? t('title.lastWorkshop') : t('title.resumeWorkshop'), () => journey.send({ type: 'workshop.open' }), {
            key: 'last-workshop',
          })
        : null,
      button(t('settings.timer'), () => store.getState().setTimer(!s.timer), { key: 'timer', attrs: { 'aria-pressed': String(s.timer) } }),
      button(t('settings.projector'), () => store.getState().setProjector(!s.projector), { key: 'projector', attrs: { 'aria-pressed': String(s.projector) } }),
    ),
  );
}

export function titleScreen(ctx: TitleContext): Screen {
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
    restoreTools(ctx),
    trainerTools(ctx),
    problemsPanel(ctx),
  );
  return { key: 'title', panel, overlay: [], world: { kind: 'title' } };
}
