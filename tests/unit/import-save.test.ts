import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/core/journey';
import { emptyProgress, SAVE_VERSION, defaultSettings, type Progress } from '../../src/core/save';
import { createGameStore } from '../../src/core/store';

const record = (stars: 1 | 2 | 3, points: Record<string, number>) => ({
  stars,
  points,
  hintTier: 0,
  mistakes: 0,
  choices: [],
  timeMs: 1000,
  completedAt: '2026-01-01T00:00:00.000Z',
});

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('bringing a save from another device', () => {
  it('merges without losing anything: best stars and points, both badges, own flags first', () => {
    const mine: Progress = { ...emptyProgress(), levels: { archive: record(3, { creativity: 1 }) }, badges: ['a'], flags: { supplier: 'local' } };
    const theirs: Progress = {
      ...emptyProgress(),
      levels: { archive: record(1, { creativity: 4 }), square: record(2, { vision: 2 }) },
      badges: ['b'],
      flags: { supplier: 'cheap', met: true },
      selfCheck: { before: [1, 2, 3] },
    };
    const merged = mergeProgress(mine, theirs);
    expect(merged.levels.archive?.stars).toBe(3);
    expect(merged.levels.archive?.points.creativity).toBe(4);
    expect(merged.levels.square?.stars).toBe(2);
    expect(merged.badges.sort()).toEqual(['a', 'b']);
    expect(merged.flags).toEqual({ supplier: 'local', met: true });
    expect(merged.selfCheck.before).toEqual([1, 2, 3]);
  });

  it('imports an exported file through the store, and refuses a bad one with a message', () => {
    const from = createGameStore({ storage: memoryStorage() });
    from.getState().startLevel('archive');
    from.getState().completeLevel({ levelId: 'archive', stars: 2, points: { vision: 3 }, hintTier: 1, mistakes: 0, choices: [], flags: {}, badge: 'x' });
    const exported = from.getState().exportSave();
    expect(JSON.parse(exported).version).toBe(SAVE_VERSION);

    const to = createGameStore({ storage: memoryStorage() });
    expect(to.getState().importSave('{"version":1,"progress":"nope"}')).toBe(false);
    expect(to.getState().session.notices.map((n) => n.key)).toContain('save.importFailed');
    expect(to.getState().progress.levels).toEqual({});
    expect(to.getState().importSave(exported)).toBe(true);
    expect(to.getState().progress.levels.archive?.stars).toBe(2);
    expect(to.getState().progress.badges).toEqual(['x']);
    expect(to.getState().settings).toEqual(defaultSettings());
  });
});
