/**
 * A level's progress is kept as it happens: the level machine's state survives persist →
 * restore (items, clues, the open puzzle with its hints and mistakes), the real journey wiring
 * saves it and gives it back on "Continue" or on walking back in from the city, a damaged or
 * stale saved state starts the level fresh without a crash, and finishing the level clears it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { createJourney } from '../../src/core/journeyActor';
import { INDEX_FILE, loadCatalogue } from '../../src/core/level/catalogue';
import type { Level } from '../../src/core/level/loader';
import type { LevelActor } from '../../src/core/machines/level';
import { resumableLevelMachine, restorableLevel, saveLevel, type ResumableLevelInput } from '../../src/core/machines/levelSave';
import { parseSave, SAVE_KEY } from '../../src/core/save';
import { createGameStore } from '../../src/core/store';
import { MapStorage } from './support/storage';

const LEVELS = fileURLToPath(new URL('../../levels/', import.meta.url));
const CATALOGUE = await loadCatalogue(async (path) => readFileSync(LEVELS + path, 'utf8'));
const archive = CATALOGUE.levels.find((l) => l.id === 'archive')!;
expect(INDEX_FILE).toBe('index.json');

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function start(level: Level, saved?: unknown, onSavedUnusable?: () => void) {
  const input: ResumableLevelInput = { level, flags: {}, seed: 7, saved, onSavedUnusable };
  const actor = createActor(resumableLevelMachine, { input }) as LevelActor;
  actor.start();
  return actor;
}

const puzzleOf = (actor: LevelActor) => actor.getSnapshot().context.puzzleRef as AnyActorRef | null;

/** In the archive: key taken, drawer opened (a card read), the code cabinet open with one hint and one wrong code. */
function playToCabinet(actor: LevelActor) {
  for (let i = 0; i < archive.intro.length; i++) actor.send({ type: 'intro.next' });
  actor.send({ type: 'hotspot.use', id: 'shelf' });
  actor.send({ type: 'hotspot.use', id: 'card-drawer' });
  actor.send({ type: 'reading.close' });
  actor.send({ type: 'hotspot.use', id: 'cabinet' });
  actor.send({ type: 'hint.next' });
  puzzleOf(actor)!.send({ type: 'code.submit', code: '1234' });
  expect(actor.getSnapshot().value).toBe('puzzle');
}

describe('the level machine, persisted and restored', () => {
  it('keeps the inventory, the notebook, and the open puzzle with its hint and mistake', () => {
    const first = start(archive);
    playToCabinet(first);
    const saved = JSON.parse(JSON.stringify(saveLevel(first)));
    first.stop();

    const again = start(archive, saved, () => expect.fail('the saved state should be usable'));
    const snap = again.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.activePuzzle).toBe('cabinet-lock');
    expect(snap.context.inventory).toEqual(['brass-key']);
    expect(snap.context.notebook).toEqual([
      { from: 'hotspot', id: 'shelf' },
      { from: 'hotspot', id: 'card-drawer' },
    ]);
    expect(snap.context.level).toBe(archive);
    const puzzle = puzzleOf(again)!;
    expect(puzzle).toBe(snap.children.puzzle);
    expect(puzzle.getSnapshot().context).toMatchObject({ hintTier: 1, mistakes: 1, tried: ['1234'], puzzle: archive.puzzles[0] });

    // The restored puzzle plays on, and the level ends as usual.
    puzzle.send({ type: 'code.submit', code: '1952' });
    expect(again.getSnapshot().value).toBe('solved');
    again.send({ type: 'level.continue' });
    again.send({ type: 'debrief.close' });
    expect(again.getSnapshot().output).toMatchObject({ levelId: 'archive', mistakes: 1 });
  });

  it('saves no level or puzzle data: the level file gives it back', () => {
    const actor = start(archive);
    playToCabinet(actor);
    const text = JSON.stringify(saveLevel(actor));
    expect(text).not.toContain('hotspots');
    expect(text).not.toContain('answerHash');
    expect(text.length).toBeLessThan(2000);
  });

  it('starts fresh, and says so, from a damaged or stale saved state', () => {
    const first = start(archive);
    playToCabinet(first);
    const good = JSON.parse(JSON.stringify(saveLevel(first))) as { levelHash: string; snapshot: Record<string, unknown> };
    const edited: Level = { ...archive, room: { ...archive.room!, hotspots: archive.room!.hotspots.filter((h) => h.id !== 'card-drawer') } };
    const snap = good.snapshot as { context: Record<string, unknown>; children: Record<string, { src: string; snapshot: Record<string, unknown> }> };
    const cases: [string, Level, unknown][] = [
      ['not an object', archive, 'garbage'],
      ['no snapshot', archive, { levelHash: good.levelHash }],
      ['the level file changed', edited, good],
      ['an unknown state', archive, { ...good, snapshot: { ...snap, value: 'nowhere' } }],
      ['an item the level does not have', archive, { ...good, snapshot: { ...snap, context: { ...snap.context, inventory: ['crowbar'] } } }],
      ['a puzzle of another kind', archive, { ...good, snapshot: { ...snap, children: { puzzle: { ...snap.children.puzzle!, src: 'quiz' } } } }],
      [
        'a puzzle in a state its machine lacks',
        archive,
        { ...good, snapshot: { ...snap, children: { puzzle: { ...snap.children.puzzle!, snapshot: { ...snap.children.puzzle!.snapshot, value: 'ajar' } } } } },
      ],
    ];
    for (const [why, level, saved] of cases) {
      let told = 0;
      const actor = start(level, saved, () => told++);
      expect(actor.getSnapshot().status, why).toBe('active');
      expect(actor.getSnapshot().value, why).toBe('intro');
      expect(actor.getSnapshot().context.inventory, why).toEqual([]);
      expect(told, why).toBe(1);
      // What the save's checks let through (another level file, a state XState cannot revive) is caught on restoring.
      if (!['the level file changed', 'a puzzle in a state its machine lacks'].includes(why)) expect(restorableLevel(level, saved), why).toBeNull();
    }
  });
});

