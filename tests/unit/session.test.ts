/**
 * The workshop session: turn order, the trainer's powers (hint, reveal, skip, points, scores,
 * message, end) counted for the right team, pause freezing every timer (the teams' clocks and
 * XState's delays), and a model-based walk: every state reachable, none a dead end.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { loadCatalogue } from '../../src/core/level/catalogue';
import type { Level } from '../../src/core/level/loader';
import type { LevelActor } from '../../src/core/machines/level';
import { newSessionData, sessionMachine, type SessionActor, type SessionData } from '../../src/core/machines/session';
import { pausableClock } from '../../src/core/workshop/pausableClock';
import { defaultTeams, type WorkshopPlan } from '../../src/core/workshop/plan';
import { codeLock, makeLevel } from './support/levels';
import { explorePuzzle } from './puzzles/graph';

const LEVELS = fileURLToPath(new URL('../../levels/', import.meta.url));
const CATALOGUE = await loadCatalogue(async (path) => readFileSync(LEVELS + path, 'utf8'));
const real = (id: string) => CATALOGUE.levels.find((l) => l.id === id)!;

/** Three code locks one after the other (code 1234 each), no room: a puzzle per turn. */
const locks = makeLevel({ id: 'locks', puzzles: [codeLock('a', '1234'), codeLock('b', '1234'), codeLock('c', '1234')] });
const LEVELS_BY_ID = new Map<string, Level>([locks, real('archive'), real('street'), real('market')].map((l) => [l.id, l]));

function plan(over: Partial<WorkshopPlan> = {}): WorkshopPlan {
  return { teams: defaultTeams(3, 'fr'), levels: ['locks', 'archive'], mode: 'turns', timer: false, ...over };
}

function startSession(p: WorkshopPlan, options: { now?: () => number; clock?: ReturnType<typeof pausableClock>; data?: SessionData } = {}) {
  let time = 1_000;
  const now = options.now ?? (() => time);
  const actor: SessionActor = createActor(sessionMachine, {
    ...(options.clock ? { clock: options.clock } : {}),
    input: {
      data: options.data ?? newSessionData('s1', p, now()),
      deps: { now, levelInput: (id) => (LEVELS_BY_ID.has(id) ? { level: LEVELS_BY_ID.get(id)!, flags: {}, seed: 3, timed: p.timer } : null) },
    },
  });
  actor.start();
  return { actor, tick: (ms: number) => (time += ms) };
}

const level = (a: SessionActor) => a.getSnapshot().children.level as LevelActor;
const puzzle = (a: SessionActor) => level(a).getSnapshot().context.puzzleRef as AnyActorRef;
const tally = (a: SessionActor, teamId: string, levelId = 'locks') => a.getSnapshot().context.tallies.find((t) => t.teamId === teamId && t.levelId === levelId);
const skipIntro = (a: SessionActor) => level(a).send({ type: 'intro.skip' });

afterEach(() => vi.useRealTimers());

describe('turns', () => {
  it('passes the turn after each puzzle, and when the trainer says so; each team keeps its own puzzles and time', () => {
    const { actor, tick } = startSession(plan());
    expect(actor.getSnapshot().value).toBe('board');
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    expect(actor.getSnapshot().context.turn).toBe(0);
    tick(30_000);
    puzzle(actor).send({ type: 'code.submit', code: '1234' });
    // Team 1 solved lock a in 30 s: the turn is team 2's.
    expect(actor.getSnapshot().context.turn).toBe(1);
    expect(tally(actor, 't1')).toMatchObject({ timeMs: 30_000, puzzles: [{ puzzleId: 'a' }] });
    level(actor).send({ type: 'level.continue' });
    tick(10_000);
    actor.send({ type: 'turn.next' });
    expect(actor.getSnapshot().context.turn).toBe(2);
    tick(5_000);
    puzzle(actor).send({ type: 'code.submit', code: '1234' });
    // The turn went round: team 3 did lock b, team 1 plays next.
    expect(actor.getSnapshot().context.turn).toBe(0);
    expect(tally(actor, 't2')).toMatchObject({ timeMs: 10_000, puzzles: [] });
    expect(tally(actor, 't3')).toMatchObject({ timeMs: 5_000, puzzles: [{ puzzleId: 'b' }] });
  });

  it('together, every team shares the clock and the puzzles, and "next team" does nothing', () => {
    const { actor, tick } = startSession(plan({ mode: 'together' }));
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    tick(20_000);
    actor.send({ type: 'turn.next' });
    puzzle(actor).send({ type: 'code.submit', code: '1234' });
    expect(actor.getSnapshot().context.turn).toBe(0);
    actor.send({ type: 'session.pause' });
    for (const id of ['t1', 't2', 't3']) expect(tally(actor, id)).toMatchObject({ timeMs: 20_000, puzzles: [{ puzzleId: 'a' }] });
    actor.send({ type: 'answer.record', puzzleId: 'a', teamId: 't2', found: false, choice: null });
    actor.send({ type: 'answer.record', puzzleId: 'nope', teamId: 't2', found: false, choice: null });
    actor.send({ type: 'answer.record', puzzleId: 'a', teamId: 'ghost', found: false, choice: null });
    expect(actor.getSnapshot().context.answers).toEqual([{ levelId: 'locks', puzzleId: 'a', teamId: 't2', found: false, choice: null }]);
  });
});

