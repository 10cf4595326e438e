import { describe, expect, it } from 'vitest';
import { addPoints, AREAS, areaOf, COMPETENCE_IDS, pointsByArea, scoreOutcome, starsFor, type Award, type Outcome } from '../../src/core/competences';
import { isJourneyComplete, levelResult, levelStatus, mergeRecord, nextLevel, totalPoints } from '../../src/core/journey';
import type { PuzzleOutput } from '../../src/core/puzzle';
import { emptyProgress, type LevelRecord, type Progress } from '../../src/core/save';
import { codeLock, makeLevel, t } from './support/levels';

const outcome = (o: Partial<Outcome> = {}): Outcome => ({ mistakes: 0, hintTier: 0, choices: [], choicePoints: {}, ...o });

const record = (r: Partial<LevelRecord> = {}): LevelRecord => ({
  stars: 3,
  points: {},
  hintTier: 0,
  mistakes: 0,
  choices: [],
  timeMs: 1000,
  completedAt: '2025-01-01T00:00:00.000Z',
  ...r,
});

const progressWith = (done: Record<string, Partial<LevelRecord>>): Progress => ({
  ...emptyProgress(),
  levels: Object.fromEntries(Object.entries(done).map(([id, r]) => [id, record(r)])),
});

const one = makeLevel({ id: 'one', order: 1 });
const two = makeLevel({ id: 'two', order: 2 });
const three = makeLevel({ id: 'three', order: 3 });
const journey = [one, two, three];

describe('levelStatus', () => {
  it('the first level is open on a fresh journey, the others locked', () => {
    const p = emptyProgress();
    expect(levelStatus(journey, p, 'one')).toBe('open');
    expect(levelStatus(journey, p, 'two')).toBe('locked');
    expect(levelStatus(journey, p, 'three')).toBe('locked');
  });

  it('the next level opens once the previous one is done; done levels stay replayable', () => {
    const p = progressWith({ one: {} });
    expect(levelStatus(journey, p, 'one')).toBe('done');
    expect(levelStatus(journey, p, 'two')).toBe('open');
    expect(levelStatus(journey, p, 'three')).toBe('locked');
    const q = progressWith({ one: {}, two: {} });
    expect(levelStatus(journey, q, 'three')).toBe('open');
  });

  it('only the level just before matters (order of the list, not of completion)', () => {
    // "two" was done (an imported save, say) but not "one": "three" is open, "one" open, "two" done.
    const p = progressWith({ two: {} });
    expect(levelStatus(journey, p, 'one')).toBe('open');
    expect(levelStatus(journey, p, 'two')).toBe('done');
    expect(levelStatus(journey, p, 'three')).toBe('open');
  });

  it('an unknown level id is locked, even if the save has a record for it', () => {
    expect(levelStatus(journey, emptyProgress(), 'nowhere')).toBe('locked');
    expect(levelStatus(journey, progressWith({ nowhere: {} }), 'nowhere')).toBe('locked');
  });

  it('no levels at all: everything is locked', () => {
    expect(levelStatus([], emptyProgress(), 'one')).toBe('locked');
  });
});

describe('isJourneyComplete / nextLevel', () => {
  it('complete only when every level is done', () => {
    expect(isJourneyComplete({ levels: journey }, emptyProgress())).toBe(false);
    expect(isJourneyComplete({ levels: journey }, progressWith({ one: {}, two: {} }))).toBe(false);
    expect(isJourneyComplete({ levels: journey }, progressWith({ one: {}, two: {}, three: {} }))).toBe(true);
    // Later acts still on their way: not over yet.
    expect(isJourneyComplete({ levels: journey, pending: 3 }, progressWith({ one: {}, two: {}, three: {} }))).toBe(false);
  });

  it('records of levels no longer offered do not count', () => {
    expect(isJourneyComplete({ levels: journey }, progressWith({ one: {}, two: {}, old: {} }))).toBe(false);
  });

  it('an empty journey is never complete', () => {
    expect(isJourneyComplete({ levels: [] }, emptyProgress())).toBe(false);
    expect(isJourneyComplete({ levels: [] }, progressWith({ one: {} }))).toBe(false);
  });

  it('nextLevel is the first level not done yet, undefined at the end', () => {
    expect(nextLevel(journey, emptyProgress())?.id).toBe('one');
    expect(nextLevel(journey, progressWith({ one: {} }))?.id).toBe('two');
    expect(nextLevel(journey, progressWith({ two: {} }))?.id).toBe('one');
    expect(nextLevel(journey, progressWith({ one: {}, two: {}, three: {} }))).toBeUndefined();
    expect(nextLevel([], emptyProgress())).toBeUndefined();
  });
});