describe('the journey keeps a level as it is played', () => {
  function game(storage = new MapStorage()) {
    const store = createGameStore({ storage, now: () => 0, drawSeed: () => 5 });
    store.getState().setSelfCheck('before', [3, 3, 3]);
    const journey = createJourney(store, { current: CATALOGUE });
    journey.start();
    const level = () => journey.getSnapshot().children.level as LevelActor;
    return { store, journey, level, storage };
  }

  async function playedGame() {
    const g = game();
    g.journey.send({ type: 'journey.start' });
    g.journey.send({ type: 'place.enter', levelId: 'archive' });
    playToCabinet(g.level());
    await settle();
    return g;
  }

  function expectResumed(level: LevelActor, hintTier = 1) {
    const snap = level.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.inventory).toEqual(['brass-key']);
    expect(snap.context.notebook).toEqual([
      { from: 'hotspot', id: 'shelf' },
      { from: 'hotspot', id: 'card-drawer' },
    ]);
    expect(puzzleOf(level)!.getSnapshot().context).toMatchObject({ hintTier, mistakes: 1 });
  }

  it('writes it to the save, and "Continue" after a reload opens the same puzzle', async () => {
    const { storage } = await playedGame();
    const stored = parseSave(storage.getItem(SAVE_KEY)!);
    expect(stored.ok && stored.save.progress.inLevel?.archive).toBeDefined();

    const reloaded = game(storage);
    expect(reloaded.store.getState().progress.currentLevel).toBe('archive');
    reloaded.journey.send({ type: 'journey.continue' });
    expect(reloaded.journey.getSnapshot().value).toBe('level');
    expectResumed(reloaded.level());
    expect(reloaded.store.getState().session.notices).toEqual([]);
  });

  it('keeps it when the player walks back to the city, and gives it back on entering again', async () => {
    const g = await playedGame();
    // A hint taken just before leaving is kept too.
    g.level().send({ type: 'hint.next' });
    g.journey.send({ type: 'level.quit' });
    expect(g.journey.getSnapshot().value).toBe('city');
    await settle();
    g.journey.send({ type: 'place.enter', levelId: 'archive' });
    expectResumed(g.level(), 2);
  });

  it('clears it when the level is finished: played again, it starts from its beginning', async () => {
    const g = await playedGame();
    puzzleOf(g.level())!.send({ type: 'code.submit', code: '1952' });
    g.level().send({ type: 'level.continue' });
    g.level().send({ type: 'debrief.close' });
    await settle();
    expect(g.journey.getSnapshot().value).toBe('city');
    expect(g.store.getState().progress.inLevel?.archive).toBeUndefined();
    g.journey.send({ type: 'place.enter', levelId: 'archive' });
    expect(g.level().getSnapshot().value).toBe('intro');
  });

  it('starts a level fresh, with a notice, when its saved state is damaged', async () => {
    const { storage } = await playedGame();
    const save = JSON.parse(storage.getItem(SAVE_KEY)!);
    save.progress.inLevel.archive.snapshot.context.visited = ['trapdoor'];
    storage.setItem(SAVE_KEY, JSON.stringify(save));

    const reloaded = game(storage);
    reloaded.journey.send({ type: 'journey.continue' });
    expect(reloaded.journey.getSnapshot().value).toBe('level');
    expect(reloaded.level().getSnapshot().value).toBe('intro');
    expect(reloaded.store.getState().session.notices.map((n) => n.key)).toEqual(['level.resumeLost']);
  });
});
