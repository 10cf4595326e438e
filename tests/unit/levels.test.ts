/**
 * The shipped journey, loaded exactly as the game loads it: every level valid, the acts
 * complete, every EntreComp competence trained, every puzzle kind used, decisions carried
 * from act 1 to act 3, and no lock's answer readable in what the game keeps.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPETENCE_IDS } from '../../src/core/competences';
import { loadCatalogue, type Catalogue } from '../../src/core/level/catalogue';
import type { Level, Puzzle } from '../../src/core/level/loader';

const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));
const readLevelFile = (path: string) => readFile(LEVELS_DIR + path, 'utf8');

const ALL_KINDS: Puzzle['kind'][] = ['code-lock', 'cipher', 'hotspots', 'combine', 'sequence', 'sort', 'dialogue', 'allocation', 'quiz', 'timed-events'];
const ARCHIVE = 'act-1/archive.json';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue(readLevelFile);
});

/** Every point source of a level: award rules (room and puzzles) and choice effects. */
function awardedCompetences(level: Level): Set<string> {
  const out = new Set<string>();
  level.room?.awards.forEach((a) => out.add(a.competence));
  for (const p of level.puzzles) {
    p.awards.forEach((a) => out.add(a.competence));
    const effects =
      p.kind === 'dialogue'
        ? p.nodes.flatMap((n) => n.choices.map((c) => c.effects))
        : p.kind === 'timed-events'
          ? p.events.flatMap((e) => e.options.map((o) => o.effects))
          : [];
    for (const e of effects) {
      for (const [competence, points] of Object.entries(e?.points ?? {})) if (points) out.add(competence);
    }
  }
  return out;
}

/** Values a level's choices set on a journey flag. */
function flagValuesSet(level: Level, flag: string): unknown[] {
  return level.puzzles.flatMap((p) => {
    const effects =
      p.kind === 'dialogue'
        ? p.nodes.flatMap((n) => n.choices.map((c) => c.effects))
        : p.kind === 'timed-events'
          ? p.events.flatMap((e) => e.options.map((o) => o.effects))
          : [];
    return effects.flatMap((e) => (e?.flags && flag in e.flags ? [e.flags[flag]] : []));
  });
}

/** Values a level's `when` conditions (choices and text variants) test a journey flag against. */
function flagValuesRead(level: Level, flag: string): unknown[] {
  return level.puzzles.flatMap((p) =>
    p.kind !== 'dialogue'
      ? []
      : p.nodes.flatMap((n) => [...n.choices.map((c) => c.when), ...n.variants.map((v) => v.when)].filter((w) => w?.flag === flag).map((w) => w?.equals)),
  );
}

/** The plain answers a trainer wrote in a level's source file. */
function plainAnswers(source: { puzzles: { kind: string; answer?: string | Record<string, string> }[] }): string[] {
  return source.puzzles
    .filter((p) => (p.kind === 'code-lock' || p.kind === 'cipher') && p.answer !== undefined)
    .flatMap((p) => (typeof p.answer === 'string' ? [p.answer] : Object.values(p.answer ?? {})));
}

