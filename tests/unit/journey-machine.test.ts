import { describe, expect, it, vi } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { isJourneyComplete, levelStatus, type LevelResult } from '../../src/core/journey';
import type { Level } from '../../src/core/level/loader';
import { journeyMachine, type JourneyDeps } from '../../src/core/machines/journey';
import { createGameStore } from '../../src/core/store';
import { codeLock, levelData, loadLevel } from './support/levels';
import { MapStorage } from './support/storage';

/** Tiny levels: no room, one code lock each, one intro line. */
const levelA = loadLevel(levelData({ id: 'a', order: 1, puzzles: [codeLock('lock-a', '11')] }));
const levelB = loadLevel(levelData({ id: 'b', order: 2, puzzles: [codeLock('lock-b', '22')] }));
const CODES: Record<string, string> = { a: '11', b: '22' };

interface FakeOptions {
  levels?: Level[];
  done?: string[];
  selfCheck?: { before?: boolean; after?: boolean };
  resume?: string | null;
}

/**
 * Deps that behave like the real store: levels open in order, onLevelDone marks the level
 * done (so isComplete() changes), onLevelStart remembers the level for "Continue".
 */
function fakeDeps(opts: FakeOptions = {}) {
  const levels = opts.levels ?? [levelA, levelB];
  const state = {
    done: new Set(opts.done ?? []),
    selfCheck: { before: false, after: false, ...opts.selfCheck },
    current: opts.resume ?? null,
  };
  const indexOf = (id: string) => levels.findIndex((l) => l.id === id);
  const deps = {
    levelInput: vi.fn((id: string) => {
      const level = levels.find((l) => l.id === id);
      return level ? { level, lang: 'en' as const, flags: {} } : null;
    }),
    isOpen: vi.fn((id: string) => {
      const i = indexOf(id);
      if (i < 0) return false;
      const prev = levels[i - 1];
      return state.done.has(id) || !prev || state.done.has(prev.id);
    }),
    isComplete: vi.fn(() => levels.every((l) => state.done.has(l.id))),
    selfCheckDone: vi.fn((when: 'before' | 'after') => state.selfCheck[when]),
    resumeLevel: vi.fn(() => state.current),
    onLevelStart: vi.fn((id: string) => {
      state.current = id;
    }),
    onLevelDone: vi.fn((result: LevelResult) => {
      state.done.add(result.levelId);
      state.current = null;
    }),
    onLevelQuit: vi.fn(() => {
      state.current = null;
    }),
  } satisfies JourneyDeps;
  return { deps, state };
}

function start(deps: JourneyDeps) {
  return createActor(journeyMachine, { input: { deps } }).start();
}
type Journey = ReturnType<typeof start>;

function levelChild(journey: Journey): AnyActorRef {
  const child = journey.getSnapshot().children.level as AnyActorRef | undefined;
  expect(child, `no level child in ${JSON.stringify(journey.getSnapshot().value)}`).toBeDefined();
  return child!;
}

/** Plays the invoked level to its end: intro, the one lock, solved, debrief. */
function playLevel(journey: Journey, levelId: string) {
  const level = levelChild(journey);
  level.send({ type: 'intro.next' });
  expect(level.getSnapshot().value).toBe('puzzle');
  const puzzle = level.getSnapshot().children.puzzle as AnyActorRef;
  puzzle.send({ type: 'code.submit', code: CODES[levelId]! });
  expect(level.getSnapshot().value).toBe('solved');
  level.send({ type: 'level.continue' });
  level.send({ type: 'debrief.close' });
  expect(level.getSnapshot().status).toBe('done');
}

function toCity(journey: Journey) {
  journey.send({ type: 'journey.start' });
  if (journey.getSnapshot().value === 'selfCheckBefore') journey.send({ type: 'selfcheck.done' });
  expect(journey.getSnapshot().value).toBe('city');
}

