/**
 * The single source of truth: progress, settings and the session, in one vanilla zustand
 * store. Progress and settings are written to storage on every change; a failed write never
 * stops the game, it only tells the player that progress will not be kept.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from './i18n';
import { hasStarted, levelRecord, mergeProgress, mergeRecord, withLevelRecord, type LevelResult } from './journey';
import {
  defaultSettings,
  emptyProgress,
  loadSave,
  parseSave,
  randomSeed,
  SAVE_VERSION,
  SET_ASIDE_PREFIX,
  setAsideSaves,
  writeSave,
  type KeyValueStorage,
  type Progress,
  type SavedLevel,
  type SeedSource,
  type Settings,
} from './save';

export type NoticeKey =
  | 'save.setAside'
  | 'save.setAsideFailed'
  | 'save.repaired'
  | 'save.repairedNotKept'
  | 'save.restored'
  | 'save.restoreFailed'
  | 'save.newer'
  | 'save.unavailable'
  | 'level.problems'
  | 'level.resumeLost'
  | 'url.unknown'
  | 'save.imported'
  | 'save.importFailed'
  | 'workshop.setAside'
  | 'live.unreachable'
  | 'live.lost'
  | 'editor.fixFirst'
  | 'editor.notJson'
  | 'app.update';

/** What a notice offers to do beside closing: download a text the game could not keep, or take the game's new version. */
export type NoticeAction = { kind: 'download'; fileName: string; text: string } | { kind: 'update'; apply: () => void };

export interface Notice {
  id: number;
  key: NoticeKey;
  params?: Record<string, string | number>;
  tone: 'info' | 'warning';
  action?: NoticeAction;
}

export interface Session {
  saveStatus: 'ok' | 'unavailable';
  notices: Notice[];
  levelStartedAt: number | null;
  /** The hotspot or place under the pointer or keyboard focus: the world makes it glow. */
  highlight: string | null;
}

export interface GameState {
  progress: Progress;
  settings: Settings;
  session: Session;
  /** True when a save existed at start: the title offers "Continue". */
  hadSave: boolean;
  setLang(lang: Lang): void;
  setMuted(muted: boolean): void;
  setTextSize(size: Settings['textSize']): void;
  setTimer(on: boolean): void;
  setProjector(on: boolean): void;
  startLevel(levelId: string): void;
  leaveLevel(): void;
  completeLevel(result: LevelResult): void;
  /** Keeps what the player did so far in a level they have not finished (written as it happens). */
  keepLevelProgress(levelId: string, saved: SavedLevel): void;
  /** Forgets a level's unfinished progress (a damaged one that could not be restored). */
  forgetLevelProgress(levelId: string): void;
  setSelfCheck(when: 'before' | 'after', answers: [number, number, number]): void;
  notify(key: NoticeKey, tone?: Notice['tone'], params?: Notice['params'], action?: NoticeAction): void;
  dismissNotice(id: number): void;
  setHighlight(id: string | null): void;
  /** Reads an exported save file; merges it (nothing is lost) or says why it cannot. */
  importSave(text: string): boolean;
  exportSave(): string;
  resetJourney(): void;
  /** The saves set aside on this device (damaged or repaired ones), newest first. */
  setAsideSaves(): { key: string; date: string }[];
  /** Brings a set-aside save back, through the same salvage as any save; false when it cannot be read at all. */
  restoreSetAside(key: string): boolean;
}

export type GameStore = StoreApi<GameState>;

/** The levels' unfinished progress without one level's. */
function withoutLevel(inLevel: Progress['inLevel'], levelId: string): Progress['inLevel'] {
  return inLevel && Object.fromEntries(Object.entries(inLevel).filter(([id]) => id !== levelId));
}

export interface StoreOptions {
  storage: KeyValueStorage | null;
  now?: () => number;
  /** Draws the seed of a new journey (and of an old save that had none); a test passes a fixed one. */
  drawSeed?: SeedSource;
}

