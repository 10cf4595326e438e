import { describe, expect, it, vi } from 'vitest';
import { createGameStore } from '../../src/core/store';
import { keepOffline, offerUpdates, type RegisterWorker } from '../../src/ui/update';

/** The app as the offer sees it: a level runs or not, and listeners hear of every change. */
function fakeApp() {
  const listeners: (() => void)[] = [];
  const app = {
    level: false,
    inLevel: () => app.level,
    onChange: (listener: () => void) => void listeners.push(listener),
    set(level: boolean) {
      app.level = level;
      listeners.forEach((l) => l());
    },
  };
  return app;
}

const offered = (store: ReturnType<typeof createGameStore>) => store.getState().session.notices.filter((n) => n.key === 'app.update');

describe('a new version of the game', () => {
  it('is offered at once between levels, with a button that takes it', () => {
    const app = fakeApp();
    const store = createGameStore({ storage: null });
    const apply = vi.fn();
    offerUpdates(app, store).ready(apply);
    const [notice] = offered(store);
    expect(notice?.action?.kind).toBe('update');
    if (notice?.action?.kind === 'update') notice.action.apply();
    expect(apply).toHaveBeenCalledOnce();
  });

  it('waits while a level runs, goes away when one starts, and comes back after it', () => {
    const app = fakeApp();
    app.level = true;
    const store = createGameStore({ storage: null });
    offerUpdates(app, store).ready(() => undefined);
    expect(offered(store)).toHaveLength(0);
    app.set(true);
    expect(offered(store)).toHaveLength(0);
    app.set(false);
    expect(offered(store)).toHaveLength(1);
    app.set(true);
    expect(offered(store)).toHaveLength(0);
    app.set(false);
    expect(offered(store)).toHaveLength(1);
  });

  it('closed by the player, stays closed until after the next level', () => {
    const app = fakeApp();
    const store = createGameStore({ storage: null });
    offerUpdates(app, store).ready(() => undefined);
    store.getState().dismissNotice(offered(store)[0]!.id);
    app.set(false);
    expect(offered(store)).toHaveLength(0);
    app.set(true);
    app.set(false);
    expect(offered(store)).toHaveLength(1);
  });

  it('reloads the page once, and only between levels', () => {
    const app = fakeApp();
    app.level = true;
    const offer = offerUpdates(app, createGameStore({ storage: null }));
    const reload = vi.fn();
    offer.reloadBetweenLevels(reload);
    offer.reloadBetweenLevels(reload);
    app.set(true);
    expect(reload).not.toHaveBeenCalled();
    app.set(false);
    app.set(false);
    expect(reload).toHaveBeenCalledOnce();
  });

  it("is told by the worker's registration; the first visit's worker taking the page is no new version", () => {
    const workers = new EventTarget() as ServiceWorkerContainer;
    const offer = { ready: vi.fn(), reloadBetweenLevels: vi.fn() };
    const update = vi.fn(() => Promise.resolve());
    let options: Parameters<RegisterWorker>[0] = {};
    keepOffline(
      (o) => {
        options = o;
        return update;
      },
      offer,
      workers,
    );
    workers.dispatchEvent(new Event('controllerchange'));
    expect(offer.reloadBetweenLevels).not.toHaveBeenCalled();
    options.onNeedRefresh?.();
    offer.ready.mock.calls[0]![0]();
    expect(update).toHaveBeenCalledWith(true);
    workers.dispatchEvent(new Event('controllerchange'));
    expect(offer.reloadBetweenLevels).toHaveBeenCalledOnce();
  });
});
