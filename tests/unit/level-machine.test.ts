import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { parseLevel, type Level } from '../../src/core/level/loader';
import { clueWords, levelMachine, roomOutcome, type LevelInput } from '../../src/core/machines/level';
import { codeLock, hints3, levelData, loadLevel, t } from './support/levels';

const ARCHIVE_PATH = fileURLToPath(new URL('../../levels/act-1/archive.json', import.meta.url));

function loadArchive(): Level {
  const r = parseLevel('act-1/archive.json', readFileSync(ARCHIVE_PATH, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}

const archive = loadArchive();

function start(level: Level, more: Partial<LevelInput> = {}) {
  const actor = createActor(levelMachine, { input: { level, flags: {}, ...more } });
  actor.start();
  return actor;
}
type Actor = ReturnType<typeof start>;

/** The spawned child named "puzzle", if any (spawned untyped, so its type is widened here). */
function childOf(snap: ReturnType<Actor['getSnapshot']>): AnyActorRef | undefined {
  return (snap.children as Record<string, AnyActorRef | undefined>).puzzle;
}

/** The spawned puzzle child; fails the test when there is none. */
function puzzleChild(actor: Actor): AnyActorRef {
  const snap = actor.getSnapshot();
  const child = childOf(snap);
  expect(child, `no puzzle child in state ${JSON.stringify(snap.value)}`).toBeDefined();
  expect(snap.context.puzzleRef).toBe(child);
  return child!;
}

function toRoom(actor: Actor) {
  for (let i = 0; i < archive.intro.length; i++) actor.send({ type: 'intro.next' });
  expect(actor.getSnapshot().value).toBe('exploring');
}

function toCabinet(actor: Actor) {
  toRoom(actor);
  actor.send({ type: 'hotspot.use', id: 'cabinet' });
  expect(actor.getSnapshot().value).toBe('puzzle');
}

function finish(actor: Actor) {
  expect(actor.getSnapshot().value).toBe('solved');
  actor.send({ type: 'level.continue' });
  expect(actor.getSnapshot().value).toBe('debrief');
  actor.send({ type: 'debrief.close' });
  const snap = actor.getSnapshot();
  expect(snap.status).toBe('done');
  expect(snap.value).toBe('done');
  return snap.output!;
}

describe('the archive level, played through', () => {
  it('intro: one line per intro.next, then the room', () => {
    const actor = start(archive);
    expect(actor.getSnapshot().value).toBe('intro');
    expect(actor.getSnapshot().context.introIndex).toBe(0);
    actor.send({ type: 'intro.next' });
    expect(actor.getSnapshot().value).toBe('intro');
    expect(actor.getSnapshot().context.introIndex).toBe(1);
    actor.send({ type: 'intro.next' });
    expect(actor.getSnapshot().value).toBe('exploring');
  });

  it('intro.skip goes straight to the room', () => {
    const actor = start(archive);
    actor.send({ type: 'intro.skip' });
    expect(actor.getSnapshot().value).toBe('exploring');
  });

  it('the locked card drawer says it is locked and shows no text', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hotspot.use', id: 'card-drawer' });
    const c = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('exploring');
    expect(c.feedback).toEqual({ tone: 'info', text: archive.room!.hotspots.find((h) => h.id === 'card-drawer')!.locked });
    expect(c.reading).toBeNull();
    expect(c.inventory).toEqual([]);
    expect(c.visited).not.toContain('card-drawer');
  });

  it('a locked hotspot without its own text falls back to a kind UI message', () => {
    const level = loadLevel(
      levelData({
        room: {
          items: [{ id: 'key', label: t('clé', 'key'), description: t('une clé', 'a key') }],
          hotspots: [
            { id: 'door', label: t('Porte', 'Door'), x: 1, y: 1, w: 10, h: 10, prop: 'door', requires: 'key', opens: 'lock-a' },
            { id: 'mat', label: t('Paillasson', 'Mat'), x: 20, y: 1, w: 10, h: 10, prop: 'box', gives: 'key' },
          ],
          hints: hints3(),
          goal: 'lock-a',
        },
      }),
    );
    const actor = start(level);
    actor.send({ type: 'intro.next' });
    actor.send({ type: 'hotspot.use', id: 'door' });
    expect(actor.getSnapshot().value).toBe('exploring');
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'room.locked' });
    actor.send({ type: 'hotspot.use', id: 'mat' });
    // No text at the mat: nothing to read, but the item is taken.
    expect(actor.getSnapshot().context.reading).toBeNull();
    expect(actor.getSnapshot().context.inventory).toEqual(['key']);
    actor.send({ type: 'hotspot.use', id: 'door' });
    expect(actor.getSnapshot().value).toBe('puzzle');
  });

  it('the shelf gives the brass key and a text to read; reading.close closes it', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    const shelf = archive.room!.hotspots.find((h) => h.id === 'shelf')!;
    let c = actor.getSnapshot().context;
    expect(c.inventory).toEqual(['brass-key']);
    expect(c.reading).toEqual({ title: shelf.label, text: shelf.text });
    expect(c.feedback).toEqual({ tone: 'right', key: 'room.took', params: { item: { fr: 'Petite clé en laiton', en: 'Small brass key' } } });
    expect(c.visited).toEqual(['shelf']);
    actor.send({ type: 'reading.close' });
    c = actor.getSnapshot().context;
    expect(c.reading).toBeNull();
    expect(c.inventory).toEqual(['brass-key']);

    // Looking again does not give a second key.
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    expect(actor.getSnapshot().context.inventory).toEqual(['brass-key']);
    expect(actor.getSnapshot().context.visited).toEqual(['shelf']);
  });

  it('with the key, the drawer shows its cards', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    actor.send({ type: 'reading.close' });
    actor.send({ type: 'hotspot.use', id: 'card-drawer' });
    const drawer = archive.room!.hotspots.find((h) => h.id === 'card-drawer')!;
    const c = actor.getSnapshot().context;
    expect(c.reading).toEqual({ title: drawer.label, text: drawer.text });
    expect(c.reading!.text.en).toContain('Dupont Bikes');
    expect(c.visited).toEqual(['shelf', 'card-drawer']);
  });

  it('an unknown hotspot id changes nothing', () => {
    const actor = start(archive);
    toRoom(actor);
    const before = actor.getSnapshot().context;
    actor.send({ type: 'hotspot.use', id: 'trapdoor' });
    expect(actor.getSnapshot().value).toBe('exploring');
    expect(actor.getSnapshot().context).toEqual(before);
  });

  it('the cabinet opens the code lock as the spawned child "puzzle"', () => {
    const actor = start(archive);
    toCabinet(actor);
    const c = actor.getSnapshot().context;
    expect(c.activePuzzle).toBe('cabinet-lock');
    expect(c.visited).toContain('cabinet');
    const child = puzzleChild(actor);
    expect(child.getSnapshot().value).toBe('locked');
    expect(child.getSnapshot().context.puzzle.id).toBe('cabinet-lock');
  });

  it('a wrong code keeps the puzzle; 1952 solves it; then debrief and a 3-star result', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hotspot.use', id: 'poster' });
    actor.send({ type: 'reading.close' });
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    actor.send({ type: 'reading.close' });
    actor.send({ type: 'hotspot.use', id: 'card-drawer' });
    actor.send({ type: 'reading.close' });
    actor.send({ type: 'hotspot.use', id: 'cabinet' });

    const child = puzzleChild(actor);
    child.send({ type: 'code.submit', code: '1955' });
    expect(actor.getSnapshot().value).toBe('puzzle');
    expect(child.getSnapshot().context.mistakes).toBe(1);
    expect(child.getSnapshot().context.feedback).toMatchObject({ tone: 'wrong' });
    expect(childOf(actor.getSnapshot())).toBe(child);

    child.send({ type: 'code.submit', code: '1952' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('solved');
    expect(childOf(snap)).toBeUndefined();
    expect(snap.context.puzzleRef).toBeNull();
    expect(snap.context.activePuzzle).toBeNull();
    expect(snap.context.results).toEqual([{ puzzleId: 'cabinet-lock', outcome: { mistakes: 1, hintTier: 0, choices: [], choicePoints: {} }, flags: {} }]);
    const success = archive.puzzles[0]!.success!;
    expect(snap.context.lastSuccess).toEqual(success);
    expect(snap.context.feedback).toEqual({ tone: 'right', text: success });

    const result = finish(actor);
    expect(result).toEqual({
      levelId: 'archive',
      stars: 3,
      hintTier: 0,
      mistakes: 1,
      choices: [],
      flags: {},
      badge: 'archive-detective',
      points: {
        // room: 2 solved + 1 no-answer-hint; lock: 1 no-hint
        'spotting-opportunities': 4,
        'valuing-ideas': 2,
        'learning-through-experience': 1,
      },
    });
  });

  it('a clean solve: no mistakes, no learning-through-experience point', () => {
    const actor = start(archive);
    toCabinet(actor);
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    const result = finish(actor);
    expect(result.stars).toBe(3);
    expect(result.mistakes).toBe(0);
    expect(result.points).toEqual({ 'spotting-opportunities': 4, 'valuing-ideas': 2 });
  });

  it('a code of the wrong length is no mistake and keeps the puzzle', () => {
    const actor = start(archive);
    toCabinet(actor);
    const child = puzzleChild(actor);
    child.send({ type: 'code.submit', code: '19' });
    expect(actor.getSnapshot().value).toBe('puzzle');
    expect(child.getSnapshot().context.mistakes).toBe(0);
    child.send({ type: 'code.submit', code: '1952' });
    expect(finish(actor).mistakes).toBe(0);
  });

  it('hint.next in the room raises roomHintTier (up to 3) and lowers the stars', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.roomHintTier).toBe(1);
    expect(roomOutcome(actor.getSnapshot().context)).toEqual({ mistakes: 0, hintTier: 1, choices: [], choicePoints: {} });
    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    const result = finish(actor);
    expect(result.stars).toBe(2);
    expect(result.hintTier).toBe(1);
    // The room's no-answer-hint point stays; the lock's no-hint point stays too (the lock had no hint).
    expect(result.points).toEqual({ 'spotting-opportunities': 4, 'valuing-ideas': 2 });
  });

  it('the room hint tier stops at 3 and then gives 1 star', () => {
    const actor = start(archive);
    toRoom(actor);
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.roomHintTier).toBe(3);
    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    const result = finish(actor);
    expect(result.stars).toBe(1);
    expect(result.points).toEqual({ 'spotting-opportunities': 3, 'valuing-ideas': 2 });
  });

  it('hint.next in the puzzle reaches the child, not the room', () => {
    const actor = start(archive);
    toCabinet(actor);
    const child = puzzleChild(actor);
    actor.send({ type: 'hint.next' });
    actor.send({ type: 'hint.next' });
    expect(child.getSnapshot().context.hintTier).toBe(2);
    expect(actor.getSnapshot().context.roomHintTier).toBe(0);
    child.send({ type: 'code.submit', code: '1952' });
    const result = finish(actor);
    expect(result.hintTier).toBe(2);
    expect(result.stars).toBe(2);
    // No lock no-hint point any more.
    expect(result.points).toEqual({ 'spotting-opportunities': 3, 'valuing-ideas': 2 });
  });

  it('the answer hint in the puzzle gives 1 star', () => {
    const actor = start(archive);
    toCabinet(actor);
    for (let i = 0; i < 3; i++) actor.send({ type: 'hint.next' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    expect(finish(actor)).toMatchObject({ stars: 1, hintTier: 3 });
  });

  it('puzzle.leave goes back to the room and stops the child', () => {
    const actor = start(archive);
    toCabinet(actor);
    const child = puzzleChild(actor);
    actor.send({ type: 'puzzle.leave' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('exploring');
    expect(childOf(snap)).toBeUndefined();
    expect(snap.context.puzzleRef).toBeNull();
    expect(snap.context.feedback).toBeNull();
    expect(child.getSnapshot().status).toBe('stopped');
    // Coming back opens the lock again; it still works.
    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    expect(actor.getSnapshot().value).toBe('puzzle');
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    expect(finish(actor).stars).toBe(3);
  });

  it('leaving the puzzle and coming back does not wipe the hints seen or the mistakes made', () => {
    // A player who read the answer hint, left, came back and typed the code must not get 3 stars.
    const actor = start(archive);
    toCabinet(actor);
    for (let i = 0; i < 3; i++) actor.send({ type: 'hint.next' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1111' });
    actor.send({ type: 'puzzle.leave' });
    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1952' });
    const result = finish(actor);
    expect(result.hintTier).toBe(3);
    expect(result.stars).toBe(1);
    expect(result.mistakes).toBe(1);
  });

  it('events that do not apply in a state are ignored', () => {
    const actor = start(archive);
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    actor.send({ type: 'level.continue' });
    actor.send({ type: 'debrief.close' });
    expect(actor.getSnapshot().value).toBe('intro');
    expect(actor.getSnapshot().context.inventory).toEqual([]);
    toCabinet(actor);
    actor.send({ type: 'hotspot.use', id: 'poster' });
    actor.send({ type: 'intro.next' });
    expect(actor.getSnapshot().value).toBe('puzzle');
  });

  it('flags and seed go into the puzzle input', () => {
    const actor = start(archive, { flags: { 'met-lison': true }, seed: 42, timed: true });
    toCabinet(actor);
    expect(actor.getSnapshot().context).toMatchObject({ flags: { 'met-lison': true }, seed: 42, timed: true });
  });
});

describe('a level without a room: puzzles one after another', () => {
  const twoLocks = loadLevel(
    levelData({
      id: 'two-locks',
      puzzles: [
        codeLock('lock-a', '1234', { success: t('Ouvert A', 'A open'), awards: [{ competence: 'valuing-ideas', points: 1, for: 'solved' }] }),
        codeLock('lock-b', '5678', { awards: [{ competence: 'valuing-ideas', points: 2, for: 'no-hint' }] }),
      ],
    }),
  );

  it('puzzle → cleared → level.continue → puzzle → solved → debrief → done', () => {
    const actor = start(twoLocks);
    actor.send({ type: 'intro.next' });
    let snap = actor.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.activePuzzle).toBe('lock-a');

    puzzleChild(actor).send({ type: 'code.submit', code: '1234' });
    snap = actor.getSnapshot();
    expect(snap.value).toBe('cleared');
    expect(childOf(snap)).toBeUndefined();
    expect(snap.context.feedback).toEqual({ tone: 'right', text: t('Ouvert A', 'A open') });

    actor.send({ type: 'level.continue' });
    snap = actor.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.activePuzzle).toBe('lock-b');
    expect(snap.context.feedback).toBeNull();
    const child = puzzleChild(actor);
    expect(child.getSnapshot().context.puzzle.id).toBe('lock-b');

    actor.send({ type: 'hint.next' });
    child.send({ type: 'code.submit', code: '5678' });
    snap = actor.getSnapshot();
    expect(snap.value).toBe('solved');
    expect(snap.context.feedback).toEqual({ tone: 'right', key: 'puzzle.solved' });
    expect(snap.context.results.map((r) => r.puzzleId)).toEqual(['lock-a', 'lock-b']);

    const result = finish(actor);
    expect(result).toMatchObject({ levelId: 'two-locks', stars: 2, hintTier: 1, points: { 'valuing-ideas': 1 }, badge: null });
  });

  it('puzzle.leave does nothing when there is no room to go back to', () => {
    const actor = start(twoLocks);
    actor.send({ type: 'intro.skip' });
    const child = puzzleChild(actor);
    actor.send({ type: 'puzzle.leave' });
    expect(actor.getSnapshot().value).toBe('puzzle');
    expect(childOf(actor.getSnapshot())).toBe(child);
  });

  it('a single-puzzle level goes straight to solved', () => {
    const actor = start(loadLevel(levelData()));
    actor.send({ type: 'intro.next' });
    puzzleChild(actor).send({ type: 'code.submit', code: '1234' });
    expect(finish(actor)).toMatchObject({ stars: 3, mistakes: 0 });
  });

  it('roomOutcome is null without a room', () => {
    const actor = start(twoLocks);
    expect(roomOutcome(actor.getSnapshot().context)).toBeNull();
  });
});

describe('a room with two puzzles', () => {
  const level = loadLevel(
    levelData({
      puzzles: [codeLock('lock-a', '11'), codeLock('lock-b', '22')],
      room: {
        items: [],
        hotspots: [
          { id: 'box', label: t('Boîte', 'Box'), x: 1, y: 1, w: 10, h: 10, prop: 'box', opens: 'lock-a' },
          { id: 'safe', label: t('Coffre', 'Safe'), x: 20, y: 1, w: 10, h: 10, prop: 'cabinet', opens: 'lock-b' },
        ],
        hints: hints3(),
        goal: 'lock-b',
      },
    }),
  );

  it('a side puzzle returns to the room; an opened hotspot says it is open; the goal ends the level', () => {
    const actor = start(level);
    actor.send({ type: 'intro.next' });
    actor.send({ type: 'hotspot.use', id: 'box' });
    puzzleChild(actor).send({ type: 'code.submit', code: '11' });
    expect(actor.getSnapshot().value).toBe('exploring');
    actor.send({ type: 'hotspot.use', id: 'box' });
    expect(actor.getSnapshot().value).toBe('exploring');
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'room.alreadyOpen' });
    actor.send({ type: 'hotspot.use', id: 'safe' });
    puzzleChild(actor).send({ type: 'code.submit', code: '22' });
    expect(finish(actor).stars).toBe(3);
  });

  it('solving the goal first ends the level even with a side puzzle left', () => {
    const actor = start(level);
    actor.send({ type: 'intro.next' });
    actor.send({ type: 'hotspot.use', id: 'safe' });
    puzzleChild(actor).send({ type: 'code.submit', code: '22' });
    expect(actor.getSnapshot().value).toBe('solved');
  });
});

