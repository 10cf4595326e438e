/**
 * Saves that repair instead of discarding: each bad value is dropped or clamped alone, the rest
 * is kept, the player is told, the original is kept aside and can be restored from the title.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { levelStatus, mergeProgress } from '../../src/core/journey';
import type { Level } from '../../src/core/level/loader';
import { defaultSettings, emptyProgress, loadSave, parseSave, SAVE_KEY, SAVE_VERSION, type Save } from '../../src/core/save';
import { createGameStore } from '../../src/core/store';
import { FullStorage, MapStorage, quotaError } from './support/storage';

const PREFIX = `${SAVE_KEY}.unreadable.`;
const FIXED = new Date('2026-03-14T09:26:53.000Z');
const noDraw = () => {
  throw new Error('no seed should be drawn');
};

function record(stars: number) {
  return { stars, points: { 'valuing-ideas': 2 }, hintTier: 1, mistakes: 2, choices: ['talk:ask'], timeMs: 1000, completedAt: '2026-03-14T09:00:00.000Z' };
}

function sample() {
  return {
    version: SAVE_VERSION,
    progress: {
      levels: { archive: record(2), square: record(3) },
      flags: { 'met-lison': true },
      badges: ['archive-detective'],
      selfCheck: { before: [3, 4, 2] },
      currentLevel: 'square',
      seed: 4242,
    },
    settings: { ...defaultSettings(), lang: 'en', muted: true },
  };
}

const text = (mutate: (s: ReturnType<typeof sample> & Record<string, unknown>) => void) => {
  const s = sample();
  mutate(s);
  return JSON.stringify(s);
};

function parsed(t: string) {
  const result = parseSave(t, noDraw);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

const levels = (...ids: string[]) => ids.map((id) => ({ id }) as Level);

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('salvage, field by field', () => {
  it('stars of -1 become 0; the record and the rest of the save are kept', () => {
    const result = parsed(text((s) => (s.progress.levels.archive.stars = -1)));
    expect(result.save.progress.levels.archive).toEqual(record(0));
    expect(result.save.progress.levels.square).toEqual(record(3));
    expect(result.save.progress.badges).toEqual(['archive-detective']);
    expect(result.save.settings).toMatchObject({ lang: 'en', muted: true });
    expect(result.repairs).toEqual(['progress.levels.archive.stars']);
    expect(result.upgraded).toBe(true);
  });

  it('negative counts become 0; a record that is not one is dropped alone', () => {
    const result = parsed(
      text((s) => {
        s.progress.levels.archive.mistakes = -3;
        (s.progress.levels as Record<string, unknown>).broken = 'oops';
      }),
    );
    expect(result.save.progress.levels.archive!.mistakes).toBe(0);
    expect(Object.keys(result.save.progress.levels).sort()).toEqual(['archive', 'square']);
    expect(result.repairs).toEqual(['progress.levels.archive.mistakes', 'progress.levels.broken']);
  });

  it('bad badges and flags entries are filtered out, self-check values clamped to 1–5', () => {
    const result = parsed(
      text((s) => {
        (s.progress as Record<string, unknown>).badges = ['archive-detective', 7, null];
        (s.progress.flags as Record<string, unknown>).bad = { no: 1 };
        s.progress.selfCheck.before = [0, 9, 2];
      }),
    );
    expect(result.save.progress.badges).toEqual(['archive-detective']);
    expect({ ...result.save.progress.flags }).toEqual({ 'met-lison': true });
    expect(result.save.progress.selfCheck.before).toEqual([1, 5, 2]);
  });

  it('a missing setting gets its default; the other settings and the progress are kept', () => {
    const result = parsed(text((s) => delete (s.settings as Partial<typeof s.settings>).muted));
    expect(result.save.settings).toEqual({ ...defaultSettings(), lang: 'en', muted: false });
    expect(result.save.progress.levels.archive).toEqual(record(2));
    expect(result.repairs).toEqual(['settings.muted']);
  });

  it('an unknown language gets the default one; the rest is kept', () => {
    const result = parsed(text((s) => ((s.settings as Record<string, unknown>).lang = 'klingon')));
    expect(result.save.settings).toEqual({ ...defaultSettings(), muted: true });
    expect(result.repairs).toEqual(['settings.lang']);
  });

  it('a sound save is read as it was, nothing repaired', () => {
    const result = parsed(text(() => {}));
    expect(result.repairs).toEqual([]);
    expect(result.upgraded).toBe(false);
  });
});

describe('fields written by a newer version', () => {
  it('are kept as they are, and written back by the store', () => {
    const disk = new MapStorage({
      [SAVE_KEY]: text((s) => {
        s.shop = { name: 'Chez Ana' };
        (s.progress as Record<string, unknown>).streak = 4;
        (s.settings as Record<string, unknown>).contrast = 'high';
        (s.progress.levels.archive as Record<string, unknown>).replays = 2;
      }),
    });
    const store = createGameStore({ storage: disk, drawSeed: noDraw });
    store.getState().setMuted(false);
    const written = JSON.parse(disk.getItem(SAVE_KEY)!);
    expect(written.shop).toEqual({ name: 'Chez Ana' });
    expect(written.progress.streak).toBe(4);
    expect(written.settings).toMatchObject({ contrast: 'high', muted: false });
    expect(written.progress.levels.archive.replays).toBe(2);
    // Unknown fields are not damage: nothing to tell, nothing set aside.
    expect(store.getState().session.notices).toEqual([]);
    expect(disk.keys()).toEqual([SAVE_KEY]);
  });
});

describe('level ids that are names of Object.prototype', () => {
  const odd = ['__proto__', 'constructor', 'toString'];
  const withOddIds = () =>
    `{"version":${SAVE_VERSION},"progress":{"levels":{"__proto__":${JSON.stringify(record(2))},"constructor":${JSON.stringify(record(3))},"toString":{"stars":"x"},"archive":${JSON.stringify(record(1))}},"flags":{"__proto__":{"polluted":true},"constructor":true},"badges":[],"selfCheck":{},"currentLevel":null,"seed":9},"settings":${JSON.stringify(defaultSettings())}}`;

  it('in a save: no crash, each a plain id, prototype untouched', () => {
    const result = parsed(withOddIds());
    const ids = Object.keys(result.save.progress.levels).sort();
    expect(ids).toEqual(['__proto__', 'archive', 'constructor']);
    expect(result.save.progress.levels['__proto__']!.stars).toBe(2);
    expect(Object.keys(result.save.progress.flags).sort()).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a level called constructor or toString is not done unless really finished', () => {
    const progress = emptyProgress(1);
    const journey = levels('archive', 'constructor', 'toString', '__proto__');
    for (const id of ['constructor', 'toString', '__proto__']) expect(levelStatus(journey, progress, id)).not.toBe('done');
    const store = createGameStore({ storage: new MapStorage(), drawSeed: () => 3 });
    store.getState().completeLevel({ levelId: 'constructor', stars: 2, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null });
    expect(levelStatus(journey, store.getState().progress, 'constructor')).toBe('done');
    expect(levelStatus(journey, store.getState().progress, 'toString')).toBe('open');
    store.getState().completeLevel({ levelId: '__proto__', stars: 1, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null });
    expect(Object.keys(store.getState().progress.levels).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('in an imported file: no crash, merged as plain ids, prototype untouched', () => {
    const store = createGameStore({ storage: new MapStorage(), drawSeed: () => 3 });
    // Every record sound: only the ids are odd (today this threw a TypeError inside the file picker).
    const file = withOddIds().replace(',"toString":{"stars":"x"}', '');
    expect(() => store.getState().importSave(file)).not.toThrow();
    expect(store.getState().session.notices.map((n) => n.key)).toContain('save.imported');
    const progress = store.getState().progress;
    expect(Object.keys(progress.levels).sort()).toEqual(['__proto__', 'archive', 'constructor']);
    expect(levelStatus(levels('toString'), progress, 'toString')).toBe('open');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Reloaded from what was written: the same.
    const again = createGameStore({ storage: new MapStorage({ [SAVE_KEY]: store.getState().exportSave() }), drawSeed: noDraw });
    expect(Object.keys(again.getState().progress.levels).sort()).toEqual(['__proto__', 'archive', 'constructor']);
  });

  it('mergeProgress takes odd ids from both sides without reading a prototype', () => {
    const mine = { ...emptyProgress(1), levels: JSON.parse(`{"__proto__":${JSON.stringify(record(3))}}`) };
    const theirs = { ...emptyProgress(2), levels: JSON.parse(`{"__proto__":${JSON.stringify(record(1))},"constructor":${JSON.stringify(record(2))}}`) };
    const merged = mergeProgress(mine, theirs);
    expect(Object.keys(merged.levels).sort()).toEqual(['__proto__', 'constructor']);
    expect(merged.levels['__proto__']!.stars).toBe(3);
    for (const id of odd) expect(typeof merged.levels[id] === 'function').toBe(false);
  });
});

describe('telling the player, keeping the original', () => {
  it('a repaired save: the original is set aside, the repaired one written back, and a notice says so', () => {
    const original = text((s) => (s.progress.levels.archive.stars = -1));
    const disk = new MapStorage({ [SAVE_KEY]: original });
    const store = createGameStore({ storage: disk, drawSeed: noDraw });
    const backups = disk.keys().filter((k) => k.startsWith(PREFIX));
    expect(backups).toHaveLength(1);
    expect(disk.getItem(backups[0]!)).toBe(original);
    expect(JSON.parse(disk.getItem(SAVE_KEY)!).progress.levels.archive.stars).toBe(0);
    expect(store.getState().hadSave).toBe(true);
    expect(store.getState().session.notices).toEqual([expect.objectContaining({ key: 'save.repaired', tone: 'warning' })]);
    expect(store.getState().session.saveStatus).toBe('ok');
  });

  it('storage too full to set the original aside: said truthfully, a download offered, the original never overwritten', () => {
    const original = text((s) => (s.progress.levels.archive.stars = -1));
    const disk = new FullStorage({ [SAVE_KEY]: original });
    const store = createGameStore({ storage: disk, drawSeed: noDraw });
    expect(store.getState().session.notices).toEqual([
      expect.objectContaining({
        key: 'save.repairedNotKept',
        tone: 'warning',
        action: { kind: 'download', fileName: 'envol-save-original.json', text: original },
      }),
    ]);
    expect(store.getState().session.saveStatus).toBe('unavailable');
    // The repaired progress is played with, but the original stays where it was.
    expect(store.getState().progress.levels.archive!.stars).toBe(0);
    disk.full = false;
    store.getState().setMuted(false);
    expect(disk.getItem(SAVE_KEY)).toBe(original);
  });

  it('loadSave says where the original went, or hands it back when it could not be kept', () => {
    const original = text((s) => (s.progress.levels.archive.stars = -1));
    expect(loadSave(new MapStorage({ [SAVE_KEY]: original }), () => FIXED, noDraw)).toMatchObject({
      status: 'loaded',
      backupKey: `${PREFIX}${FIXED.toISOString()}`,
      original: null,
    });
    expect(loadSave(new FullStorage({ [SAVE_KEY]: original }), () => FIXED, noDraw)).toMatchObject({ status: 'loaded', backupKey: null, original });
  });
});

describe('restoring a set-aside save from the title', () => {
  it('lists the saves set aside, newest first, with their date', () => {
    const disk = new MapStorage({ [`${PREFIX}2026-01-01T10:00:00.000Z`]: 'a', [`${PREFIX}2026-02-01T10:00:00.000Z`]: 'b', other: 'x' });
    const store = createGameStore({ storage: disk, drawSeed: () => 3 });
    expect(store.getState().setAsideSaves()).toEqual([
      { key: `${PREFIX}2026-02-01T10:00:00.000Z`, date: '2026-02-01T10:00:00.000Z' },
      { key: `${PREFIX}2026-01-01T10:00:00.000Z`, date: '2026-01-01T10:00:00.000Z' },
    ]);
  });

  it('brings it back through the same salvage, sets the current journey aside, and keeps the copy', () => {
    const key = `${PREFIX}2026-01-01T10:00:00.000Z`;
    const setAside = text((s) => (s.progress.levels.archive.stars = -1));
    const disk = new MapStorage({ [key]: setAside });
    const store = createGameStore({ storage: disk, drawSeed: () => 3, now: () => FIXED.getTime() });
    store.getState().completeLevel({ levelId: 'other', stars: 1, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null });

    expect(store.getState().restoreSetAside(key)).toBe(true);
    expect(store.getState().progress.levels.archive!.stars).toBe(0);
    expect(store.getState().progress.levels.square).toEqual(record(3));
    expect(store.getState().settings).toMatchObject({ lang: 'en', muted: true });
    expect(store.getState().session.notices.map((n) => n.key)).toContain('save.repaired');
    const written: Save = JSON.parse(disk.getItem(SAVE_KEY)!);
    expect(written.progress.levels.archive!.stars).toBe(0);
    expect(disk.getItem(key)).toBe(setAside);
    const replaced = disk.getItem(`${PREFIX}${FIXED.toISOString()}`);
    expect(JSON.parse(replaced!).progress.levels.other.stars).toBe(1);
  });

  it('a set-aside save that cannot be read at all changes nothing and says so', () => {
    const key = `${PREFIX}2026-01-01T10:00:00.000Z`;
    const disk = new MapStorage({ [key]: '{not json' });
    const store = createGameStore({ storage: disk, drawSeed: () => 3 });
    const before = store.getState().progress;
    expect(store.getState().restoreSetAside(key)).toBe(false);
    expect(store.getState().restoreSetAside(`${PREFIX}missing`)).toBe(false);
    expect(store.getState().progress).toBe(before);
    expect(store.getState().session.notices.map((n) => n.key)).toEqual(['save.restoreFailed']);
  });

  it('setting the current journey aside may fail (storage full): the restore still happens', () => {
    class NoNewKeys extends MapStorage {
      override setItem(key: string, value: string): void {
        if (!this.map.has(key)) throw quotaError();
        super.setItem(key, value);
      }
    }
    const key = `${PREFIX}2026-01-01T10:00:00.000Z`;
    const disk = new NoNewKeys({ [key]: text(() => {}), [SAVE_KEY]: JSON.stringify({ ...sample(), progress: { ...sample().progress, levels: {} } }) });
    const store = createGameStore({ storage: disk, drawSeed: noDraw });
    expect(store.getState().restoreSetAside(key)).toBe(true);
    expect(Object.keys(store.getState().progress.levels).sort()).toEqual(['archive', 'square']);
    expect(store.getState().session.notices.map((n) => n.key)).toEqual(['save.restored']);
  });
});
