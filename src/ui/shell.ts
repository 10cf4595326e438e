/**
 * The title before the rest of the game arrives. It needs only the store, so it is drawn at
 * once, even on an old phone on a slow connection: the learner reads it, changes the language or
 * the text size, exports a save. A button that needs the game (play, continue, a workshop, the
 * editor) is answered at once and done as soon as the game is here; if that takes more than a
 * moment, a bar shows how far it has come.
 */
import { pick } from '../core/i18n';
import type { GameStore } from '../core/store';
import type { TitleContext, UiContext } from './context';
import { h, replaceKeepingFocus } from './dom';
import { translator } from './i18n';
import { applySettings, type Layout } from './layout';
import { titleScreen } from './screens/title';
import { noticesView, topbar } from './topbar';

/** What a title button asked for, done by the game once it is here. */
export type TitleAction = (ctx: UiContext) => void;

export interface Shell {
  /** How far the game's files and levels have come, from 0 to 1. */
  progress(fraction: number): void;
  /** The game could not start: said in both languages, in place of the wait. */
  fail(error: unknown): void;
  /** The game is here: the shell stops drawing and gives the action the player asked for, if any. */
  handOver(): TitleAction | null;
}

/** Said in both languages, before any dictionary: the game could not start. */
export function couldNotStart(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Envol n'a pas pu démarrer. Recharge la page. Envol could not start: reload the page. (${reason})`;
}

export function startShell(layout: Layout, store: GameStore): Shell {
  let wanted: TitleAction | null = null;
  let fraction = 0;
  let failure: { error: unknown } | null = null;
  let scheduled = false;
  let stopped = false;
  const ask = (action: TitleAction) => {
    wanted = action;
    schedule();
  };

  function waiting(t: TitleContext['t']): HTMLElement | null {
    if (failure) return h('p', { class: 'shell-failure', attrs: { role: 'alert' } }, couldNotStart(failure));
    if (!wanted) return null;
    const percent = Math.round(fraction * 100);
    // Shown only after a moment (styles.css): a quick start shows no bar at all.
    return h(
      'div',
      { class: 'shell-loading', attrs: { role: 'status' } },
      h('p', {}, t('shell.loading')),
      h('progress', { attrs: { max: '100', value: String(percent), 'aria-label': t('shell.loading') } }),
    );
  }

  function render(): void {
    scheduled = false;
    const state = store.getState();
    const lang = state.settings.lang;
    const t = translator(lang);
    const ctx: TitleContext = {
      t,
      lang,
      tx: (text) => pick(text, lang),
      state,
      store,
      catalogue: { problems: [] },
      journey: { send: (event) => ask((game) => game.journey.send(event)) },
      // A workshop kept in the browser is offered once the game has read it.
      workshop: { snapshot: () => null, openSetup: () => ask((game) => game.workshop.openSetup()) },
      openEditor: () => ask((game) => game.openEditor()),
    };
    applySettings(state, t);
    const title = titleScreen(ctx).panel;
    const wait = waiting(t);
    if (wait) title.querySelector('.actions')?.after(wait);
    replaceKeepingFocus(layout.bar, topbar(ctx));
    replaceKeepingFocus(layout.panel, title);
    replaceKeepingFocus(layout.notices, noticesView(ctx));
  }
  function schedule(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    queueMicrotask(render);
  }

  const unsubscribe = store.subscribe(schedule);
  render();
  layout.panel.querySelector<HTMLElement>('#screen-title')?.focus({ preventScroll: true });
  return {
    progress(value) {
      fraction = Math.max(fraction, Math.min(1, value));
      if (wanted) schedule();
    },
    fail(error) {
      failure = { error };
      schedule();
    },
    handOver() {
      stopped = true;
      unsubscribe();
      return wanted;
    },
  };
}