describe('scoreOutcome (award rules)', () => {
  const award = (rule: Award['for'], points = 1, competence: Award['competence'] = 'creativity'): Award => ({ competence, points, for: rule });

  it("'solved' always holds", () => {
    expect(scoreOutcome([award('solved', 2)], outcome({ hintTier: 3, mistakes: 9 }))).toEqual({ creativity: 2 });
  });

  it("'no-hint' holds only at hint tier 0", () => {
    expect(scoreOutcome([award('no-hint')], outcome({ hintTier: 0 }))).toEqual({ creativity: 1 });
    expect(scoreOutcome([award('no-hint')], outcome({ hintTier: 1 }))).toEqual({});
  });

  it("'no-answer-hint' holds below tier 3 (the answer)", () => {
    expect(scoreOutcome([award('no-answer-hint')], outcome({ hintTier: 2 }))).toEqual({ creativity: 1 });
    expect(scoreOutcome([award('no-answer-hint')], outcome({ hintTier: 3 }))).toEqual({});
  });

  it("'kept-trying' holds after at least one mistake", () => {
    expect(scoreOutcome([award('kept-trying')], outcome({ mistakes: 0 }))).toEqual({});
    expect(scoreOutcome([award('kept-trying')], outcome({ mistakes: 1 }))).toEqual({ creativity: 1 });
  });

  it('{choice} holds when that choice was picked', () => {
    const rules = [award({ choice: 'share' }, 3, 'ethical-thinking')];
    expect(scoreOutcome(rules, outcome({ choices: ['keep'] }))).toEqual({});
    expect(scoreOutcome(rules, outcome({ choices: ['keep', 'share'] }))).toEqual({ 'ethical-thinking': 3 });
  });

  it('adds up several rules on one competence, and keeps the points the choices carry', () => {
    const rules = [award('solved', 2, 'planning'), award('no-hint', 1, 'planning'), award('kept-trying', 1, 'motivation')];
    const got = scoreOutcome(rules, outcome({ mistakes: 2, choicePoints: { planning: 1, vision: 2 } }));
    expect(got).toEqual({ planning: 4, motivation: 1, vision: 2 });
  });

  it('does not change the outcome it scores', () => {
    const o = outcome({ choicePoints: { vision: 1 } });
    scoreOutcome([award('solved', 1, 'vision')], o);
    expect(o.choicePoints).toEqual({ vision: 1 });
  });
});

describe('starsFor / pointsByArea / addPoints', () => {
  it('stars from the hint tier: 0→3, 1-2→2, 3→1', () => {
    expect(starsFor(0)).toBe(3);
    expect(starsFor(1)).toBe(2);
    expect(starsFor(2)).toBe(2);
    expect(starsFor(3)).toBe(1);
    expect(starsFor(7)).toBe(1);
  });

  it('pointsByArea sums the competences of each area', () => {
    expect(pointsByArea({})).toEqual({ ideas: 0, resources: 0, action: 0 });
    expect(pointsByArea({ creativity: 2, 'valuing-ideas': 3, 'financial-literacy': 1, planning: 4, 'working-with-others': 1 })).toEqual({
      ideas: 5,
      resources: 1,
      action: 5,
    });
  });

  it('15 competences, 5 in each of the 3 areas', () => {
    expect(COMPETENCE_IDS).toHaveLength(15);
    for (const area of AREAS) expect(COMPETENCE_IDS.filter((id) => areaOf(id) === area)).toHaveLength(5);
  });

  it('addPoints adds per competence without touching its inputs and drops zeros it adds', () => {
    const a = { creativity: 1 };
    expect(addPoints(a, { creativity: 2, vision: 0, planning: 1 })).toEqual({ creativity: 3, planning: 1 });
    expect(a).toEqual({ creativity: 1 });
  });
});

