/**
 * The journey as the game runs it: the real `createJourney` (the wiring src/ui/app.ts uses),
 * a real store on a Map storage, and a real catalogue loaded from level files. What the store
 * holds is what the journey decides from, so each test sets the store, not the answers.
 */
import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import type { LevelResult } from '../../src/core/journey';
import { createJourney, type CatalogueRef } from '../../src/core/journeyActor';
import { addTrainerLevel, INDEX_FILE, loadCatalogue, type Catalogue } from '../../src/core/level/catalogue';
import type { JourneyActor } from '../../src/core/machines/journey';
import { createGameStore } from '../../src/core/store';
import { codeLock, levelData, t } from './support/levels';
import { MapStorage } from './support/storage';

const NOW = Date.UTC(2026, 10, 23, 9, 0);

/** Tiny levels: no room, one code lock each, one intro line. */
const CODES: Record<string, string> = { a: '11', b: '22', mine: '33' };
const levelFile = (id: string, order: number) => JSON.stringify(levelData({ id, order, puzzles: [codeLock(`lock-${id}`, CODES[id]!)] }));

const FILES: Record<string, string> = {
  [INDEX_FILE]: JSON.stringify({ formatVersion: 1, places: [{ id: 'archive', name: t('Archives'), x: 50, y: 50 }], levels: ['a.json', 'b.json'] }),
  'a.json': levelFile('a', 1),
  'b.json': levelFile('b', 2),
};
const CATALOGUE: Catalogue = await loadCatalogue(async (path) => {
  const text = FILES[path];
  if (text === undefined) throw new Error(`404 ${path}`);
  return text;
});
/** A trainer's own level, loaded from a file while the game runs (never part of the journey). */
const TRAINER_FILE = levelFile('mine', 9);

interface GameOptions {
  /** Levels finished before the test starts. */
  done?: string[];
  /** Self-checks already answered. */
  answered?: ('before' | 'after')[];
  /** The level left unfinished last time. */
  resume?: string;
  /** The seed the store draws for a new journey. */
  seed?: number;
  /** The storage the store reads and writes (a fresh one by default). */
  storage?: MapStorage;
  /** The catalogue the game starts with (every level by default). */
  catalogue?: Catalogue;
}

function resultFor(levelId: string, extra: Partial<LevelResult> = {}): LevelResult {
  return { levelId, stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null, ...extra };
}

/** A fresh store (set up as the options say) and the real journey wired to it, started. */
function game(opts: GameOptions = {}) {
  const store = createGameStore({ storage: opts.storage ?? new MapStorage(), now: () => NOW, drawSeed: () => opts.seed ?? 1 });
  const s = () => store.getState();
  for (const when of opts.answered ?? []) s().setSelfCheck(when, [3, 3, 3]);
  for (const id of opts.done ?? []) s().completeLevel(resultFor(id));
  if (opts.resume) s().startLevel(opts.resume);
  const library: CatalogueRef = { current: opts.catalogue ?? CATALOGUE };
  const journey = createJourney(store, library);
  journey.start();
  return { store, s, library, journey };
}

const value = (journey: JourneyActor) => journey.getSnapshot().value;

function levelChild(journey: JourneyActor): AnyActorRef {
  const child = journey.getSnapshot().children.level as AnyActorRef | undefined;
  expect(child, `no level child in ${JSON.stringify(value(journey))}`).toBeDefined();
  return child!;
}

/** Plays the invoked level to its end: intro, the one lock, solved, debrief. */
function playLevel(journey: JourneyActor, levelId: string) {
  const level = levelChild(journey);
  expect(level.getSnapshot().context.level.id).toBe(levelId);
  level.send({ type: 'intro.next' });
  expect(level.getSnapshot().value).toBe('puzzle');
  const puzzle = level.getSnapshot().children.puzzle as AnyActorRef;
  puzzle.send({ type: 'code.submit', code: CODES[levelId]! });
  expect(level.getSnapshot().value).toBe('solved');
  level.send({ type: 'level.continue' });
  level.send({ type: 'debrief.close' });
  expect(level.getSnapshot().status).toBe('done');
}

/** What the self-check screen does: the answers go to the store, then the journey moves on. */
function answerSelfCheck(g: ReturnType<typeof game>, when: 'before' | 'after') {
  g.s().setSelfCheck(when, [2, 3, 4]);
  g.journey.send({ type: 'selfcheck.done' });
}