describe("the trainer's powers", () => {
  it('counts hints, reveals and skips for the team whose turn it is, only when they happen', () => {
    const { actor } = startSession(plan());
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    actor.send({ type: 'trainer.hint' });
    actor.send({ type: 'trainer.hint' });
    expect(tally(actor, 't1')).toMatchObject({ hints: 2, reveals: 0 });
    // Reveal on a code lock: the last hint opens and the lock counts as solved (and the turn passes).
    actor.send({ type: 'trainer.reveal' });
    expect(tally(actor, 't1')).toMatchObject({ hints: 2, reveals: 1, puzzles: [{ puzzleId: 'a', settled: 'revealed', outcome: { hintTier: 3 } }] });
    expect(level(actor).getSnapshot().value).toBe('cleared');
    // Between two puzzles there is nothing to reveal or skip: nothing is counted.
    actor.send({ type: 'trainer.reveal' });
    actor.send({ type: 'trainer.skip' });
    actor.send({ type: 'trainer.hint' });
    expect(tally(actor, 't2')).toBeUndefined();
    level(actor).send({ type: 'level.continue' });
    actor.send({ type: 'trainer.skip' });
    expect(tally(actor, 't2')).toMatchObject({ skips: 1, puzzles: [{ puzzleId: 'b', settled: 'skipped' }] });
    level(actor).send({ type: 'level.continue' });
    // Three hints are all a puzzle has: a fourth is not counted.
    for (let i = 0; i < 4; i++) actor.send({ type: 'trainer.hint' });
    expect(tally(actor, 't3')).toMatchObject({ hints: 3 });
    puzzle(actor).send({ type: 'code.submit', code: '1234' });
    level(actor).send({ type: 'level.continue' });
    level(actor).send({ type: 'debrief.close' });
    // The level is recorded; a passed puzzle earns no award, a revealed one neither.
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('board');
    expect(snap.context.levelIndex).toBe(1);
    expect(snap.context.played[0]).toMatchObject({ levelId: 'locks', result: { stars: 1 } });
  });

  it('reveals the answer hint of a puzzle it cannot solve for them, and skips a room to its end', () => {
    const { actor } = startSession(plan({ levels: ['market', 'archive'] }));
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    actor.send({ type: 'trainer.reveal' });
    expect(puzzle(actor).getSnapshot().context.hintTier).toBe(3);
    expect(level(actor).getSnapshot().value).toBe('puzzle');
    expect(tally(actor, 't1', 'market')).toMatchObject({ reveals: 1, puzzles: [] });
    // A second reveal has nothing more to show.
    actor.send({ type: 'trainer.reveal' });
    expect(tally(actor, 't1', 'market')).toMatchObject({ reveals: 1 });
    actor.send({ type: 'trainer.skip' });
    level(actor).send({ type: 'level.continue' });
    actor.send({ type: 'trainer.skip' });
    level(actor).send({ type: 'level.continue' });
    level(actor).send({ type: 'debrief.close' });
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    expect(level(actor).getSnapshot().value).toBe('exploring');
    actor.send({ type: 'trainer.skip' });
    expect(level(actor).getSnapshot().value).toBe('solved');
    expect(tally(actor, 't3', 'archive')).toMatchObject({ skips: 1, puzzles: [{ puzzleId: 'cabinet-lock', settled: 'skipped' }] });
  });

  it('records points with their reason, refuses unfair ones, shows scores and messages, and ends', () => {
    const { actor, tick } = startSession(plan());
    actor.send({ type: 'points.add', teamId: 't2', delta: 2, reason: ' Belle coopération ' });
    actor.send({ type: 'points.add', teamId: 't2', delta: 0, reason: 'rien' });
    actor.send({ type: 'points.add', teamId: 't2', delta: 1.5, reason: 'demi' });
    actor.send({ type: 'points.add', teamId: 't2', delta: 99, reason: 'trop' });
    actor.send({ type: 'points.add', teamId: 'ghost', delta: 1, reason: 'personne' });
    actor.send({ type: 'points.add', teamId: 't1', delta: -1, reason: 'x'.repeat(200) });
    expect(actor.getSnapshot().context.adjustments).toEqual([{ teamId: 't2', delta: 2, reason: 'Belle coopération', levelId: 'locks' }]);
    expect(actor.getSnapshot().context.scoresShown).toBe(false);
    actor.send({ type: 'scores.toggle' });
    expect(actor.getSnapshot().context.scoresShown).toBe(true);
    actor.send({ type: 'message.show', text: '   ' });
    expect(actor.getSnapshot().context.message).toBeNull();
    actor.send({ type: 'message.show', text: ' 5 minutes ! ' });
    expect(actor.getSnapshot().context.message).toBe('5 minutes !');
    actor.send({ type: 'message.clear' });
    expect(actor.getSnapshot().context.message).toBeNull();
    actor.send({ type: 'level.start' });
    tick(12_000);
    actor.send({ type: 'session.end' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.context.endedAt).toBe(13_000);
    expect(tally(actor, 't1')).toMatchObject({ timeMs: 12_000 });
  });

  it('does not start a level the catalogue no longer has; the board can pass it', () => {
    const { actor } = startSession(plan({ levels: ['gone', 'locks'] }));
    actor.send({ type: 'level.start' });
    expect(actor.getSnapshot().value).toBe('board');
    actor.send({ type: 'level.pass' });
    expect(actor.getSnapshot().context).toMatchObject({ levelIndex: 1, passed: ['gone'] });
    actor.send({ type: 'level.start' });
    expect(actor.getSnapshot().value).toEqual({ level: 'playing' });
  });
});

describe('pause', () => {
  it("stops the teams' clocks and counts the pause apart; the trainer's level keys wait for the resume", () => {
    const { actor, tick } = startSession(plan());
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    tick(10_000);
    actor.send({ type: 'session.pause' });
    tick(60_000);
    actor.send({ type: 'trainer.hint' });
    actor.send({ type: 'trainer.skip' });
    actor.send({ type: 'turn.next' });
    expect(actor.getSnapshot().context.turn).toBe(0);
    actor.send({ type: 'session.resume' });
    tick(5_000);
    actor.send({ type: 'turn.next' });
    expect(tally(actor, 't1')).toMatchObject({ timeMs: 15_000, hints: 0, skips: 0 });
    expect(actor.getSnapshot().context.pausedMs).toBe(60_000);
  });

  it("freezes XState's own timers: a timed event's countdown waits, then runs out only the time it had left", () => {
    vi.useFakeTimers();
    const clock = pausableClock({ now: () => Date.now(), setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) });
    const { actor } = startSession(plan({ levels: ['street'], timer: true }), { clock, now: () => Date.now() });
    actor.send({ type: 'level.start' });
    skipIntro(actor);
    const seconds =
      real('street').puzzles[0]!.kind === 'timed-events' ? (real('street').puzzles[0] as { events: { seconds: number }[] }).events[0]!.seconds : 0;
    expect(seconds).toBeGreaterThan(2);
    vi.advanceTimersByTime((seconds - 2) * 1000);
    expect(puzzle(actor).getSnapshot().context.phase).toBe('deciding');
    actor.send({ type: 'session.pause' });
    clock.pause();
    vi.advanceTimersByTime(10 * 60_000);
    expect(puzzle(actor).getSnapshot().context.phase).toBe('deciding');
    actor.send({ type: 'session.resume' });
    clock.resume();
    vi.advanceTimersByTime(1_500);
    expect(puzzle(actor).getSnapshot().context.phase).toBe('deciding');
    vi.advanceTimersByTime(1_000);
    expect(puzzle(actor).getSnapshot().context).toMatchObject({ phase: 'outcome', timedOut: true });
  });
});

