/**
 * A new version of the game, once its files are all kept, is offered between levels: a notice
 * with "Update" shows on the title, the city, a report or a workshop's board, never while a level
 * runs, since taking the new version reloads the page and a level's moment would be lost.
 */
import type { RegisterSWOptions } from 'virtual:pwa-register';
import type { GameStore } from '../core/store';

/** What the offer needs of the app: whether a level runs, and word when that may have changed. */
export interface LevelWatch {
  inLevel(): boolean;
  onChange(listener: () => void): void;
}

export interface UpdateOffer {
  /** A new version waits; `apply` takes it (the page reloads into it). */
  ready(apply: () => void): void;
  /** The page must reload into the version its worker now serves: it does once no level runs. */
  reloadBetweenLevels(reload: () => void): void;
}

export function offerUpdates(app: LevelWatch, store: GameStore): UpdateOffer {
  let apply: (() => void) | null = null;
  let reload: (() => void) | null = null;
  let reloading = false;
  // Shown once each time the player is between levels: closed, it comes back after the next level.
  let offered = false;

  const follow = () => {
    const shown = store.getState().session.notices.find((n) => n.key === 'app.update');
    if (app.inLevel()) {
      // Entering a level takes the offer away: pressing it there would reload the level.
      if (shown) store.getState().dismissNotice(shown.id);
      offered = false;
      return;
    }
    if (reload) {
      const now = reload;
      reload = null;
      return now();
    }
    if (apply && !offered) {
      offered = true;
      store.getState().notify('app.update', 'info', undefined, { kind: 'update', apply });
    }
  };
  app.onChange(follow);

  return {
    ready(next) {
      apply = next;
      follow();
    },
    reloadBetweenLevels(next) {
      if (reloading) return;
      reloading = true;
      reload = next;
      follow();
    },
  };
}

/** Registers the worker, as vite-plugin-pwa's `registerSW` does: the page's policy allows no inline script. */
export type RegisterWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** Checks for a new version now and then: a classroom keeps the game open for hours, with no reload. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers Workbox's worker and follows its updates. A new version's worker waits until the
 * player takes it (here or in another tab of the game); once it serves the page, the page reloads
 * between levels, as the old files it would still ask for are gone from the cache.
 */
export function keepOffline(register: RegisterWorker, offer: UpdateOffer, workers: ServiceWorkerContainer): void {
  // A worker taking the page on the first visit is no new version: only one that follows an offer is.
  let newVersion = false;
  const reload = () => offer.reloadBetweenLevels(() => window.location.reload());
  workers.addEventListener('controllerchange', () => newVersion && reload());
  const update = register({
    immediate: true,
    onNeedRefresh: () => {
      newVersion = true;
      offer.ready(() => void update(true));
    },
    onNeedReload: reload,
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => console.warn('[envol] offline cache unavailable', error),
  });
}
