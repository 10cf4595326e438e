/// <reference types="vite-plugin-pwa/vanillajs" />
/** Boot: store, levels, UI layer, world and sound. Nothing else lives here. */
import './core/noEval';
import './ui/styles.css';
import type { Catalogue, LoadOptions } from './core/level/catalogue';
import { fileWaves, isWhole } from './core/level/acts';
import { describeProblem } from './core/level/problem';
import { createGameStore, type GameStore } from './core/store';
import type { KeyValueStorage } from './core/save';
import { readUrlSettings, type RendererChoice } from './core/urlParams';
import type { SoundBoard } from './audio/sound';
import { SOUND_URLS } from './audio/urls';
import type * as WorldModuleTypes from './scenes/createWorld';
import type { World } from './scenes/createWorld';

type WorldModule = typeof WorldModuleTypes;
import type { WorldScene } from './scenes/WorldScene';
import type { WorldView } from './world/view';
import type { App, SoundPort, WorldPort } from './ui/app';
import { createLayout } from './ui/layout';
import { couldNotStart, startShell } from './ui/shell';
import { keepOffline, offerUpdates } from './ui/update';

/** Asked for now, awaited later: a failed download is dealt with where it is awaited, not reported as unhandled before. */
function early<T>(load: Promise<T>): Promise<T> {
  load.catch(() => undefined);
  return load;
}

// Phaser and the world's art are most of the game's bytes: they come as their own chunk, asked
// for as soon as the title (DOM only) is drawn, so their download never competes with the
// title's own files on a slow connection, and their start never delays the title.
let worldModule: Promise<WorldModule> | null = null;
const loadWorldModule = () =>
  (worldModule ??= early(
    (async () => {
      // The built game evaluates Phaser in parts, one task each, so no part holds the page long;
      // the dev server serves Phaser whole.
      if (import.meta.env.PROD) {
        await import('./scenes/phaserParts/first');
        await breathe();
        await import('./scenes/phaserParts/core');
        await breathe();
        await import('./scenes/phaserParts/objects');
        await breathe();
      }
      return import('./scenes/createWorld');
    })(),
  ));
// The game itself (its machines, puzzles and level checker) comes after the title is drawn, and
// so does howler: needed only after the first gesture, it is there by then, so the sound still
// starts inside the gesture's handler (as iOS wants).
const loadGame = () => early(Promise.all([import('./ui/app'), import('./core/level/catalogue')]));

/** Resolves once the page has been painted: the next frame, then the task after it (a tab opened in the background paints no frame: then soon anyway). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });

/** Gives the page back to the player between two pieces of work (a tap is answered in between). */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

/** Waits before a level file is asked for again: a phone's connection drops for a moment, a server hiccups. */
const RETRY_AFTER_MS = [1000, 3000];

/** A level file; asked for again after a dropped connection or a server error (a file that is not there is not asked for again). */
async function readLevelFile(path: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const got: { text: string } | { error: unknown; again: boolean } = await fetch(`levels/${path}`, { cache: 'no-cache' }).then(
      async (response) => (response.ok ? { text: await response.text() } : { error: new Error(`HTTP ${response.status}`), again: response.status >= 500 }),
      (error: unknown) => ({ error, again: true }),
    );
    if ('text' in got) return got.text;
    const wait = RETRY_AFTER_MS[attempt];
    if (!got.again || wait === undefined) throw got.error;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * The first act's level files, asked for as soon as the page starts (their list is in the index),
 * so they come while the game's code is still on its way; each file is read once. The later acts
 * are asked for by the catalogue, one after the other, once the first is in.
 */
function prefetchLevels(): (path: string) => Promise<string> {
  const files = new Map<string, Promise<string>>();
  const read = (path: string) => {
    let file = files.get(path);
    if (!file) files.set(path, (file = early(readLevelFile(path))));
    return file;
  };
  read('index.json')
    .then((text) => {
      const index: unknown = JSON.parse(text);
      const listed = typeof index === 'object' && index !== null && 'levels' in index && Array.isArray(index.levels) ? index.levels : [];
      // Only a first look: the catalogue checks the index and every file for real.
      const [first = []] = fileWaves(listed.filter((file): file is string => typeof file === 'string'));
      for (const file of ['glossary.json', ...first]) void read(file);
    })
    .catch(() => undefined);
  return read;
}

/** Once loaded, the game keeps working offline (production build only); a new version waits for the player between levels. */
function registerOfflineCache(app: App, store: GameStore): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const offer = offerUpdates(app, store);
  void import('virtual:pwa-register').then(({ registerSW }) => keepOffline(registerSW, offer, navigator.serviceWorker));
}

