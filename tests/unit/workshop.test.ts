/**
 * A workshop as the game runs it: saved as it changes under its own key, brought back after a
 * reload at the same puzzle with the same counts (paused, the closed-tab time counted for
 * nobody), never touching the learner's save; a damaged record set aside; and its report
 * (per team, together mode's notes, the debrief script) and CSV export.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { loadCatalogue, findLevel } from '../../src/core/level/catalogue';
import type { LevelActor } from '../../src/core/machines/level';
import { newSessionData, type SessionData } from '../../src/core/machines/session';
import { SAVE_KEY } from '../../src/core/save';
import { defaultTeams, addTeam, planSchema, type WorkshopPlan } from '../../src/core/workshop/plan';
import { buildSessionReport, choiceOptions, sessionCsv } from '../../src/core/workshop/report';
import { readWorkshop, startWorkshop, WORKSHOP_KEY, WORKSHOP_SET_ASIDE_PREFIX, type Workshop } from '../../src/core/workshop/workshop';
import { MapStorage } from './support/storage';

const LEVELS = fileURLToPath(new URL('../../levels/', import.meta.url));
const CATALOGUE = await loadCatalogue(async (path) => readFileSync(LEVELS + path, 'utf8'));
const library = { current: CATALOGUE };

const plan = (over: Partial<WorkshopPlan> = {}): WorkshopPlan => ({
  teams: defaultTeams(3, 'fr'),
  levels: ['archive', 'market'],
  mode: 'turns',
  timer: false,
  ...over,
});
const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const running: Workshop[] = [];
afterEach(() => {
  for (const w of running.splice(0)) w.stop();
});

function open(storage: MapStorage, start: Parameters<typeof startWorkshop>[0]['start'], now: () => number) {
  const w = startWorkshop({ storage, library, now, start, heartbeatMs: 60_000 });
  running.push(w);
  return w;
}
const level = (w: Workshop) => w.actor.getSnapshot().children.level as LevelActor;
const puzzle = (w: Workshop) => level(w).getSnapshot().context.puzzleRef as AnyActorRef;

describe('the plan', () => {
  it('offers default teams with their own colours, and checks a plan read back', () => {
    const teams = addTeam(defaultTeams(2, 'en'), 'en');
    expect(teams.map((t) => [t.id, t.name, t.colour])).toEqual([
      ['t1', 'The Foxes', 'orange'],
      ['t2', 'The Bees', 'sky'],
      ['t3', 'The Owls', 'green'],
    ]);
    expect(planSchema.safeParse(plan()).success).toBe(true);
    expect(planSchema.safeParse(plan({ teams: defaultTeams(1, 'fr') })).success).toBe(false);
    expect(planSchema.safeParse(plan({ teams: [...defaultTeams(6, 'fr'), ...defaultTeams(1, 'fr')] })).success).toBe(false);
    expect(planSchema.safeParse(plan({ levels: ['archive', 'archive'] })).success).toBe(false);
    expect(planSchema.safeParse(plan({ teams: [{ id: 't1', name: '  ', colour: 'orange' }, defaultTeams(2, 'fr')[1]!] })).success).toBe(false);
  });
});

describe('the session kept in the browser', () => {
  it('comes back after a reload at the same puzzle with the same counts, paused, without touching the learner save', async () => {
    const solo = '{"version":4,"progress":{"levels":{}},"settings":{}}';
    const storage = new MapStorage({ [SAVE_KEY]: solo });
    let time = 100_000;
    const w = open(storage, { plan: plan(), id: 'w1' }, () => time);
    w.actor.send({ type: 'level.start' });
    level(w).send({ type: 'intro.skip' });
    level(w).send({ type: 'hotspot.use', id: 'shelf' });
    level(w).send({ type: 'hotspot.use', id: 'card-drawer' });
    level(w).send({ type: 'reading.close' });
    level(w).send({ type: 'hotspot.use', id: 'cabinet' });
    w.actor.send({ type: 'trainer.hint' });
    puzzle(w).send({ type: 'code.submit', code: '0000' });
    time += 40_000;
    await settle();
    // The tab is closed 40 s in; it is opened again 10 minutes later.
    const stored = readWorkshop(storage);
    expect(stored.status).toBe('ok');
    w.stop();
    running.length = 0;
    time += 600_000;
    if (stored.status !== 'ok') return;
    const again = open(storage, { record: stored.record }, () => time);
    const snap = again.actor.getSnapshot();
    expect(snap.value).toEqual({ level: 'paused' });
    expect(level(again).getSnapshot().context.activePuzzle).toBe('cabinet-lock');
    expect(puzzle(again).getSnapshot().context).toMatchObject({ hintTier: 1, mistakes: 1 });
    expect(snap.context.tallies).toEqual([expect.objectContaining({ teamId: 't1', levelId: 'archive', hints: 1, timeMs: 40_000 })]);
    again.actor.send({ type: 'session.resume' });
    expect(again.actor.getSnapshot().context.pausedMs).toBe(600_000);
    expect(storage.getItem(SAVE_KEY)).toBe(solo);
    expect(storage.writes.every((wr) => wr.key === WORKSHOP_KEY)).toBe(true);
  });

  it("takes the trainer's countdown setting into the next level that starts", () => {
    const w = open(new MapStorage(), { plan: plan({ levels: ['street', 'market'] }), id: 'c' }, () => 0);
    w.actor.send({ type: 'timer.set', on: true });
    w.actor.send({ type: 'level.start' });
    expect(level(w).getSnapshot().context.timed).toBe(true);
    w.actor.send({ type: 'timer.set', on: false });
    expect(level(w).getSnapshot().context.timed).toBe(true);
  });

  it('sets a damaged record aside instead of deleting it', () => {
    const storage = new MapStorage({ [WORKSHOP_KEY]: '{"format":"envol-workshop","version":1,"stage":"level","data":{"turn":9}}' });
    expect(readWorkshop(storage, () => 0)).toEqual({ status: 'unreadable' });
    expect(storage.getItem(WORKSHOP_KEY)).toBeNull();
    expect(storage.getItem(`${WORKSHOP_SET_ASIDE_PREFIX}1970-01-01T00:00:00.000Z`)).toContain('"turn":9');
    expect(readWorkshop(new MapStorage({ [WORKSHOP_KEY]: 'not json' }), () => 0).status).toBe('unreadable');
    expect(readWorkshop(new MapStorage(), () => 0).status).toBe('none');
  });

  it('a new session never carries the last one', async () => {
    const storage = new MapStorage();
    const first = open(storage, { plan: plan(), id: 'a' }, () => 0);
    first.actor.send({ type: 'points.add', teamId: 't1', delta: 3, reason: 'bravo' });
    first.actor.send({ type: 'session.end' });
    await settle();
    const second = open(storage, { plan: plan(), id: 'b' }, () => 0);
    await settle();
    const stored = readWorkshop(storage);
    expect(stored.status === 'ok' && stored.record.data).toMatchObject({ id: 'b', adjustments: [], endedAt: null });
    expect(second.actor.getSnapshot().context.adjustments).toEqual([]);
  });
});

describe('the session report', () => {
  const find = (id: string) => findLevel(CATALOGUE, id);
  function played(over: Partial<SessionData>): SessionData {
    return { ...newSessionData('r', plan({ levels: ['market', 'archive'] }), 0), endedAt: 900_000, ...over };
  }
  const market = find('market')!;
  const dialogue = market.puzzles.find((p) => p.kind === 'dialogue')!;
  const options = choiceOptions(dialogue);
  const quiz = market.puzzles.find((p) => p.kind === 'quiz')!;

  it('lists each team with its own counts, stars and choices, and a debrief script per level played', () => {
    expect(options.length).toBeGreaterThan(1);
    const solved = (puzzleId: string, hintTier: number, choices: string[] = []) => ({
      puzzleId,
      outcome: { mistakes: 0, hintTier, choices, choicePoints: {} },
      flags: {},
    });
    const data = played({
      tallies: [
        { teamId: 't1', levelId: 'market', timeMs: 60_000, hints: 2, reveals: 0, skips: 0, puzzles: [solved(dialogue.id, 0, [options[0]!.choice])] },
        { teamId: 't2', levelId: 'market', timeMs: 30_000, hints: 0, reveals: 1, skips: 1, puzzles: [{ ...solved(quiz.id, 3), settled: 'skipped' as const }] },
      ],
      adjustments: [{ teamId: 't2', delta: 2, reason: 'Entraide', levelId: 'market' }],
    });
    const report = buildSessionReport(data, find, new Date(0));
    const [t1, t2, t3] = report.teams;
    expect(t1).toMatchObject({ name: 'Les Renards', timeMs: 60_000, hints: 2, reveals: 0, skips: 0, stars: 3, puzzles: 1 });
    expect(t1!.levels[0]!.choices.map((c) => c.choice.fr)).toEqual([options[0]!.text.fr]);
    expect(t2).toMatchObject({ hints: 0, reveals: 1, skips: 1, score: 2, stars: 1 });
    expect(t3).toMatchObject({ timeMs: 0, stars: 0, score: 0, puzzles: 0 });
    expect(report.debrief.map((d) => d.levelId)).toEqual(['market']);
    expect(report.debrief[0]!.reflection).toEqual(market.debrief.reflection);
    expect(report.debrief[0]!.teams[0]!.choices).toHaveLength(1);

    const csv = sessionCsv(report, 'fr');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('team,colour,level,level_title,time_s,stars,hints,reveals,skips,puzzles,competence_points,trainer_points,choices');
    // Three teams × two levels.
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toMatch(/^Les Renards,orange,market,.*,60,3,2,0,0,1,\d+,0,/);
    expect(rows[3]).toMatch(/^Les Abeilles,sky,market,.*,30,1,0,1,1,1,0,2,$/);
  });

  it('together, a team the trainer marked as not finding a puzzle loses it, and its own choice replaces the class', () => {
    const other = options[1]!;
    const classPuzzle = { puzzleId: dialogue.id, outcome: { mistakes: 0, hintTier: 0, choices: [options[0]!.choice], choicePoints: {} }, flags: {} };
    const tally = (teamId: string) => ({ teamId, levelId: 'market', timeMs: 1000, hints: 1, reveals: 0, skips: 0, puzzles: [classPuzzle] });
    const data = played({
      plan: { ...plan({ levels: ['market'] }), mode: 'together' },
      tallies: [tally('t1'), tally('t2'), tally('t3')],
      answers: [
        { levelId: 'market', puzzleId: dialogue.id, teamId: 't2', found: false, choice: null },
        { levelId: 'market', puzzleId: dialogue.id, teamId: 't3', found: true, choice: other.choice },
      ],
    });
    const report = buildSessionReport(data, find, new Date(0));
    expect(report.teams.map((t) => t.puzzles)).toEqual([1, 0, 1]);
    expect(report.teams[2]!.levels[0]!.choices.map((c) => c.choice)).toEqual([other.text]);
  });

  it('writes names that look like formulas as text, and quotes commas and quotes', () => {
    const data = played({
      plan: plan({
        teams: [
          { id: 't1', name: '=HYPERLINK("x")', colour: 'orange' },
          { id: 't2', name: 'A, "B"', colour: 'sky' },
        ],
      }),
    });
    const csv = sessionCsv(buildSessionReport(data, find, new Date(0)), 'en');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"A, ""B"""');
  });
});
