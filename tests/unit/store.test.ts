import { beforeEach, describe, expect, it } from 'vitest';
import type { LevelResult } from '../../src/core/journey';
import { defaultSettings, emptyProgress, SAVE_KEY, SAVE_VERSION, type Save } from '../../src/core/save';
import { createGameStore, type GameStore } from '../../src/core/store';
import { BlockedStorage, FullStorage, MapStorage, quotaError } from './support/storage';

const UNREADABLE_PREFIX = `${SAVE_KEY}.unreadable.`;

/** A clock the test moves by hand. */
function clock(start = 1_700_000_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

function result(overrides: Partial<LevelResult> = {}): LevelResult {
  return {
    levelId: 'archive',
    stars: 3,
    points: { 'valuing-ideas': 2, 'spotting-opportunities': 4 },
    hintTier: 0,
    mistakes: 0,
    choices: [],
    flags: {},
    badge: 'archive-detective',
    ...overrides,
  };
}

function stored(storage: MapStorage): Save {
  const text = storage.getItem(SAVE_KEY);
  if (text === null) throw new Error('nothing saved');
  return JSON.parse(text) as Save;
}

function noticeKeys(store: GameStore): string[] {
  return store.getState().session.notices.map((n) => n.key);
}

/** A seed source the test can predict: first, first + 1, … and how many it gave. */
function seedsFrom(first: number) {
  let next = first;
  const source = { drawn: 0, draw: () => (source.drawn++, next++) };
  return source;
}

/** The seed the store of each test draws for its journey. */
const SEED = 101;

let storage: MapStorage;
let time: ReturnType<typeof clock>;
let seeds: ReturnType<typeof seedsFrom>;
let store: GameStore;

beforeEach(() => {
  storage = new MapStorage();
  time = clock();
  seeds = seedsFrom(SEED);
  store = createGameStore({ storage, now: time.now, drawSeed: seeds.draw });
});

describe('a fresh store', () => {
  it('starts with empty progress, default settings, no notice and no save offered', () => {
    const s = store.getState();
    expect(s.progress).toEqual(emptyProgress(SEED));
    expect(s.settings).toEqual({ lang: 'fr', muted: false, textSize: 'normal', timer: false, projector: false });
    expect(s.session).toMatchObject({ saveStatus: 'ok', notices: [], levelStartedAt: null });
    expect(s.hadSave).toBe(false);
  });

  it('writes nothing until something changes', () => {
    expect(storage.writes).toEqual([]);
  });
});

describe('persistence', () => {
  it('round trip: a second store on the same storage finds everything the first one earned', () => {
    store.getState().setLang('en');
    store.getState().setMuted(true);
    store.getState().setTextSize('large');
    store.getState().setTimer(true);
    store.getState().setProjector(true);
    store.getState().setSelfCheck('before', [2, 3, 4]);
    store.getState().startLevel('archive');
    time.advance(5_000);
    store.getState().completeLevel(result({ flags: { 'met-lison': true } }));

    const again = createGameStore({ storage, now: time.now });
    const s = again.getState();
    expect(s.hadSave).toBe(true);
    expect(s.settings).toEqual({ lang: 'en', muted: true, textSize: 'large', timer: true, projector: true });
    expect(s.progress).toEqual(store.getState().progress);
    expect(s.progress.levels.archive).toMatchObject({ stars: 3, timeMs: 5_000 });
    expect(s.session.notices).toEqual([]);
    expect(s.session.saveStatus).toBe('ok');
  });

  it('settings are persisted on each change (lang, muted)', () => {
    store.getState().setLang('en');
    expect(stored(storage).settings.lang).toBe('en');
    store.getState().setMuted(true);
    expect(stored(storage).settings).toMatchObject({ lang: 'en', muted: true });
    store.getState().setLang('fr');
    store.getState().setMuted(false);
    expect(stored(storage).settings).toMatchObject({ lang: 'fr', muted: false });
    expect(createGameStore({ storage }).getState().settings).toMatchObject({ lang: 'fr', muted: false });
  });

  it('what is written is a versioned save', () => {
    store.getState().setMuted(true);
    const save = stored(storage);
    expect(save.version).toBe(SAVE_VERSION);
    expect(save.progress).toEqual(emptyProgress(SEED));
  });

  it('session-only changes (notices, highlight) are not written', () => {
    store.getState().notify('url.unknown');
    const id = store.getState().session.notices[0]!.id;
    store.getState().dismissNotice(id);
    store.getState().setHighlight('cabinet');
    expect(store.getState().session.highlight).toBe('cabinet');
    store.getState().setHighlight(null);
    expect(storage.writes).toEqual([]);
  });

  it('the level in course is saved so "Continue" can resume it, and cleared on leaving', () => {
    store.getState().startLevel('archive');
    expect(stored(storage).progress.currentLevel).toBe('archive');
    expect(createGameStore({ storage }).getState().progress.currentLevel).toBe('archive');
    store.getState().leaveLevel();
    expect(store.getState().progress.currentLevel).toBeNull();
    expect(store.getState().session.levelStartedAt).toBeNull();
    expect(stored(storage).progress.currentLevel).toBeNull();
  });

  it('self-check answers are saved', () => {
    store.getState().setSelfCheck('before', [1, 2, 3]);
    store.getState().setSelfCheck('after', [4, 5, 5]);
    expect(stored(storage).progress.selfCheck).toEqual({ before: [1, 2, 3], after: [4, 5, 5] });
  });

  it('an imported progress and resetJourney are saved, and keep the settings', () => {
    store.getState().setLang('en');
    const imported = { ...emptyProgress(), badges: ['imported-badge'] };
    store.getState().importSave(JSON.stringify({ version: SAVE_VERSION, progress: imported, settings: defaultSettings() }));
    expect(stored(storage).progress.badges).toEqual(['imported-badge']);
    store.getState().resetJourney();
    expect(stored(storage).progress).toEqual(emptyProgress(SEED + 1));
    expect(stored(storage).settings.lang).toBe('en');
  });
});

describe("the journey's seed", () => {
  it('is drawn once when a journey starts, from the seed source, and saved with the progress', () => {
    expect(store.getState().progress.seed).toBe(SEED);
    expect(seeds.drawn).toBe(1);
    store.getState().startLevel('archive');
    expect(stored(storage).progress.seed).toBe(SEED);
  });

  it('two journeys drawn differently get different seeds', () => {
    const other = createGameStore({ storage: new MapStorage(), drawSeed: () => 7 });
    expect(other.getState().progress.seed).toBe(7);
    expect(other.getState().progress.seed).not.toBe(store.getState().progress.seed);
  });

  it('survives saving and loading: reopening keeps it and draws nothing', () => {
    store.getState().startLevel('archive');
    const later = seedsFrom(900);
    const again = createGameStore({ storage, now: time.now, drawSeed: later.draw });
    expect(again.getState().progress.seed).toBe(SEED);
    expect(later.drawn).toBe(0);
  });

  it('a new journey ("Nouveau parcours") draws a new one', () => {
    store.getState().startLevel('archive');
    store.getState().resetJourney();
    expect(store.getState().progress.seed).toBe(SEED + 1);
    expect(stored(storage).progress.seed).toBe(SEED + 1);
  });

  it('an imported progress does not change the order this journey is shown in', () => {
    const theirs = { ...emptyProgress(7), badges: ['imported-badge'] };
    store.getState().importSave(JSON.stringify({ version: SAVE_VERSION, progress: theirs, settings: defaultSettings() }));
    expect(store.getState().progress).toMatchObject({ badges: ['imported-badge'], seed: SEED });
  });

  it('an old save (version 1, no seed) gains one, written back at once and kept from then on', () => {
    const { seed: _none, ...oldProgress } = { ...emptyProgress(1), badges: ['old-badge'] };
    const disk = new MapStorage({ [SAVE_KEY]: JSON.stringify({ version: 1, progress: oldProgress, settings: defaultSettings() }) });
    const s = createGameStore({ storage: disk, drawSeed: () => 4242 });
    expect(s.getState().hadSave).toBe(true);
    expect(s.getState().session.notices).toEqual([]);
    expect(s.getState().progress).toEqual({ ...oldProgress, seed: 4242 });
    expect(stored(disk)).toMatchObject({ version: SAVE_VERSION, progress: { badges: ['old-badge'], seed: 4242 } });
    expect(createGameStore({ storage: disk, drawSeed: () => 1 }).getState().progress.seed).toBe(4242);
  });

  it('a save from before projector mode (version 2) opens with it off, in the settings it had, written back in the current version', () => {
    const { projector: _none, ...oldSettings } = { ...defaultSettings(), lang: 'en' as const, textSize: 'large' as const };
    const disk = new MapStorage({ [SAVE_KEY]: JSON.stringify({ version: 2, progress: { ...emptyProgress(9), badges: ['kept'] }, settings: oldSettings }) });
    const s = createGameStore({ storage: disk });
    expect(s.getState().hadSave).toBe(true);
    expect(s.getState().session.notices).toEqual([]);
    expect(s.getState().settings).toEqual({ lang: 'en', muted: false, textSize: 'large', timer: false, projector: false });
    expect(stored(disk)).toMatchObject({ version: SAVE_VERSION, settings: { projector: false }, progress: { badges: ['kept'], seed: 9 } });
    s.getState().setProjector(true);
    expect(createGameStore({ storage: disk }).getState().settings.projector).toBe(true);
  });

  it.each([
    ['a string', 'abc'],
    ['zero', 0],
    ['a negative number', -3],
    ['a fraction', 1.5],
    ['too big', 2 ** 32],
    ['null', null],
  ])('a save whose seed is %s keeps everything else and gets a good seed, without a notice', (_name, bad) => {
    const progress = { ...emptyProgress(1), badges: ['kept'], seed: bad };
    const disk = new MapStorage({ [SAVE_KEY]: JSON.stringify({ version: SAVE_VERSION, progress, settings: defaultSettings() }) });
    const s = createGameStore({ storage: disk, drawSeed: () => 77 });
    expect(s.getState().progress).toMatchObject({ badges: ['kept'], seed: 77 });
    expect(s.getState().session.notices).toEqual([]);
    expect(disk.keys()).toEqual([SAVE_KEY]);
    expect(stored(disk).progress.seed).toBe(77);
  });
});

describe('an unreadable save', () => {
  it.each([
    ['not JSON', '{{{ definitely not json'],
    ['the wrong shape', JSON.stringify({ version: SAVE_VERSION, progress: 'many', settings: null })],
    ['no version', JSON.stringify({ progress: emptyProgress() })],
  ])('(%s) is set aside intact, the main key removed, the store starts clean with a notice', (_name, text) => {
    const disk = new MapStorage({ [SAVE_KEY]: text });
    const s = createGameStore({ storage: disk, now: time.now, drawSeed: () => 5 });

    const backups = disk.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX));
    expect(backups).toHaveLength(1);
    expect(disk.getItem(backups[0]!)).toBe(text);
    expect(disk.getItem(SAVE_KEY)).toBeNull();

    expect(s.getState().progress).toEqual(emptyProgress(5));
    expect(s.getState().settings).toMatchObject({ lang: 'fr', muted: false });
    expect(s.getState().hadSave).toBe(false);
    expect(s.getState().session.saveStatus).toBe('ok');
    expect(s.getState().session.notices).toEqual([expect.objectContaining({ key: 'save.setAside', tone: 'warning' })]);
  });

  it('a save from a newer version stays as it is: the game plays, says so, and never writes over it', () => {
    const text = JSON.stringify({ version: SAVE_VERSION + 1, progress: emptyProgress(), settings: {} });
    const disk = new MapStorage({ [SAVE_KEY]: text });
    const s = createGameStore({ storage: disk, now: time.now });
    expect(s.getState().session.notices.map((n) => n.key)).toEqual(['save.newer', 'save.unavailable']);
    s.getState().setLang('en');
    s.getState().completeLevel({ levelId: 'archive', stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null });
    expect(disk.getItem(SAVE_KEY)).toBe(text);
    expect(disk.keys()).toEqual([SAVE_KEY]);
  });

  it('the game then saves normally and the set-aside copy stays untouched', () => {
    const disk = new MapStorage({ [SAVE_KEY]: 'garbage' });
    const s = createGameStore({ storage: disk, now: time.now });
    s.getState().setLang('en');
    const backup = disk.keys().find((k) => k.startsWith(UNREADABLE_PREFIX))!;
    expect(disk.getItem(backup)).toBe('garbage');
    expect(stored(disk).settings.lang).toBe('en');
    // Reopening: the new save loads, no second setting-aside.
    const reopened = createGameStore({ storage: disk, now: time.now });
    expect(reopened.getState().session.notices).toEqual([]);
    expect(disk.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX))).toEqual([backup]);
  });

  it('when it could not be copied aside (storage full), the next save does not overwrite it', () => {
    // Quota semantics: a new key does not fit, but rewriting an existing key does.
    class NoNewKeys extends MapStorage {
      override setItem(key: string, value: string): void {
        if (!this.map.has(key)) throw quotaError();
        super.setItem(key, value);
      }
    }
    const disk = new NoNewKeys({ [SAVE_KEY]: 'old progress, unreadable' });
    const s = createGameStore({ storage: disk, now: time.now });
    // Said truthfully: not set aside, left in place, with the original offered as a download.
    expect(noticeKeys(s)).toEqual(['save.setAsideFailed']);
    expect(s.getState().session.notices[0]!.action).toEqual({ kind: 'download', fileName: 'envol-save-original.json', text: 'old progress, unreadable' });
    expect(disk.getItem(SAVE_KEY)).toBe('old progress, unreadable');

    expect(() => s.getState().setLang('en')).not.toThrow();
    // "Leave the old save where it is rather than lose it" (save.ts): it must still be there.
    expect(disk.getItem(SAVE_KEY)).toBe('old progress, unreadable');
  });
});