function toCity(g: ReturnType<typeof game>) {
  g.journey.send({ type: 'journey.start' });
  if (value(g.journey) === 'selfCheckBefore') answerSelfCheck(g, 'before');
  expect(value(g.journey)).toBe('city');
}

describe('the journey as the game wires it (real store, real catalogue)', () => {
  it('runs in Node: the catalogue loaded both levels and the journey starts on the title', () => {
    expect(CATALOGUE.problems).toEqual([]);
    expect(CATALOGUE.levels.map((l) => l.id)).toEqual(['a', 'b']);
    expect(value(game().journey)).toBe('title');
  });

  it('title → journey.start → selfCheckBefore (when missing) → selfcheck.done → city', () => {
    const g = game();
    g.journey.send({ type: 'journey.start' });
    expect(value(g.journey)).toBe('selfCheckBefore');
    answerSelfCheck(g, 'before');
    expect(value(g.journey)).toBe('city');
    expect(g.s().progress.selfCheck.before).toEqual([2, 3, 4]);
  });

  it('journey.start skips the self-check when it was already answered', () => {
    const { journey } = game({ answered: ['before'] });
    journey.send({ type: 'journey.start' });
    expect(value(journey)).toBe('city');
  });

  it('place.enter on a locked or unknown level is refused: stays in the city, nothing started', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(value(g.journey)).toBe('city');
    g.journey.send({ type: 'place.enter', levelId: 'no-such-level' });
    expect(value(g.journey)).toBe('city');
    expect(g.s().progress.currentLevel).toBeNull();
    expect(g.s().session.levelStartedAt).toBeNull();
    expect(g.journey.getSnapshot().children.level).toBeUndefined();
  });

  it('place.enter on an open level whose data is no longer in the catalogue is refused too', () => {
    const g = game();
    toCity(g);
    // "a" is open by the journey's order, but the catalogue of the moment has no file for it.
    g.library.current = { ...CATALOGUE, levels: CATALOGUE.levels.filter((l) => l.id !== 'a') };
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(value(g.journey)).toBe('city');
    expect(g.s().progress.currentLevel).toBeNull();
    expect(g.journey.getSnapshot().children.level).toBeUndefined();
  });

  it('place.enter on an open level enters "level", tells the store and invokes the level', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(value(g.journey)).toBe('level');
    expect(g.journey.getSnapshot().context.levelId).toBe('a');
    expect(g.s().progress.currentLevel).toBe('a');
    expect(g.s().session.levelStartedAt).toBe(NOW);
    const level = levelChild(g.journey);
    expect(level.getSnapshot().value).toBe('intro');
    expect(level.getSnapshot().context.level).toBe(CATALOGUE.levels[0]);
  });

  it('the level starts with the flags the store holds from earlier levels', () => {
    const g = game({ answered: ['before'] });
    g.s().completeLevel(resultFor('a', { flags: { 'met-ana': true } }));
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(levelChild(g.journey).getSnapshot().context.flags).toEqual({ 'met-ana': true });

    const fresh = game({ answered: ['before'] });
    toCity(fresh);
    fresh.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(fresh.journey).getSnapshot().context.flags).toEqual({});
  });

  it('the timer setting reaches the level: timed only when the trainer turned it on', () => {
    const off = game({ answered: ['before'] });
    toCity(off);
    off.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(off.journey).getSnapshot().context.timed).toBe(false);

    const on = game({ answered: ['before'] });
    on.s().setTimer(true);
    toCity(on);
    on.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(on.journey).getSnapshot().context.timed).toBe(true);
  });

  it("the level starts with the journey's seed, which gives each puzzle a seed of its own", () => {
    const g = game({ answered: ['before'], seed: 424_242 });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    const level = levelChild(g.journey);
    expect(level.getSnapshot().context.seed).toBe(424_242);

    const other = game({ answered: ['before'], seed: 7 });
    toCity(other);
    other.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(other.journey).getSnapshot().context.seed).toBe(7);
  });

  it('the seed is saved: the same journey reopened on the same storage plays with the same seed', () => {
    const storage = new MapStorage();
    const first = game({ answered: ['before'], seed: 99, storage });
    toCity(first);
    first.journey.send({ type: 'place.enter', levelId: 'a' });
    first.journey.send({ type: 'level.quit' });

    const reopened = game({ seed: 5, storage });
    reopened.journey.send({ type: 'journey.start' });
    reopened.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(reopened.journey).getSnapshot().context.seed).toBe(99);
  });

  it('a new journey (reset) plays with a newly drawn seed', () => {
    let next = 10;
    const store = createGameStore({ storage: new MapStorage(), now: () => NOW, drawSeed: () => next++ });
    const journey = createJourney(store, { current: CATALOGUE });
    journey.start();
    store.getState().setSelfCheck('before', [3, 3, 3]);
    store.getState().resetJourney();
    journey.send({ type: 'journey.start' });
    if (value(journey) === 'selfCheckBefore') journey.send({ type: 'selfcheck.done' });
    journey.send({ type: 'place.enter', levelId: 'a' });
    expect(levelChild(journey).getSnapshot().context.seed).toBe(11);
  });

  it('the level played to its end: the store records the result, back to the city, the next level opens', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    playLevel(g.journey, 'a');
    expect(g.s().progress.levels.a).toMatchObject({ stars: 3, mistakes: 0, hintTier: 0, timeMs: 0 });
    expect(g.s().progress.badges).toEqual([]);
    expect(g.s().progress.currentLevel).toBeNull();
    expect(value(g.journey)).toBe('city');
    expect(g.journey.getSnapshot().children.level).toBeUndefined();
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(value(g.journey)).toBe('level');
  });

  it('a done level can be replayed', () => {
    const g = game({ done: ['a'], answered: ['before'] });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    expect(value(g.journey)).toBe('level');
  });

  it('level.quit tells the store and returns to the city, stopping the level, recording nothing', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    const level = levelChild(g.journey);
    level.send({ type: 'intro.next' });
    g.journey.send({ type: 'level.quit' });
    expect(value(g.journey)).toBe('city');
    expect(g.s().progress.currentLevel).toBeNull();
    expect(g.s().session.levelStartedAt).toBeNull();
    expect(g.s().progress.levels).toEqual({});
    expect(g.journey.getSnapshot().children.level).toBeUndefined();
    expect(level.getSnapshot().status).toBe('stopped');
  });

  it('journey.continue resumes the level the store says was left unfinished', () => {
    const { journey, s } = game({ done: ['a'], answered: ['before'], resume: 'b' });
    journey.send({ type: 'journey.continue' });
    expect(value(journey)).toBe('level');
    expect(journey.getSnapshot().context.levelId).toBe('b');
    expect(s().progress.currentLevel).toBe('b');
    expect(levelChild(journey).getSnapshot().context.level.id).toBe('b');
  });

  it('journey.continue with nothing to resume goes to the city (or the self-check if missing)', () => {
    const answered = game({ answered: ['before'] });
    answered.journey.send({ type: 'journey.continue' });
    expect(value(answered.journey)).toBe('city');

    const noCheck = game();
    noCheck.journey.send({ type: 'journey.continue' });
    expect(value(noCheck.journey)).toBe('selfCheckBefore');
  });

  it('journey.continue does not resume a level that is no longer open or known', () => {
    const locked = game({ answered: ['before'], resume: 'b' }); // "a" not done: "b" is locked
    locked.journey.send({ type: 'journey.continue' });
    expect(value(locked.journey)).toBe('city');
    expect(locked.journey.getSnapshot().children.level).toBeUndefined();

    const gone = game({ answered: ['before'], resume: 'removed-since' });
    gone.journey.send({ type: 'journey.continue' });
    expect(value(gone.journey)).toBe('city');
    expect(gone.journey.getSnapshot().children.level).toBeUndefined();
  });

  it('report.open is refused before the journey is complete', () => {
    const g = game({ answered: ['before'], done: ['a'] });
    toCity(g);
    g.journey.send({ type: 'report.open' });
    expect(value(g.journey)).toBe('city');
  });

  it('started with the first act only: the journey is not over while an act is on its way, and the acts that join open in order', () => {
    // As the game starts a new journey: the first level in, the second still on its way.
    const g = game({ answered: ['before'], catalogue: { ...CATALOGUE, levels: CATALOGUE.levels.filter((l) => l.id === 'a'), pending: 1 } });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    playLevel(g.journey, 'a');
    // Every level in so far is done, yet the journey goes on: back to the city, no closing self-check.
    expect(value(g.journey)).toBe('city');
    g.journey.send({ type: 'report.open' });
    expect(value(g.journey)).toBe('city');
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(value(g.journey)).toBe('city');
    // The next act arrives: its first level opens after the one finished.
    g.library.current = CATALOGUE;
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(value(g.journey)).toBe('level');
    playLevel(g.journey, 'b');
    expect(value(g.journey)).toBe('selfCheckAfter');
  });

  it('report.open from the city asks the closing self-check first when it is missing', () => {
    const g = game({ answered: ['before'], done: ['a', 'b'] });
    toCity(g);
    g.journey.send({ type: 'report.open' });
    expect(value(g.journey)).toBe('selfCheckAfter');
    answerSelfCheck(g, 'after');
    expect(value(g.journey)).toBe('report');
    g.journey.send({ type: 'city.open' });
    expect(value(g.journey)).toBe('city');
    // Answered now: straight to the report.
    g.journey.send({ type: 'report.open' });
    expect(value(g.journey)).toBe('report');
    g.journey.send({ type: 'journey.toTitle' });
    expect(value(g.journey)).toBe('title');
  });

  it('when the journey is already complete, finishing a level (a replay) leads to the closing self-check, then the report', () => {
    const g = game({ done: ['a', 'b'], answered: ['before'] });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(g.journey, 'b');
    expect(value(g.journey)).toBe('selfCheckAfter');
    answerSelfCheck(g, 'after');
    expect(value(g.journey)).toBe('report');
  });

  it('when the self-check after was already answered, finishing the last level returns to the city', () => {
    const g = game({ done: ['a', 'b'], answered: ['before', 'after'] });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(g.journey, 'b');
    expect(value(g.journey)).toBe('city');
  });

  it('finishing the LAST level for the first time leads to the closing self-check (the result is stored before completeness is asked)', () => {
    const g = game({ done: ['a'], answered: ['before'] });
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(g.journey, 'b');
    // Had the journey asked before the store recorded "b", it would have gone back to the city.
    expect(g.s().progress.levels.b?.stars).toBe(3);
    expect(value(g.journey)).toBe('selfCheckAfter');
  });

  it('a whole journey from the title: both levels, then the closing self-check and the report', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    playLevel(g.journey, 'a');
    expect(value(g.journey)).toBe('city');
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    playLevel(g.journey, 'b');
    expect(Object.keys(g.s().progress.levels)).toEqual(['a', 'b']);
    expect(value(g.journey)).toBe('selfCheckAfter');
    answerSelfCheck(g, 'after');
    expect(value(g.journey)).toBe('report');
  });

  it('events that do not apply are ignored', () => {
    const g = game();
    g.journey.send({ type: 'place.enter', levelId: 'a' });
    g.journey.send({ type: 'selfcheck.done' });
    g.journey.send({ type: 'level.quit' });
    expect(value(g.journey)).toBe('title');
    expect(g.s().progress.currentLevel).toBeNull();
    expect(g.s().session.levelStartedAt).toBeNull();
  });
});