describe('model-based walk', () => {
  it('reaches every state of the session, and from each one the session can still end', () => {
    const { actor } = startSession(plan());
    const input = actor.getSnapshot().context;
    const report = explorePuzzle(sessionMachine, {
      input: { data: newSessionData('walk', plan(), 0), deps: input.deps },
      events: [
        { type: 'level.start' },
        { type: 'level.pass' },
        { type: 'session.pause' },
        { type: 'session.resume' },
        { type: 'turn.next' },
        { type: 'scores.toggle' },
        { type: 'session.end' },
        { type: 'xstate.done.actor.level', output: { levelId: 'locks', stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], flags: {}, badge: null } },
      ],
      key: (s) => [s.context.levelIndex, s.context.turn, s.context.scoresShown, s.context.pausedSince !== null, s.context.passed.length],
    });
    // `arriving` only passes through (the next test enters each of its ways out).
    expect(report.unvisitedStates).toEqual(['arriving']);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(20);
  });

  it('comes back to where it was: in a level (paused), at the board, or ended', () => {
    const deps = { now: () => 0, levelInput: (id: string) => (LEVELS_BY_ID.has(id) ? { level: LEVELS_BY_ID.get(id)!, flags: {} } : null) };
    const data = newSessionData('back', plan(), 0);
    const at = (stage: 'board' | 'level' | 'ended') => createActor(sessionMachine, { input: { data, stage, deps } }).start().getSnapshot();
    expect(at('level').value).toEqual({ level: 'paused' });
    expect(at('board').value).toBe('board');
    expect(at('ended').status).toBe('done');
  });
});
