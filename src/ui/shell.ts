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

/** What a title button needs of the levels: a new journey starts in the first act; the rest (continue, a workshop, the editor) needs every act. */
export type Needs = 'first act' | 'every act';

export interface Shell {
  /** How far the game's files and levels have come, from 0 to 1. */
  progress(fraction: number): void;
  /** The game could not start: said in both languages, in place of the wait. */
  fail(error: unknown): void;
  /** What the button pressed needs of the levels; null while none is pressed. */
  needs(): Needs | null;
  /** Calls `listener` when a button that needs the game is pressed. */
  onAsk(listener: () => void): void;
  /** The game is here: the shell stops drawing and gives the action the player asked for, if any. */
  handOver(): TitleAction | null;
}

/** Said in both languages, before any dictionary: the game could not start. */
export function couldNotStart(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Envol n'a pas pu démarrer. Recharge la page. Envol could not start: reload the page. (${reason})`;
}

/** The wait for the game, said and shown as a bar (only after a moment: styles.css); without a fraction, a bar that only says it is busy. */
export function loadingBar(t: TitleContext['t'], fraction?: number): HTMLElement {
  const value = fraction === undefined ? {} : { value: String(Math.round(fraction * 100)) };
  return h(
    'div',
    { class: 'shell-loading', attrs: { role: 'status' } },
    h('p', {}, t('shell.loading')),
    h('progress', { attrs: { max: '100', ...value, 'aria-label': t('shell.loading') } }),
  );
}

export function startShell(layout: Layout, store: GameStore): Shell {
  let wanted: { action: TitleAction; needs: Needs } | null = null;
  const listeners: (() => void)[] = [];
  let fraction = 0;
  let failure: { error: unknown } | null = null;
  let scheduled = false;
  let stopped = false;
  const ask = (action: TitleAction, needs: Needs = 'every act') => {
    wanted = { action, needs };
    schedule();
    for (const listener of listeners) listener();
  };

  function waiting(t: TitleContext['t']): HTMLElement | null {
    if (failure) return h('p', { class: 'shell-failure', attrs: { role: 'alert' } }, couldNotStart(failure));
    return wanted ? loadingBar(t, fraction) : null;
  }

  function render(): void {
    scheduled = false;
    // Handed over while a redraw was queued: the page is the game's now.
    if (stopped) return;
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
      journey: { send: (event) => ask((game) => game.journey.send(event), event.type === 'journey.start' ? 'first act' : 'every act') },
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
    needs: () => wanted?.needs ?? null,
    onAsk: (listener) => void listeners.push(listener),
    handOver() {
      stopped = true;
      unsubscribe();
      return wanted?.action ?? null;
    },
  };
}
