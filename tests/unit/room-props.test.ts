/**
 * The drawn room follows the play: what the player opened is drawn open, and props carry the
 * colour their level gives them. Played through the real level machine on the shipped levels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { parseLevel, type Level } from '../../src/core/level/loader';
import { levelMachine } from '../../src/core/machines/level';
import { roomProps } from '../../src/world/room';

function load(path: string): Level {
  const r = parseLevel(path, readFileSync(fileURLToPath(new URL(`../../levels/${path}`, import.meta.url)), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}

function inRoom(level: Level) {
  const actor = createActor(levelMachine, { input: { level, flags: {} } }).start();
  actor.send({ type: 'intro.skip' });
  expect(actor.getSnapshot().value).toBe('exploring');
  return actor;
}
type Actor = ReturnType<typeof inRoom>;

const openOnes = (actor: Actor) =>
  roomProps(actor.getSnapshot().context)
    .filter((p) => p.state === 'open')
    .map((p) => p.id);
const puzzleOf = (actor: Actor) => (actor.getSnapshot().children as Record<string, AnyActorRef>).puzzle!;

describe('the archive, drawn as the player opens it', () => {
  const archive = load('act-1/archive.json');

  it('starts with everything shut', () => {
    expect(openOnes(inRoom(archive))).toEqual([]);
  });

  it('draws the drawer open once the key is used on it, not while it is still locked', () => {
    const actor = inRoom(archive);
    actor.send({ type: 'hotspot.use', id: 'card-drawer' });
    expect(openOnes(actor), 'tried without the key').toEqual([]);
    actor.send({ type: 'hotspot.use', id: 'shelf' });
    // The shelf gave its key: opened, though a shelf has no open look.
    expect(openOnes(actor)).toEqual(['shelf']);
    actor.send({ type: 'reading.close' });
    expect(openOnes(actor), 'holding the key is not enough').not.toContain('card-drawer');
    actor.send({ type: 'hotspot.use', id: 'card-drawer' });
    expect(openOnes(actor)).toContain('card-drawer');
  });

  it('draws the cabinet open once its code lock is solved, not while the lock is on screen', () => {
    const actor = inRoom(archive);
    actor.send({ type: 'hotspot.use', id: 'cabinet' });
    expect(actor.getSnapshot().value).toBe('puzzle');
    puzzleOf(actor).send({ type: 'code.submit', code: '1955' });
    expect(openOnes(actor)).not.toContain('cabinet');
    puzzleOf(actor).send({ type: 'code.submit', code: '1952' });
    expect(actor.getSnapshot().value).toBe('solved');
    expect(openOnes(actor)).toContain('cabinet');
  });
});

describe('the mine', () => {
  const mine = load('act-3/mine.json');

  it('draws its carts in the colours the text names', () => {
    const props = roomProps(inRoom(mine).getSnapshot().context);
    const carts = props.filter((p) => p.prop === 'cart').map((p) => [p.id, p.color]);
    expect(carts).toEqual([
      ['wagon-red', 'red'],
      ['wagon-blue', 'blue'],
      ['wagon-yellow', 'yellow'],
    ]);
  });

  it('keeps the chest shut while only the badge opened its way to the code', () => {
    // The badge in the bag (the jury gave it) and the chest used: its code lock is on screen.
    const withBadge = { ...inRoom(mine).getSnapshot().context, inventory: ['finalist-badge'], visited: ['winners-cabinet'] };
    expect(roomProps(withBadge).find((p) => p.id === 'winners-cabinet')?.state).toBeUndefined();
    const solved = { ...withBadge, results: [{ puzzleId: 'winners-chest', outcome: { mistakes: 0, hintTier: 0, choices: [], choicePoints: {} }, flags: {} }] };
    expect(roomProps(solved).find((p) => p.id === 'winners-cabinet')?.state).toBe('open');
  });
});

describe('a level without a room', () => {
  it('draws its place decor, never open', () => {
    const props = roomProps({ level: load('act-1/square.json'), visited: [], inventory: [], results: [] });
    expect(props.length).toBeGreaterThan(0);
    expect(props.every((p) => p.id.startsWith('decor-') && p.state === undefined)).toBe(true);
  });
});