export function createGameStore({ storage, now = () => Date.now(), drawSeed = randomSeed }: StoreOptions): GameStore {
  const loaded = storage ? loadSave(storage, undefined, drawSeed) : ({ status: 'empty', save: null } as const);
  let noticeId = 0;
  // Top-level fields written by a newer version: kept, and written back with every save.
  let extra: Record<string, unknown> = loaded.status === 'loaded' ? loaded.extra : {};
  // A newer version's save, or an original that could not be copied aside, stays where it is: never write over it.
  const guardOriginal = (loaded.status === 'set-aside' && loaded.backupKey === null) || (loaded.status === 'loaded' && loaded.original !== null);

  const store = createStore<GameState>()((set, get) => ({
    progress: loaded.save?.progress ?? emptyProgress(drawSeed()),
    settings: loaded.save?.settings ?? defaultSettings(),
    session: { saveStatus: storage ? 'ok' : 'unavailable', notices: [], levelStartedAt: null, highlight: null },
    hadSave: loaded.status === 'loaded',

    setLang: (lang) => set((s) => ({ settings: { ...s.settings, lang } })),
    setMuted: (muted) => set((s) => ({ settings: { ...s.settings, muted } })),
    setTextSize: (textSize) => set((s) => ({ settings: { ...s.settings, textSize } })),
    setTimer: (timer) => set((s) => ({ settings: { ...s.settings, timer } })),
    setProjector: (projector) => set((s) => ({ settings: { ...s.settings, projector } })),

    startLevel: (levelId) =>
      set((s) => ({
        progress: { ...s.progress, currentLevel: levelId },
        session: { ...s.session, levelStartedAt: now() },
      })),
    leaveLevel: () => set((s) => ({ progress: { ...s.progress, currentLevel: null }, session: { ...s.session, levelStartedAt: null } })),
    keepLevelProgress: (levelId, saved) => set((s) => ({ progress: { ...s.progress, inLevel: { ...s.progress.inLevel, [levelId]: saved } } })),
    forgetLevelProgress: (levelId) => {
      const inLevel = get().progress.inLevel;
      if (inLevel && Object.hasOwn(inLevel, levelId)) set((s) => ({ progress: { ...s.progress, inLevel: withoutLevel(inLevel, levelId) } }));
    },

    completeLevel: (result) =>
      set((s) => {
        const started = s.session.levelStartedAt;
        const record = mergeRecord(levelRecord(s.progress, result.levelId), {
          stars: result.stars,
          points: result.points,
          hintTier: result.hintTier,
          mistakes: result.mistakes,
          choices: result.choices,
          timeMs: started === null ? 0 : Math.max(0, now() - started),
          completedAt: new Date(now()).toISOString(),
        });
        const badges = result.badge && !s.progress.badges.includes(result.badge) ? [...s.progress.badges, result.badge] : s.progress.badges;
        return {
          progress: {
            ...s.progress,
            levels: withLevelRecord(s.progress.levels, result.levelId, record),
            flags: { ...s.progress.flags, ...result.flags },
            badges,
            currentLevel: null,
            // A finished level starts afresh when replayed: its unfinished state is done with.
            inLevel: withoutLevel(s.progress.inLevel, result.levelId),
          },
          session: { ...s.session, levelStartedAt: null },
        };
      }),

    setSelfCheck: (when, answers) => set((s) => ({ progress: { ...s.progress, selfCheck: { ...s.progress.selfCheck, [when]: answers } } })),

    notify: (key, tone = 'info', params, action) => {
      if (get().session.notices.some((n) => n.key === key)) return;
      const notice: Notice = { id: ++noticeId, key, tone, ...(params ? { params } : {}), ...(action ? { action } : {}) };
      set((s) => ({ session: { ...s.session, notices: [...s.session.notices, notice] } }));
    },
    dismissNotice: (id) => set((s) => ({ session: { ...s.session, notices: s.session.notices.filter((n) => n.id !== id) } })),

    setHighlight: (highlight) => {
      if (get().session.highlight !== highlight) set((s) => ({ session: { ...s.session, highlight } }));
    },
    importSave: (text) => {
      const parsed = parseSave(text, drawSeed);
      if (!parsed.ok) {
        get().notify('save.importFailed', 'warning');
        return false;
      }
      set((s) => ({ progress: mergeProgress(s.progress, parsed.save.progress) }));
      get().notify('save.imported');
      return true;
    },
    exportSave: () => JSON.stringify({ ...extra, version: SAVE_VERSION, progress: get().progress, settings: get().settings }, null, 2),
    // A new journey is shuffled anew: its own seed, not the last one's.
    resetJourney: () => set({ progress: emptyProgress(drawSeed()) }),
    setAsideSaves: () => (storage ? setAsideSaves(storage) : []),
    restoreSetAside: (key) => {
      let text: string | null;
      try {
        text = storage?.getItem(key) ?? null;
      } catch {
        text = null;
      }
      const parsed = text === null ? null : parseSave(text, drawSeed);
      if (!parsed?.ok) {
        get().notify('save.restoreFailed', 'warning');
        return false;
      }
      // The set-aside copy stays where it is, and the journey being replaced is set aside in turn: restoring loses nothing.
      if (storage && !guardOriginal && hasStarted(get().progress)) {
        try {
          storage.setItem(`${SET_ASIDE_PREFIX}${new Date(now()).toISOString()}`, get().exportSave());
        } catch {
          // Too full to keep a copy: the player confirmed the restore, it goes on.
        }
      }
      extra = parsed.extra;
      set({ progress: parsed.save.progress, settings: parsed.save.settings });
      get().notify(parsed.repairs.length > 0 ? 'save.repaired' : 'save.restored', parsed.repairs.length > 0 ? 'warning' : 'info');
      return true;
    },
  }));

  const newer = loaded.status === 'set-aside' && loaded.reason === 'newer';
  // Told truthfully: set aside, repaired, or (storage too full for a copy) left in place with a download offered.
  const original = loaded.status === 'set-aside' || loaded.status === 'loaded' ? loaded.original : null;
  const download = original === null ? undefined : ({ kind: 'download', fileName: 'envol-save-original.json', text: original } as const);
  if (newer) store.getState().notify('save.newer', 'warning');
  else if (loaded.status === 'set-aside') store.getState().notify(guardOriginal ? 'save.setAsideFailed' : 'save.setAside', 'warning', undefined, download);
  else if (loaded.status === 'loaded' && loaded.repairs.length > 0)
    store.getState().notify(guardOriginal ? 'save.repairedNotKept' : 'save.repaired', 'warning', undefined, download);
  if (guardOriginal) store.setState((s) => ({ session: { ...s.session, saveStatus: 'unavailable' } }));
  if (newer) store.getState().notify('save.unavailable', 'warning');
  if (!storage) store.getState().notify('save.unavailable', 'warning');

  const persist = (state: GameState) => {
    if (!storage || guardOriginal) return;
    const result = writeSave(storage, { ...extra, version: SAVE_VERSION, progress: state.progress, settings: state.settings });
    if (result === 'unavailable' && state.session.saveStatus === 'ok') {
      store.setState((s) => ({ session: { ...s.session, saveStatus: 'unavailable' } }));
      store.getState().notify('save.unavailable', 'warning');
    } else if (result === 'saved' && state.session.saveStatus === 'unavailable') {
      store.setState((s) => ({ session: { ...s.session, saveStatus: 'ok' } }));
    }
  };

  // Persist progress and settings whenever they change.
  store.subscribe((state, prev) => {
    if (state.progress !== prev.progress || state.settings !== prev.settings) persist(state);
  });
  // A save migrated or repaired in reading is written back at once, so a seed drawn for it is kept.
  if (loaded.status === 'loaded' && loaded.upgraded) persist(store.getState());

  return store;
}
