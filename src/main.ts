/** Boot: store, levels, UI layer, world and sound. Nothing else lives here. */
import './ui/styles.css';
import { loadCatalogue } from './core/level/catalogue';
import { describeProblem } from './core/level/loader';
import { createGameStore } from './core/store';
import type { KeyValueStorage } from './core/save';
import { readUrlSettings } from './core/urlParams';
import { SoundBoard } from './audio/sound';
import { SOUND_URLS } from './audio/urls';
import { createWorld, type World } from './scenes/createWorld';
import type { WorldScene } from './scenes/WorldScene';
import type { WorldView } from './world/view';
import { startApp } from './ui/app';

/** localStorage can be missing or throw (private windows, school policies). */
function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('envol.save');
    return storage;
  } catch {
    return null;
  }
}

async function readLevelFile(path: string): Promise<string> {
  const response = await fetch(`levels/${path}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Once loaded, the game keeps working offline (production build only). */
function registerOfflineCache(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('[envol] offline cache unavailable', error));
}

async function boot(): Promise<void> {
  const store = createGameStore({ storage: browserStorage() });
  const url = readUrlSettings(window.location.search);
  if (url.lang) store.getState().setLang(url.lang);
  for (const param of url.unknown) store.getState().notify('url.unknown', 'info', { param });

  const catalogue = await loadCatalogue(readLevelFile);
  if (catalogue.problems.length) {
    store.getState().notify('level.problems', 'warning');
    for (const p of catalogue.problems) console.warn(`[envol] ${describeProblem(p, store.getState().settings.lang)}`);
  }

  // The world may be ready after the first render: keep the latest view until then.
  let scene: WorldScene | null = null;
  let pendingView: WorldView = { kind: 'title' };
  let pendingHighlight: string | null = null;
  let w: World | null = null;
  const world = {
    show(view: WorldView) {
      pendingView = view;
      scene?.show(view);
      w?.requestFrames();
    },
    setHighlight(id: string | null) {
      pendingHighlight = id;
      scene?.setHighlight(id);
      w?.requestFrames();
    },
    refresh() {
      w?.requestFrames();
    },
  };

  const sound = new SoundBoard({ urls: SOUND_URLS });
  const app = startApp({ root: document.getElementById('app')!, store, catalogue, world, sound });
  w = createWorld(document.getElementById('game')!, (s) => {
    scene = s;
    s.show(pendingView);
    s.setHighlight(pendingHighlight);
    w?.requestFrames();
  });
  document.documentElement.dataset.renderer = w.renderer;
  document.getElementById('splash')?.remove();
  registerOfflineCache();
  document.documentElement.dataset.ready = 'true';
  void app;
}

boot().catch((error: unknown) => {
  const splash = document.getElementById('splash');
  if (splash) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Envol n'a pas pu démarrer. Recharge la page. Envol could not start: reload the page. (${error instanceof Error ? error.message : String(error)})`;
    splash.append(p);
  }
  console.error(error);
});