describe('storage that cannot be written', () => {
  it('full storage: nothing throws, the game goes on, status becomes unavailable with one notice', () => {
    const full = new FullStorage();
    const s = createGameStore({ storage: full, now: time.now });
    expect(s.getState().session.saveStatus).toBe('ok');
    expect(s.getState().session.notices).toEqual([]);

    expect(() => {
      s.getState().setLang('en');
      s.getState().setMuted(true);
      s.getState().startLevel('archive');
      time.advance(1_000);
      s.getState().completeLevel(result());
      s.getState().setSelfCheck('after', [5, 5, 5]);
    }).not.toThrow();

    expect(full.setCalls).toBeGreaterThanOrEqual(5);
    expect(s.getState().session.saveStatus).toBe('unavailable');
    expect(noticeKeys(s)).toEqual(['save.unavailable']);
    expect(s.getState().session.notices[0]!.tone).toBe('warning');
    // The game state itself moved on.
    expect(s.getState().settings).toMatchObject({ lang: 'en', muted: true });
    expect(s.getState().progress.levels.archive?.stars).toBe(3);
    expect(s.getState().progress.badges).toEqual(['archive-detective']);
  });

  it('a dismissed notice does not come back on every later failed write', () => {
    const s = createGameStore({ storage: new FullStorage(), now: time.now });
    s.getState().setLang('en');
    s.getState().dismissNotice(s.getState().session.notices[0]!.id);
    s.getState().setMuted(true);
    s.getState().setLang('fr');
    expect(s.getState().session.notices).toEqual([]);
  });

  it('when writes work again, the status goes back to ok', () => {
    const full = new FullStorage();
    const s = createGameStore({ storage: full, now: time.now });
    s.getState().setLang('en');
    expect(s.getState().session.saveStatus).toBe('unavailable');
    full.full = false;
    s.getState().setMuted(true);
    expect(s.getState().session.saveStatus).toBe('ok');
    expect(stored(full).settings).toMatchObject({ lang: 'en', muted: true });
  });

  it('blocked storage (every call throws): the store starts and never throws', () => {
    let s: GameStore | undefined;
    expect(() => {
      s = createGameStore({ storage: new BlockedStorage(), now: time.now });
      s.getState().setLang('en');
      s.getState().startLevel('archive');
    }).not.toThrow();
    expect(s!.getState().session.saveStatus).toBe('unavailable');
    expect(noticeKeys(s!)).toEqual(['save.unavailable']);
  });

  it('no storage at all (null): status unavailable and a notice from the start; play goes on', () => {
    const s = createGameStore({ storage: null, now: time.now });
    expect(s.getState().session.saveStatus).toBe('unavailable');
    expect(s.getState().session.notices).toEqual([expect.objectContaining({ key: 'save.unavailable', tone: 'warning' })]);
    expect(s.getState().hadSave).toBe(false);
    s.getState().setLang('en');
    s.getState().startLevel('archive');
    s.getState().completeLevel(result());
    expect(s.getState().progress.levels.archive?.stars).toBe(3);
    expect(noticeKeys(s)).toEqual(['save.unavailable']);
  });
});