describe("a trainer's own level", () => {
  /** What the city's "load a level file" button does in the running game. */
  function loadTrainerLevel(library: CatalogueRef) {
    library.current = addTrainerLevel(library.current, 'mine.json', TRAINER_FILE);
    expect(library.current.problems).toEqual([]);
  }

  it('opens even though the journey order would lock it (nothing finished yet)', () => {
    const g = game();
    toCity(g);
    g.journey.send({ type: 'place.enter', levelId: 'mine' });
    expect(value(g.journey)).toBe('city'); // not loaded yet: unknown, so locked
    loadTrainerLevel(g.library);
    g.journey.send({ type: 'place.enter', levelId: 'mine' });
    expect(value(g.journey)).toBe('level');
    expect(levelChild(g.journey).getSnapshot().context.level.id).toBe('mine');
    expect(g.s().progress.currentLevel).toBe('mine');
  });

  it("plays to its end and back to the city; it does not open the journey's next level nor end the journey", () => {
    const g = game();
    toCity(g);
    loadTrainerLevel(g.library);
    g.journey.send({ type: 'place.enter', levelId: 'mine' });
    playLevel(g.journey, 'mine');
    expect(value(g.journey)).toBe('city');
    expect(g.s().progress.levels.mine?.stars).toBe(3);
    g.journey.send({ type: 'place.enter', levelId: 'b' });
    expect(value(g.journey)).toBe('city');
  });

  it('is resumed by journey.continue like any open level', () => {
    const g = game({ answered: ['before'], resume: 'mine' });
    loadTrainerLevel(g.library);
    g.journey.send({ type: 'journey.continue' });
    expect(value(g.journey)).toBe('level');
    expect(g.journey.getSnapshot().context.levelId).toBe('mine');
  });
});
