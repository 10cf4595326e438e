import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  emptyProgress,
  journeySeedSchema,
  loadSave,
  parseSave,
  randomSeed,
  SAVE_KEY,
  SAVE_VERSION,
  saveSchema,
  writeSave,
  type Save,
} from '../../src/core/save';
import { BlockedStorage, FullStorage, MapStorage } from './support/storage';

const FIXED = new Date('2025-03-14T09:26:53.000Z');
const fixedNow = () => FIXED;
const BACKUP_KEY = `${SAVE_KEY}.unreadable.${FIXED.toISOString()}`;
/** A seed source for saves that have no good seed; a test that expects none to be drawn passes `noDraw`. */
const drawn = (seed: number) => () => seed;
const noDraw = () => {
  throw new Error('no seed should be drawn');
};

/** The sample save as version 1 wrote it: no seed, no projector mode. */
function versionOneSave() {
  const { seed: _seed, ...progress } = sampleSave().progress;
  const { projector: _projector, ...settings } = sampleSave().settings;
  return { ...sampleSave(), version: 1, progress, settings };
}

/** The sample save as version 2 wrote it: a seed, no projector mode yet. */
function versionTwoSave() {
  const { projector: _projector, ...settings } = sampleSave().settings;
  return { ...sampleSave(), version: 2, settings };
}

function sampleSave(): Save {
  return {
    version: SAVE_VERSION,
    progress: {
      levels: {
        archive: {
          stars: 2,
          points: { 'valuing-ideas': 2, 'spotting-opportunities': 3 },
          hintTier: 1,
          mistakes: 2,
          choices: ['talk:ask-politely'],
          timeMs: 93_500,
          completedAt: '2025-03-14T09:00:00.000Z',
        },
      },
      flags: { 'met-lison': true, 'shop-name': 'Chez Ana' },
      badges: ['archive-detective'],
      selfCheck: { before: [3, 4, 2] },
      currentLevel: 'grand-place',
      seed: 2_718_281_828,
    },
    settings: { lang: 'en', muted: true, textSize: 'large', timer: true, projector: false },
  };
}