describe('completeLevel', () => {
  it('records the result, the time since startLevel (injected now) and the completion date', () => {
    store.getState().startLevel('archive');
    expect(store.getState().session.levelStartedAt).toBe(time.now());
    time.advance(83_250);
    store.getState().completeLevel(result({ hintTier: 1, stars: 2, mistakes: 2, choices: ['lock:x'] }));
    const rec = store.getState().progress.levels.archive!;
    expect(rec).toEqual({
      stars: 2,
      points: { 'valuing-ideas': 2, 'spotting-opportunities': 4 },
      hintTier: 1,
      mistakes: 2,
      choices: ['lock:x'],
      timeMs: 83_250,
      completedAt: new Date(time.now()).toISOString(),
    });
    expect(store.getState().progress.currentLevel).toBeNull();
    expect(store.getState().session.levelStartedAt).toBeNull();
    expect(stored(storage).progress.levels.archive).toEqual(rec);
  });

  it('without startLevel the time is 0', () => {
    store.getState().completeLevel(result());
    expect(store.getState().progress.levels.archive!.timeMs).toBe(0);
  });

  it('a replay never lowers stars or points, and adds new points', () => {
    store.getState().startLevel('archive');
    store.getState().completeLevel(result({ stars: 3, points: { 'valuing-ideas': 2, 'spotting-opportunities': 4 } }));
    store.getState().startLevel('archive');
    time.advance(10_000);
    store
      .getState()
      .completeLevel(
        result({ stars: 1, hintTier: 3, mistakes: 4, points: { 'valuing-ideas': 2, 'spotting-opportunities': 2, 'learning-through-experience': 1 } }),
      );
    const rec = store.getState().progress.levels.archive!;
    expect(rec.stars).toBe(3);
    expect(rec.points).toEqual({ 'valuing-ideas': 2, 'spotting-opportunities': 4, 'learning-through-experience': 1 });
    // Hints and mistakes belong to the run whose stars are kept; time is the latest play.
    expect(rec).toMatchObject({ hintTier: 0, mistakes: 0, timeMs: 10_000 });
  });

  it('a better replay raises stars and points', () => {
    store.getState().completeLevel(result({ stars: 1, points: { 'valuing-ideas': 1 } }));
    store.getState().completeLevel(result({ stars: 2, points: { 'valuing-ideas': 3 } }));
    expect(store.getState().progress.levels.archive).toMatchObject({ stars: 2, points: { 'valuing-ideas': 3 } });
  });

  it('adds the badge once, however often the level is finished', () => {
    store.getState().completeLevel(result());
    store.getState().completeLevel(result());
    store.getState().completeLevel(result({ levelId: 'fablab', badge: 'maker' }));
    store.getState().completeLevel(result({ levelId: 'square', badge: null }));
    expect(store.getState().progress.badges).toEqual(['archive-detective', 'maker']);
  });

  it('merges flags into the journey flags, the latest value winning', () => {
    store.getState().completeLevel(result({ flags: { 'met-lison': true, 'shop-name': 'Ana' } }));
    store.getState().completeLevel(result({ levelId: 'square', flags: { 'shop-name': 'Chez Ana', pitched: false } }));
    expect(store.getState().progress.flags).toEqual({ 'met-lison': true, 'shop-name': 'Chez Ana', pitched: false });
  });

  it('keeps the other levels untouched', () => {
    store.getState().completeLevel(result({ levelId: 'archive' }));
    const archive = store.getState().progress.levels.archive;
    store.getState().completeLevel(result({ levelId: 'square', stars: 1 }));
    expect(store.getState().progress.levels.archive).toEqual(archive);
    expect(Object.keys(store.getState().progress.levels).sort()).toEqual(['archive', 'square']);
  });
});

describe('notices', () => {
  it('each key appears once; ids are distinct; dismiss removes by id', () => {
    store.getState().notify('level.problems', 'warning', { count: 2 });
    store.getState().notify('level.problems', 'warning', { count: 3 });
    store.getState().notify('url.unknown');
    const notices = store.getState().session.notices;
    expect(notices.map((n) => n.key)).toEqual(['level.problems', 'url.unknown']);
    expect(notices[0]).toMatchObject({ tone: 'warning', params: { count: 2 } });
    expect(notices[1]).toMatchObject({ tone: 'info' });
    expect(notices[1]).not.toHaveProperty('params');
    expect(new Set(notices.map((n) => n.id)).size).toBe(2);
    store.getState().dismissNotice(notices[0]!.id);
    expect(noticeKeys(store)).toEqual(['url.unknown']);
  });

  it('a dismissed notice can be raised again', () => {
    store.getState().notify('save.imported');
    store.getState().dismissNotice(store.getState().session.notices[0]!.id);
    store.getState().notify('save.imported');
    expect(noticeKeys(store)).toEqual(['save.imported']);
  });
});