/** The world as the UI sees it: until Phaser arrives it keeps the latest view, then hands it over. */
function lazyWorld(renderer: RendererChoice | null): { port: WorldPort; start(parent: HTMLElement): Promise<World> } {
  let scene: WorldScene | null = null;
  let w: World | null = null;
  let pendingView: WorldView = { kind: 'title' };
  let pendingHighlight: string | null = null;
  const port: WorldPort = {
    show(view) {
      pendingView = view;
      scene?.show(view);
      w?.viewChanged();
    },
    setHighlight(id) {
      pendingHighlight = id;
      scene?.setHighlight(id);
      w?.requestFrames();
    },
  };
  const start = async (parent: HTMLElement) => {
    // On a slow line the world takes a while: after a moment, a bar on the stage says it is coming
    // (the stage is hidden from assistive technology; the panel says all there is to say).
    const waiting = Object.assign(document.createElement('progress'), { className: 'stage-loading' });
    parent.append(waiting);
    const { createWorld } = await loadWorldModule().catch((error: unknown) => {
      waiting.remove();
      throw error;
    });
    w = createWorld(
      parent,
      (s) => {
        waiting.remove();
        scene = s;
        s.show(pendingView);
        s.setHighlight(pendingHighlight);
        w?.viewChanged();
      },
      renderer,
    );
    return w;
  };
  return { port, start };
}

/** Sound as the UI sees it: the board joins when howler arrives; before a gesture it would be silent anyway. */
function lazySound(): SoundPort {
  let board: SoundBoard | null = null;
  let muted = false;
  let unlocked = false;
  import('./audio/sound').then(
    ({ SoundBoard }) => {
      board = new SoundBoard({ urls: SOUND_URLS });
      board.setMuted(muted);
      if (unlocked) board.unlockByGesture();
    },
    (error: unknown) => console.warn('[envol] sound unavailable', error),
  );
  return {
    play: (name) => board?.play(name),
    setMuted(value) {
      muted = value;
      board?.setMuted(value);
    },
    unlockByGesture() {
      unlocked = true;
      board?.unlockByGesture();
    },
  };
}

async function boot(): Promise<void> {
  const storage = browserStorage();
  const store = createGameStore({ storage });
  const url = readUrlSettings(window.location.search);
  if (url.lang) store.getState().setLang(url.lang);
  for (const param of url.unknown) store.getState().notify('url.unknown', 'info', { param });

  // The title first, from the store alone; then the world, the game and its levels, each as it comes.
  const frame = createLayout(document.getElementById('app')!, store);
  const shell = startShell(frame, store);
  document.getElementById('splash')?.remove();
  // Once the title is on screen, the game's code is asked for first (the panels play without the
  // world), then the world's: nothing competes with the title for the network or the processor.
  await afterPaint();
  const game = loadGame();
  const levels = prefetchLevels();
  const world = lazyWorld(url.renderer);
  const worldStarted = early(world.start(frame.game));
  const sound = lazySound();

  let gameLoaded = 0;
  let levelsLoaded = 0;
  const progress = () => shell.progress((gameLoaded + levelsLoaded) / 2);
  const loading: LoadOptions = {
    onProgress: (done, total) => {
      levelsLoaded = done / total;
      progress();
    },
    pause: breathe,
    // Readability advice is for authors: `npm start` gives it on the title, the built game starts without it.
    readability: import.meta.env.DEV,
  };
  const [{ startApp, keepsWorkshop }, { loadCatalogue }] = await game.catch((error: unknown) => {
    shell.fail(error);
    throw error;
  });
  gameLoaded = 1;
  progress();
  const tellProblems = (c: Catalogue) => {
    if (!c.problems.length) return;
    store.getState().notify('level.problems', 'warning');
    for (const p of c.problems) console.warn(`[envol] ${describeProblem(p, store.getState().settings.lang)}`);
  };

  // The levels read so far go to the game. It starts once every act is in; or, if the player asked
  // for a new journey, as soon as the first act is in (the journey begins there), the later acts
  // joining it. A workshop kept in this browser is taken up again at start, in whatever act it is
  // in: then every act.
  let app = null as App | null;
  let latest: Catalogue | null = null;
  const offer = (catalogue: Catalogue): App | null => {
    latest = catalogue;
    if (app) app.replaceCatalogue(catalogue);
    else if (isWhole(catalogue) || (shell.needs() === 'first act' && !keepsWorkshop(storage))) {
      const wanted = shell.handOver();
      app = startApp({ frame, shown: 'title', store, storage, catalogue, world: world.port, sound });
      if (wanted) app.run(wanted);
    }
    return app;
  };
  shell.onAsk(() => latest && offer(latest));
  const catalogue = await loadCatalogue(levels, { ...loading, onPart: offer });
  // Every act is in: the game runs now.
  const running = offer(catalogue)!;
  tellProblems(catalogue);
  // `npm start` says when a level file was saved: the open game reads the levels again, so a trainer sees the edit (or its problems) at once.
  import.meta.hot?.on('envol:levels', () => {
    void loadCatalogue(readLevelFile).then((next) => {
      running.replaceCatalogue(next);
      tellProblems(next);
    });
  });
  registerOfflineCache(running, store);

  // Phaser boots after the title is drawn, so it never delays it. `data-ready` says the whole
  // game is up, world included (browser tests wait for it); the title works before that.
  try {
    document.documentElement.dataset.renderer = (await worldStarted).renderer;
    document.documentElement.dataset.ready = 'true';
  } catch (error) {
    // A world chunk that failed to download: the panels and their buttons still play, without art.
    document.documentElement.dataset.ready = 'without-world';
    console.warn('[envol] the world could not load', error);
  }
}

boot().catch((error: unknown) => {
  const splash = document.getElementById('splash');
  if (splash) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = couldNotStart(error);
    splash.append(p);
  }
  console.error(error);
});