describe('defaults', () => {
  it('empty progress has nothing earned, no level in course, and the seed it was given', () => {
    expect(emptyProgress(12)).toEqual({ levels: {}, flags: {}, badges: [], selfCheck: {}, currentLevel: null, seed: 12 });
  });

  it('the game draws seeds that a save accepts, and not always the same one', () => {
    const seeds = Array.from({ length: 20 }, () => randomSeed());
    for (const seed of seeds) expect(journeySeedSchema.safeParse(seed).success).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('empty progress is a fresh object each time', () => {
    const a = emptyProgress();
    a.badges.push('x');
    expect(emptyProgress().badges).toEqual([]);
  });

  it('default settings: French, sound on, normal text, no timer, no projector mode', () => {
    expect(defaultSettings()).toEqual({ lang: 'fr', muted: false, textSize: 'normal', timer: false, projector: false });
  });

  it('a save made of the defaults passes the schema', () => {
    expect(saveSchema.safeParse({ version: SAVE_VERSION, progress: emptyProgress(1), settings: defaultSettings() }).success).toBe(true);
  });
});

describe('parseSave', () => {
  it('reads back what was written, the seed with it, drawing none', () => {
    const save = sampleSave();
    expect(parseSave(JSON.stringify(save), noDraw)).toEqual({ ok: true, save, upgraded: false, repairs: [], extra: {} });
  });

  it('a version 1 save (no seed yet) becomes the current version with a drawn seed and projector mode off, nothing else changed', () => {
    const old = versionOneSave();
    expect(parseSave(JSON.stringify(old), drawn(31_337))).toEqual({
      ok: true,
      save: { ...sampleSave(), progress: { ...sampleSave().progress, seed: 31_337 } },
      upgraded: true,
      repairs: [],
      extra: {},
    });
  });

  it('a version 2 save (no projector mode yet) is read with projector mode off, nothing else changed, and written back', () => {
    expect(parseSave(JSON.stringify(versionTwoSave()), noDraw)).toEqual({ ok: true, save: sampleSave(), upgraded: true, repairs: [], extra: {} });
  });

  it('a version 2 save keeps its other settings as they were', () => {
    const old = { ...versionTwoSave(), settings: { lang: 'fr', muted: false, textSize: 'normal', timer: false } };
    const parsed = parseSave(JSON.stringify(old), noDraw);
    expect(parsed.ok && parsed.save.settings).toEqual({ lang: 'fr', muted: false, textSize: 'normal', timer: false, projector: false });
  });

  it('a version 2 save whose settings are broken keeps its progress, with default settings for the bad ones', () => {
    expect(parseSave(JSON.stringify({ ...versionTwoSave(), settings: null }), noDraw)).toMatchObject({
      ok: true,
      save: { progress: sampleSave().progress, settings: defaultSettings() },
    });
    expect(parseSave(JSON.stringify({ ...versionTwoSave(), settings: { lang: 'en' } }), noDraw)).toMatchObject({
      ok: true,
      save: { settings: { ...defaultSettings(), lang: 'en' } },
    });
  });

  it('projector mode is saved and read back', () => {
    const save = { ...sampleSave(), settings: { ...sampleSave().settings, projector: true } };
    expect(parseSave(JSON.stringify(save), noDraw)).toEqual({ ok: true, save, upgraded: false, repairs: [], extra: {} });
  });

  it('a version 1 save without a progress is still refused; one with broken settings keeps its progress', () => {
    expect(parseSave(JSON.stringify({ ...versionOneSave(), progress: 'lots' }), drawn(5))).toEqual({ ok: false, reason: 'invalid' });
    expect(parseSave(JSON.stringify({ ...versionOneSave(), settings: null }), drawn(5))).toMatchObject({
      ok: true,
      save: { settings: defaultSettings() },
      repairs: ['settings'],
    });
  });

  it.each([
    ['missing', undefined],
    ['a string', '42'],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 3.5],
    ['too big', 2 ** 32],
    ['null', null],
    ['an object', { n: 1 }],
  ])('a seed that is %s is replaced by a drawn one; the save is still read', (_name, bad) => {
    const save = { ...sampleSave(), progress: { ...sampleSave().progress, seed: bad } };
    expect(parseSave(JSON.stringify(save), drawn(99))).toEqual({
      ok: true,
      save: { ...sampleSave(), progress: { ...sampleSave().progress, seed: 99 } },
      upgraded: true,
      repairs: [],
      extra: {},
    });
  });

  it('a seed source that gives something unusable still gives a good seed', () => {
    const save = { ...sampleSave(), progress: { ...sampleSave().progress, seed: 'bad' } };
    for (const odd of [0, -5, 2.7, NaN, Infinity, 2 ** 40]) {
      const parsed = parseSave(JSON.stringify(save), () => odd);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(journeySeedSchema.safeParse(parsed.save.progress.seed).success).toBe(true);
    }
  });

  it.each([
    ['not JSON', '{"version": 1, "progress":', 'not-json'],
    ['empty text', '', 'not-json'],
    ['JSON null', 'null', 'no-version'],
    ['a bare number', '42', 'no-version'],
    ['an array', '[1, 2, 3]', 'no-version'],
    ['no version', JSON.stringify({ progress: emptyProgress(1), settings: defaultSettings() }), 'no-version'],
    ['a version that is a string', JSON.stringify({ ...sampleSave(), version: '1' }), 'no-version'],
    ['a newer version', JSON.stringify({ ...sampleSave(), version: SAVE_VERSION + 1 }), 'newer'],
    ['an older version with no migration', JSON.stringify({ ...sampleSave(), version: 0 }), 'unknown-version'],
    ['the wrong shape', JSON.stringify({ version: SAVE_VERSION, progress: 'lots', settings: {} }), 'invalid'],
  ])('rejects %s (%s)', (_name, text, reason) => {
    expect(parseSave(text)).toEqual({ ok: false, reason });
  });

  it('repairs values out of range inside an otherwise good save, each alone, and says what it repaired', () => {
    const fixed = (mutate: (s: Save) => void) => {
      const s = sampleSave();
      mutate(s);
      const parsed = parseSave(JSON.stringify(s));
      if (!parsed.ok) throw new Error('the save should be repaired, not refused');
      return { save: parsed.save, repairs: parsed.repairs };
    };
    expect(fixed((s) => (s.progress.levels.archive!.stars = 4 as never))).toMatchObject({
      save: { progress: { levels: { archive: { stars: 3 } } } },
      repairs: ['progress.levels.archive.stars'],
    });
    expect(fixed((s) => (s.progress.levels.archive!.points = { 'valuing-ideas': -1 }))).toMatchObject({
      save: { progress: { levels: { archive: { points: { 'valuing-ideas': 0 } } } } },
      repairs: ['progress.levels.archive.points.valuing-ideas'],
    });
    expect(fixed((s) => (s.progress.levels.archive!.points = { 'not-a-competence': 1 } as never)).save.progress.levels.archive!.points).toEqual({});
    expect(fixed((s) => (s.progress.selfCheck = { before: [1, 2] as never })).save.progress.selfCheck).toEqual({});
    expect(fixed((s) => (s.progress.selfCheck = { before: [1, 2, 6] })).save.progress.selfCheck).toEqual({ before: [1, 2, 5] });
    expect(fixed((s) => (s.settings.lang = 'de' as never))).toMatchObject({ save: { settings: { lang: 'fr', muted: true } }, repairs: ['settings.lang'] });
  });
});

describe('writeSave / loadSave', () => {
  it('round trip: what is written loads back identical', () => {
    const storage = new MapStorage();
    const save = sampleSave();
    expect(writeSave(storage, save)).toBe('saved');
    expect(storage.getItem(SAVE_KEY)).toBe(JSON.stringify(save));
    expect(loadSave(storage, fixedNow, noDraw)).toEqual({ status: 'loaded', save, upgraded: false, repairs: [], extra: {}, backupKey: null, original: null });
  });

  it('an old save loads with the seed drawn for it, and says it was upgraded so the store writes it back', () => {
    const storage = new MapStorage({ [SAVE_KEY]: JSON.stringify(versionOneSave()) });
    const result = loadSave(storage, fixedNow, drawn(8));
    expect(result).toMatchObject({ status: 'loaded', upgraded: true, save: { version: SAVE_VERSION, progress: { seed: 8 } } });
    expect(storage.keys()).toEqual([SAVE_KEY]);
  });

  it('no save yet: empty, nothing written', () => {
    const storage = new MapStorage();
    expect(loadSave(storage, fixedNow)).toEqual({ status: 'empty', save: null });
    expect(storage.keys()).toEqual([]);
  });

  it.each([
    ['not JSON', 'this is {not json', 'not-json'],
    ['the wrong shape', JSON.stringify({ version: SAVE_VERSION, progress: 3 }), 'invalid'],
    ['no version', JSON.stringify({ progress: emptyProgress(1), settings: defaultSettings() }), 'no-version'],
  ])('an unreadable save (%s) is set aside with its text intact and the main key removed', (_name, text, reason) => {
    const storage = new MapStorage({ [SAVE_KEY]: text });
    const result = loadSave(storage, fixedNow);
    expect(result).toEqual({ status: 'set-aside', save: null, reason, backupKey: BACKUP_KEY, original: null });
    expect(storage.getItem(BACKUP_KEY)).toBe(text);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(storage.keys()).toEqual([BACKUP_KEY]);
  });

  it('a save from a newer version of the game is left where it is, untouched', () => {
    const text = JSON.stringify({ ...sampleSave(), version: 99 });
    const storage = new MapStorage({ [SAVE_KEY]: text });
    expect(loadSave(storage, fixedNow)).toEqual({ status: 'set-aside', save: null, reason: 'newer', backupKey: null, original: null });
    expect(storage.getItem(SAVE_KEY)).toBe(text);
    expect(storage.keys()).toEqual([SAVE_KEY]);
  });

  it('setting aside twice keeps both old saves', () => {
    const storage = new MapStorage({ [SAVE_KEY]: 'first broken' });
    loadSave(storage, () => new Date('2025-01-01T00:00:00.000Z'));
    storage.setItem(SAVE_KEY, 'second broken');
    loadSave(storage, () => new Date('2025-01-02T00:00:00.000Z'));
    expect(storage.getItem(`${SAVE_KEY}.unreadable.2025-01-01T00:00:00.000Z`)).toBe('first broken');
    expect(storage.getItem(`${SAVE_KEY}.unreadable.2025-01-02T00:00:00.000Z`)).toBe('second broken');
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('storage too full to copy the unreadable save: it is left where it is, not lost', () => {
    const storage = new FullStorage({ [SAVE_KEY]: 'broken{' });
    const result = loadSave(storage, fixedNow);
    expect(result).toEqual({ status: 'set-aside', save: null, reason: 'not-json', backupKey: null, original: 'broken{' });
    expect(storage.getItem(SAVE_KEY)).toBe('broken{');
  });

  it('storage that throws on read counts as no save', () => {
    expect(loadSave(new BlockedStorage(), fixedNow)).toEqual({ status: 'empty', save: null });
  });

  it('a write to full or blocked storage reports unavailable instead of throwing', () => {
    expect(writeSave(new FullStorage(), sampleSave())).toBe('unavailable');
    expect(writeSave(new BlockedStorage(), sampleSave())).toBe('unavailable');
  });
});
