/**
 * A new version of the game, once its files are all kept, is offered between levels: a notice
 * with "Update" shows on the title, the city, a report or a workshop's board, never while a level
 * runs, since taking the new version reloads the page and a level's moment would be lost.
 */
import type { GameStore } from '../core/store';

/** What the offer needs of the app: whether a level runs, and word when that may have changed. */
export interface LevelWatch {
  inLevel(): boolean;
  onChange(listener: () => void): void;
}

export interface UpdateOffer {
  /** A new version waits; `apply` takes it (the page reloads into it). */
  ready(apply: () => void): void;
  /** The page must reload into a version another tab took: it does once no level runs here. */
  reloadBetweenLevels(reload: () => void): void;
}

export function offerUpdates(app: LevelWatch, store: GameStore): UpdateOffer {
  let apply: (() => void) | null = null;
  let reload: (() => void) | null = null;
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
      reload = next;
      follow();
    },
  };
}