describe('journey machine', () => {
  it('title → journey.start → selfCheckBefore (when missing) → selfcheck.done → city', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    expect(journey.getSnapshot().value).toBe('title');
    journey.send({ type: 'journey.start' });
    expect(journey.getSnapshot().value).toBe('selfCheckBefore');
    expect(deps.selfCheckDone).toHaveBeenCalledWith('before');
    journey.send({ type: 'selfcheck.done' });
    expect(journey.getSnapshot().value).toBe('city');
  });

  it('journey.start skips the self-check when it was already answered', () => {
    const { deps } = fakeDeps({ selfCheck: { before: true } });
    const journey = start(deps);
    journey.send({ type: 'journey.start' });
    expect(journey.getSnapshot().value).toBe('city');
  });

  it('place.enter on a locked level is refused: stays in the city, nothing started', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'b' });
    expect(journey.getSnapshot().value).toBe('city');
    journey.send({ type: 'place.enter', levelId: 'no-such-level' });
    expect(journey.getSnapshot().value).toBe('city');
    expect(deps.onLevelStart).not.toHaveBeenCalled();
    expect(journey.getSnapshot().children.level).toBeUndefined();
  });

  it('place.enter on an open level without level data is refused too', () => {
    const { deps } = fakeDeps();
    deps.levelInput.mockReturnValue(null);
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    expect(journey.getSnapshot().value).toBe('city');
    expect(deps.onLevelStart).not.toHaveBeenCalled();
  });

  it('place.enter on an open level enters "level", calls onLevelStart and invokes the level', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    expect(journey.getSnapshot().value).toBe('level');
    expect(journey.getSnapshot().context.levelId).toBe('a');
    expect(deps.onLevelStart).toHaveBeenCalledTimes(1);
    expect(deps.onLevelStart).toHaveBeenCalledWith('a');
    const level = levelChild(journey);
    expect(level.getSnapshot().value).toBe('intro');
    expect(level.getSnapshot().context.level.id).toBe('a');
    expect(deps.levelInput).toHaveBeenCalledWith('a');
  });

  it('the level played to its end: onLevelDone gets the result, back to the city', () => {
    const { deps, state } = fakeDeps();
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    playLevel(journey, 'a');
    expect(deps.onLevelDone).toHaveBeenCalledTimes(1);
    expect(deps.onLevelDone.mock.calls[0]![0]).toMatchObject({ levelId: 'a', stars: 3, mistakes: 0, hintTier: 0, badge: null });
    expect(state.done.has('a')).toBe(true);
    expect(journey.getSnapshot().value).toBe('city');
    expect(journey.getSnapshot().children.level).toBeUndefined();
    expect(deps.onLevelQuit).not.toHaveBeenCalled();
    // The next level is open now.
    journey.send({ type: 'place.enter', levelId: 'b' });
    expect(journey.getSnapshot().value).toBe('level');
  });

  it('a done level can be replayed', () => {
    const { deps } = fakeDeps({ done: ['a'], selfCheck: { before: true } });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    expect(journey.getSnapshot().value).toBe('level');
  });

  it('level.quit calls onLevelQuit and returns to the city, stopping the level', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    const level = levelChild(journey);
    level.send({ type: 'intro.next' });
    journey.send({ type: 'level.quit' });
    expect(journey.getSnapshot().value).toBe('city');
    expect(deps.onLevelQuit).toHaveBeenCalledTimes(1);
    expect(deps.onLevelDone).not.toHaveBeenCalled();
    expect(journey.getSnapshot().children.level).toBeUndefined();
    expect(level.getSnapshot().status).toBe('stopped');
  });

  it('journey.continue resumes the unfinished level when resumeLevel returns one', () => {
    const { deps } = fakeDeps({ done: ['a'], selfCheck: { before: true }, resume: 'b' });
    const journey = start(deps);
    journey.send({ type: 'journey.continue' });
    expect(journey.getSnapshot().value).toBe('level');
    expect(journey.getSnapshot().context.levelId).toBe('b');
    expect(deps.onLevelStart).toHaveBeenCalledWith('b');
    expect(levelChild(journey).getSnapshot().context.level.id).toBe('b');
  });

  it('journey.continue with nothing to resume goes to the city (or the self-check if missing)', () => {
    const none = fakeDeps({ selfCheck: { before: true } });
    const j1 = start(none.deps);
    j1.send({ type: 'journey.continue' });
    expect(j1.getSnapshot().value).toBe('city');

    const noCheck = fakeDeps();
    const j2 = start(noCheck.deps);
    j2.send({ type: 'journey.continue' });
    expect(j2.getSnapshot().value).toBe('selfCheckBefore');
  });

  it('journey.continue does not resume a level that is no longer open or known', () => {
    const { deps } = fakeDeps({ selfCheck: { before: true }, resume: 'b' }); // "a" not done: "b" is locked
    const journey = start(deps);
    journey.send({ type: 'journey.continue' });
    expect(journey.getSnapshot().value).toBe('city');
    expect(deps.onLevelStart).not.toHaveBeenCalled();
  });

  it('report.open is refused before the journey is complete', () => {
    const { deps } = fakeDeps({ selfCheck: { before: true } });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'report.open' });
    expect(journey.getSnapshot().value).toBe('city');
  });

  it('report.open from the city asks the closing self-check first when it is missing', () => {
    const { deps, state } = fakeDeps({ selfCheck: { before: true }, done: ['a', 'b'] });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'report.open' });
    expect(journey.getSnapshot().value).toBe('selfCheckAfter');
    journey.send({ type: 'selfcheck.done' });
    expect(journey.getSnapshot().value).toBe('report');
    journey.send({ type: 'city.open' });
    expect(journey.getSnapshot().value).toBe('city');
    state.selfCheck.after = true;
    journey.send({ type: 'report.open' });
    expect(journey.getSnapshot().value).toBe('report');
    journey.send({ type: 'journey.toTitle' });
    expect(journey.getSnapshot().value).toBe('title');
  });

  it('when the deps already say the journey is complete, finishing a level leads to the closing self-check, then the report', () => {
    // A replay of the last level, with the self-check after still to do.
    const { deps } = fakeDeps({ done: ['a', 'b'], selfCheck: { before: true } });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(journey, 'b');
    expect(journey.getSnapshot().value).toBe('selfCheckAfter');
    journey.send({ type: 'selfcheck.done' });
    expect(journey.getSnapshot().value).toBe('report');
  });

  it('when the self-check after was already answered, finishing the last level returns to the city', () => {
    const { deps } = fakeDeps({ done: ['a', 'b'], selfCheck: { before: true, after: true } });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(journey, 'b');
    expect(journey.getSnapshot().value).toBe('city');
  });

  it('finishing the LAST level for the first time leads to the closing self-check (onLevelDone runs before isComplete is checked)', () => {
    const { deps, state } = fakeDeps({ done: ['a'], selfCheck: { before: true } });
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'b' });
    deps.isComplete.mockClear();
    playLevel(journey, 'b');
    expect(deps.onLevelDone).toHaveBeenCalledTimes(1);
    expect(state.done.has('b')).toBe(true);
    // The guard asked isComplete() after onLevelDone had marked the level done.
    const doneAt = deps.onLevelDone.mock.invocationCallOrder[0]!;
    expect(deps.isComplete.mock.invocationCallOrder.some((order) => order > doneAt)).toBe(true);
    expect(deps.isComplete.mock.results.at(-1)?.value).toBe(true);
    expect(journey.getSnapshot().value).toBe('selfCheckAfter');
  });

  it('a whole journey from the title: both levels, then the closing self-check and the report', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    toCity(journey);
    journey.send({ type: 'place.enter', levelId: 'a' });
    playLevel(journey, 'a');
    expect(journey.getSnapshot().value).toBe('city');
    journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(journey, 'b');
    expect(deps.onLevelDone.mock.calls.map(([r]) => r.levelId)).toEqual(['a', 'b']);
    expect(journey.getSnapshot().value).toBe('selfCheckAfter');
    journey.send({ type: 'selfcheck.done' });
    expect(journey.getSnapshot().value).toBe('report');
  });

  it('with deps backed by the real store (as src/ui/app.ts wires them), the last level leads to the self-check after', () => {
    const levels = [levelA, levelB];
    const store = createGameStore({ storage: new MapStorage() });
    const s = () => store.getState();
    const deps: JourneyDeps = {
      levelInput: (id) => {
        const level = levels.find((l) => l.id === id);
        return level ? { level, lang: s().settings.lang, flags: s().progress.flags } : null;
      },
      isOpen: (id) => levelStatus(levels, s().progress, id) !== 'locked',
      isComplete: () => isJourneyComplete(levels, s().progress),
      selfCheckDone: (when) => s().progress.selfCheck[when] !== undefined,
      resumeLevel: () => s().progress.currentLevel,
      onLevelStart: (id) => s().startLevel(id),
      onLevelDone: (result) => s().completeLevel(result),
      onLevelQuit: () => s().leaveLevel(),
    };
    const journey = start(deps);
    journey.send({ type: 'journey.start' });
    s().setSelfCheck('before', [3, 3, 3]);
    journey.send({ type: 'selfcheck.done' });
    journey.send({ type: 'place.enter', levelId: 'a' });
    expect(s().progress.currentLevel).toBe('a');
    playLevel(journey, 'a');
    expect(journey.getSnapshot().value).toBe('city');
    expect(s().progress.levels.a?.stars).toBe(3);
    journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(journey, 'b');
    expect(s().progress.levels.b?.stars).toBe(3);
    expect(journey.getSnapshot().value).toBe('selfCheckAfter');
  });

  it('events that do not apply are ignored', () => {
    const { deps } = fakeDeps();
    const journey = start(deps);
    journey.send({ type: 'place.enter', levelId: 'a' });
    journey.send({ type: 'selfcheck.done' });
    journey.send({ type: 'level.quit' });
    expect(journey.getSnapshot().value).toBe('title');
    expect(deps.onLevelStart).not.toHaveBeenCalled();
    expect(deps.onLevelQuit).not.toHaveBeenCalled();
  });
});