describe('the notebook: every clue read can be read again', () => {
  const MINE_PATH = fileURLToPath(new URL('../../levels/act-3/mine.json', import.meta.url));
  const hs = (id: string) => archive.room!.hotspots.find((h) => h.id === id)!;
  const read = (actor: Actor, id: string) => {
    actor.send({ type: 'hotspot.use', id });
    actor.send({ type: 'reading.close' });
  };

  it('keeps each text read, once, in the order found; a locked spot or a spot without text adds nothing', () => {
    const actor = start(archive);
    toRoom(actor);
    actor.send({ type: 'hotspot.use', id: 'card-drawer' }); // locked: nothing read
    read(actor, 'poster');
    read(actor, 'shelf');
    read(actor, 'poster'); // read twice, kept once, where it was first found
    read(actor, 'card-drawer');
    expect(actor.getSnapshot().context.notebook).toEqual([
      { from: 'hotspot', id: 'poster' },
      { from: 'hotspot', id: 'shelf' },
      { from: 'hotspot', id: 'card-drawer' },
    ]);
    expect(actor.getSnapshot().context.reading).toBeNull();
  });

  it('opens a clue again from the room, and from inside the lock without leaving it; the lock keeps its progress', () => {
    const actor = start(archive);
    toRoom(actor);
    read(actor, 'poster');
    read(actor, 'shelf');
    read(actor, 'card-drawer');
    actor.send({ type: 'notebook.open', index: 2 });
    expect(actor.getSnapshot().context.reading).toEqual({ title: hs('card-drawer').label, text: hs('card-drawer').text });
    expect(actor.getSnapshot().context.lastClue).toBe(2);
    actor.send({ type: 'reading.close' });
    expect(actor.getSnapshot().context).toMatchObject({ reading: null, lastClue: 2 });

    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    expect(actor.getSnapshot().context).toMatchObject({ reading: null, lastClue: null });
    const child = puzzleChild(actor);
    child.send({ type: 'code.submit', code: '1955' });
    actor.send({ type: 'notebook.open', index: 0 });
    let snap = actor.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.reading).toEqual({ title: hs('poster').label, text: hs('poster').text });
    expect(childOf(snap)).toBe(child);
    actor.send({ type: 'notebook.open', index: 2 });
    expect(actor.getSnapshot().context.reading!.text.en).toContain('Dupont Bikes');
    actor.send({ type: 'reading.close' });
    snap = actor.getSnapshot();
    expect(snap.value).toBe('puzzle');
    expect(snap.context.reading).toBeNull();
    expect(child.getSnapshot().context.mistakes).toBe(1);
    // A clue that is not in the notebook opens nothing.
    actor.send({ type: 'notebook.open', index: 7 });
    actor.send({ type: 'notebook.open', index: -1 });
    expect(actor.getSnapshot().context.reading).toBeNull();
  });

  it('keeps every clue once a lock opens, and a clue open beside the lock closes with it', () => {
    const level = loadLevel(
      levelData({
        puzzles: [codeLock('lock-a', '11'), codeLock('lock-b', '22')],
        room: {
          items: [],
          hotspots: [
            { id: 'note', label: t('Note', 'Note'), x: 40, y: 1, w: 10, h: 10, prop: 'poster', text: t('Le code est 11.', 'The code is 11.') },
            { id: 'box', label: t('Boîte', 'Box'), x: 1, y: 1, w: 10, h: 10, prop: 'box', opens: 'lock-a' },
            { id: 'safe', label: t('Coffre', 'Safe'), x: 20, y: 1, w: 10, h: 10, prop: 'cabinet', opens: 'lock-b' },
          ],
          hints: hints3(),
          goal: 'lock-b',
        },
      }),
    );
    const actor = start(level);
    actor.send({ type: 'intro.next' });
    read(actor, 'note');
    actor.send({ type: 'hotspot.use', id: 'box' });
    actor.send({ type: 'notebook.open', index: 0 });
    puzzleChild(actor).send({ type: 'code.submit', code: '11' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('exploring');
    expect(snap.context.notebook).toEqual([{ from: 'hotspot', id: 'note' }]);
    expect(snap.context).toMatchObject({ reading: null, lastClue: null });
    actor.send({ type: 'notebook.open', index: 0 });
    expect(actor.getSnapshot().context.reading).toEqual({ title: t('Note', 'Note'), text: t('Le code est 11.', 'The code is 11.') });
    // Leaving a lock puts the notebook away too: the focus goes back to the spot, not to an old clue.
    actor.send({ type: 'hotspot.use', id: 'safe' });
    actor.send({ type: 'notebook.open', index: 0 });
    actor.send({ type: 'puzzle.leave' });
    expect(actor.getSnapshot().context).toMatchObject({ reading: null, lastClue: null, lastHotspot: 'safe' });
  });

  it('a decoded message goes to the notebook, decoded, in every language', () => {
    const parsed = parseLevel('act-3/mine.json', readFileSync(MINE_PATH, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const actor = start(parsed.value);
    actor.send({ type: 'intro.skip' });
    read(actor, 'lamp-board');
    actor.send({ type: 'hotspot.use', id: 'blackboard' });
    puzzleChild(actor).send({ type: 'cipher.submit', answer: 'voyage' });
    const c = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('exploring');
    expect(c.notebook).toEqual([
      { from: 'hotspot', id: 'lamp-board' },
      { from: 'puzzle', id: 'miner-message', text: { fr: "LE CODE SUIT L'ORDRE DE TON VOYAGE", en: 'THE CODE FOLLOWS THE ORDER OF YOUR JOURNEY' } },
    ]);
    expect(clueWords(parsed.value, c.notebook[1]!)!.title).toEqual(parsed.value.puzzles[0]!.title);
    // Read again beside the chest's lock, where it gives the order of the digits.
    actor.send({ type: 'notebook.open', index: 1 });
    expect(actor.getSnapshot().context.reading!.text.fr).toBe("LE CODE SUIT L'ORDRE DE TON VOYAGE");
  });
});