describe('the shipped levels', () => {
  it('load without a single problem', () => {
    expect(catalogue.problems).toEqual([]);
  });

  it('make a journey of 9 levels: 3 acts of 3 levels', () => {
    expect(catalogue.levels).toHaveLength(9);
    for (const act of [1, 2, 3]) {
      const inAct = catalogue.levels.filter((l) => l.act === act);
      expect(inAct, `act ${act}`).toHaveLength(3);
      expect(inAct.map((l) => l.order)).toEqual([1, 2, 3]);
    }
    expect(catalogue.levels[0]?.id).toBe('archive');
  });

  it('place every level on a place of the city map', () => {
    const places = new Set(catalogue.places.map((p) => p.id));
    for (const level of catalogue.levels) expect(places.has(level.place), level.id).toBe(true);
    expect(catalogue.places.slice(0, 3).map((p) => p.id)).toEqual(['archive', 'grand-place', 'fablab']);
  });

  it('declare each of the 15 EntreComp competences in some level', () => {
    const declared = new Set(catalogue.levels.flatMap((l) => l.competences));
    expect(COMPETENCE_IDS).toHaveLength(15);
    for (const id of COMPETENCE_IDS) expect(declared.has(id), `${id} is declared by no level`).toBe(true);
  });

  it('award each of the 15 competences through some award rule or choice points', () => {
    const awarded = new Set(catalogue.levels.flatMap((l) => [...awardedCompetences(l)]));
    for (const id of COMPETENCE_IDS) expect(awarded.has(id), `${id} is awarded nowhere`).toBe(true);
  });

  it('use all 10 puzzle kinds', () => {
    const used = new Set(catalogue.levels.flatMap((l) => l.puzzles.map((p) => p.kind)));
    for (const kind of ALL_KINDS) expect(used.has(kind), `no level uses "${kind}"`).toBe(true);
  });

  it('end each act with a finale that combines at least 2 kinds', () => {
    for (const act of [1, 2, 3]) {
      const finale = catalogue.levels.filter((l) => l.act === act).at(-1)!;
      const kinds = new Set(finale.puzzles.map((p) => p.kind));
      expect(kinds.size, `${finale.id} (act ${act} finale)`).toBeGreaterThanOrEqual(2);
    }
  });

  it('carry the supplier decision from act 1 into act 3', () => {
    const set = catalogue.levels.filter((l) => l.act === 1).flatMap((l) => flagValuesSet(l, 'supplier'));
    const read = catalogue.levels.filter((l) => l.act === 3).flatMap((l) => flagValuesRead(l, 'supplier'));
    expect(new Set(set)).toEqual(new Set(['local', 'cheap']));
    expect(read).toContain('local');
    expect(read).toContain('cheap');
  });

  it('keep no code-lock or cipher answer in plain text once loaded', async () => {
    const index = JSON.parse(await readLevelFile('index.json')) as { levels: string[] };
    let checked = 0;
    for (const file of index.levels) {
      const source = JSON.parse(await readLevelFile(file));
      const loaded = catalogue.levels.find((l) => l.id === source.id);
      expect(loaded, file).toBeDefined();
      const kept = JSON.stringify(loaded).toLowerCase();
      for (const answer of plainAnswers(source)) {
        checked++;
        expect(kept.includes(answer.toLowerCase()), `${file}: "${answer}" is readable in the loaded level`).toBe(false);
      }
      for (const p of loaded!.puzzles) {
        if (p.kind === 'code-lock' || p.kind === 'cipher') {
          expect(p).not.toHaveProperty('answer');
          expect(JSON.stringify(p.answerHash)).toMatch(/sha256:[0-9a-f]{64}/);
        }
      }
    }
    // The archive's code, the finale's cipher (fr + en) and the finale's lock at least.
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('a broken copy of the archive level', () => {
  /** Loads the real catalogue with the archive file replaced by a broken copy of it. */
  // A broken copy can be any shape: the test reaches into it as the author of a bad file would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function loadWithBrokenArchive(breakIt: (level: any) => void): Promise<Catalogue> {
    const archive = JSON.parse(await readLevelFile(ARCHIVE));
    breakIt(archive);
    return loadCatalogue((path) => (path === ARCHIVE ? Promise.resolve(JSON.stringify(archive)) : readLevelFile(path)));
  }

  it('names the file and the hotspot field when a hotspot requires an unknown item', async () => {
    const result = await loadWithBrokenArchive((level) => {
      level.room.hotspots[2].requires = 'silver-key';
    });
    expect(result.problems).toContainEqual({
      file: ARCHIVE,
      field: 'room.hotspots[2].requires',
      line: expect.any(Number),
      column: expect.any(Number),
      message: { fr: expect.stringContaining('"silver-key"'), en: expect.stringContaining('"silver-key"') },
    });
  });

  it('names the exact text field when an English text is missing', async () => {
    const result = await loadWithBrokenArchive((level) => {
      delete level.title.en;
      delete level.room.hotspots[0].text.en;
    });
    const fields = result.problems.filter((p) => p.file === ARCHIVE).map((p) => p.field);
    expect(fields).toContain('title.en');
    expect(fields).toContain('room.hotspots[0].text.en');
  });

  it('names the puzzle kind field when the kind does not exist', async () => {
    const result = await loadWithBrokenArchive((level) => {
      level.puzzles[0].kind = 'padlock';
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ file: ARCHIVE, field: 'puzzles[0].kind' }));
  });

  it('is left out while the other levels still load', async () => {
    const result = await loadWithBrokenArchive((level) => {
      level.room.hotspots[2].requires = 'silver-key';
    });
    expect(result.problems.every((p) => p.file === ARCHIVE)).toBe(true);
    expect(result.levels.map((l) => l.id)).not.toContain('archive');
    expect(result.levels).toHaveLength(8);
  });
});