describe('levelResult', () => {
  const level = makeLevel({
    id: 'lvl',
    competences: ['spotting-opportunities', 'valuing-ideas', 'learning-through-experience', 'ethical-thinking'],
    room: {
      items: [],
      hotspots: [
        { id: 'a', label: t('A'), x: 1, y: 1, w: 5, h: 5, prop: 'cabinet', opens: 'lock-a' },
        { id: 'b', label: t('B'), x: 10, y: 1, w: 5, h: 5, prop: 'box', opens: 'lock-b' },
      ],
      hints: [t('1'), t('2'), t('3')],
      awards: [
        { competence: 'spotting-opportunities', points: 2, for: 'solved' },
        { competence: 'spotting-opportunities', points: 1, for: 'no-answer-hint' },
      ],
      goal: 'lock-b',
    },
    puzzles: [
      codeLock('lock-a', '11', {
        awards: [
          { competence: 'valuing-ideas', points: 2, for: 'solved' },
          { competence: 'learning-through-experience', points: 1, for: 'kept-trying' },
        ],
      }),
      codeLock('lock-b', '22', {
        awards: [
          { competence: 'spotting-opportunities', points: 1, for: 'no-hint' },
          { competence: 'ethical-thinking', points: 2, for: { choice: 'fair' } },
        ],
      }),
    ],
    badge: { id: 'lvl-badge', label: t('Badge') },
  });
  const out = (puzzleId: string, o: Partial<Outcome> = {}, flags: PuzzleOutput['flags'] = {}): PuzzleOutput => ({
    puzzleId,
    outcome: outcome(o),
    flags,
  });

  it('a clean run: room and puzzle awards, 3 stars, the badge', () => {
    const r = levelResult(level, outcome(), [out('lock-a'), out('lock-b')]);
    expect(r).toEqual({
      levelId: 'lvl',
      stars: 3,
      points: { 'spotting-opportunities': 4, 'valuing-ideas': 2 },
      hintTier: 0,
      mistakes: 0,
      choices: [],
      flags: {},
      badge: 'lvl-badge',
    });
  });

  it('the highest hint tier anywhere sets the stars; mistakes add up and never lower stars', () => {
    const r = levelResult(level, outcome({ hintTier: 1 }), [out('lock-a', { mistakes: 2 }), out('lock-b', { mistakes: 1, hintTier: 2 })]);
    expect(r.hintTier).toBe(2);
    expect(r.stars).toBe(2);
    expect(r.mistakes).toBe(3);
    expect(r.points).toEqual({ 'spotting-opportunities': 3, 'valuing-ideas': 2, 'learning-through-experience': 1 });
  });

  it('the answer hint in the room alone gives 1 star and loses the room bonus', () => {
    const r = levelResult(level, outcome({ hintTier: 3 }), [out('lock-a'), out('lock-b')]);
    expect(r.stars).toBe(1);
    expect(r.points['spotting-opportunities']).toBe(3); // 2 solved + 1 no-hint on lock-b, no room bonus
  });

  it('choices are prefixed with their puzzle and score their award; flags merge', () => {
    const r = levelResult(level, outcome(), [
      out('lock-a', { choices: ['x'] }, { first: true, name: 'a' }),
      out('lock-b', { choices: ['fair'], choicePoints: { 'valuing-ideas': 1 } }, { name: 'b' }),
    ]);
    expect(r.choices).toEqual(['lock-a:x', 'lock-b:fair']);
    expect(r.points).toMatchObject({ 'ethical-thinking': 2, 'valuing-ideas': 3 });
    expect(r.flags).toEqual({ first: true, name: 'b' });
  });

  it('outputs of puzzles the level does not have are ignored', () => {
    const r = levelResult(level, outcome(), [out('lock-a'), out('ghost', { hintTier: 3, mistakes: 5, choicePoints: { vision: 9 } })]);
    expect(r.hintTier).toBe(0);
    expect(r.mistakes).toBe(0);
    expect(r.points).not.toHaveProperty('vision');
  });

  it('without a room outcome the room awards are not counted', () => {
    const r = levelResult(level, null, [out('lock-a')]);
    expect(r.points).toEqual({ 'valuing-ideas': 2 });
  });

  it('a level without room or badge', () => {
    const plain = makeLevel({ id: 'plain' });
    const r = levelResult(plain, null, [out('lock-a', { hintTier: 1 })]);
    expect(r).toMatchObject({ levelId: 'plain', stars: 2, hintTier: 1, badge: null, points: {} });
  });
});

describe('mergeRecord / totalPoints', () => {
  it('first play: the record as is', () => {
    const next = record({ stars: 1 });
    expect(mergeRecord(undefined, next)).toBe(next);
  });

  it('a worse replay keeps best stars and best points per competence', () => {
    const old = record({ stars: 3, points: { creativity: 3, vision: 1 } });
    const next = record({ stars: 1, points: { creativity: 1, planning: 2 }, mistakes: 5, timeMs: 2 });
    // Stars, hints and mistakes stay those of the best run; points are the best per competence.
    expect(mergeRecord(old, next)).toEqual({
      ...next,
      stars: 3,
      hintTier: old.hintTier,
      mistakes: old.mistakes,
      points: { creativity: 3, vision: 1, planning: 2 },
    });
  });

  it('a better replay raises them', () => {
    expect(mergeRecord(record({ stars: 1, points: { creativity: 1 } }), record({ stars: 2, points: { creativity: 4 } }))).toMatchObject({
      stars: 2,
      points: { creativity: 4 },
    });
  });

  it('totalPoints adds every level record', () => {
    expect(totalPoints(emptyProgress())).toEqual({});
    const p = progressWith({ one: { points: { creativity: 2, vision: 1 } }, two: { points: { creativity: 1, planning: 3 } } });
    expect(totalPoints(p)).toEqual({ creativity: 3, vision: 1, planning: 3 });
  });
});
