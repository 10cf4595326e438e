/**
 * The levels an answer key is made from, read from their source files (where the answers are
 * plain), and the choice of levels a trainer names on the command line: an act, level ids, files.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { INDEX_FILE, loadCatalogue } from '../../src/core/level/catalogue';
import { describeProblem, parseLevel, type LevelProblem } from '../../src/core/level/loader';
import { levelSchema, type Place, type RawLevel } from '../../src/core/level/schema';

/** A level as the answer key reads it: checked like the game's, with its answers still plain. */
export interface SourceLevel {
  /** Where it was read: relative to levels/ for the journey's files, as given otherwise. */
  file: string;
  level: RawLevel;
  place: Place | undefined;
}

export interface Journey {
  levels: SourceLevel[];
  places: Place[];
  problems: LevelProblem[];
}

/** The journey's levels, in journey order, read and checked as `npm run levels:check` does. */
export async function readJourney(levelsDir: string): Promise<Journey> {
  const sources = new Map<string, string>();
  const catalogue = await loadCatalogue(async (file) => {
    const text = await readFile(join(levelsDir, file), 'utf8');
    sources.set(file, text);
    return text;
  });
  const fileOf = new Map<string, string>();
  const raw = new Map<string, RawLevel>();
  for (const [file, text] of sources) {
    if (file === INDEX_FILE) continue;
    const parsed = levelSchema.safeParse(safeJson(text));
    if (parsed.success && !fileOf.has(parsed.data.id)) {
      fileOf.set(parsed.data.id, file);
      raw.set(parsed.data.id, parsed.data);
    }
  }
  const levels = catalogue.levels.flatMap((l) => {
    const level = raw.get(l.id);
    const file = fileOf.get(l.id);
    return level && file ? [{ file, level, place: catalogue.places.find((p) => p.id === level.place) }] : [];
  });
  return { levels, places: catalogue.places, problems: catalogue.problems };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export type Selection = { ok: true; levels: SourceLevel[] } | { ok: false; errors: string[] };

const ACT = /^(?:act-?)?(\d+)$/i;

/**
 * The levels named by the trainer, in journey order: none named is every level; `1` or `act-1`
 * an act; a level id (`archive`); a level file, of the journey (`levels/act-1/archive.json`,
 * `act-1/archive.json`) or of the trainer's own (checked as the game would load it).
 */
export async function selectLevels(journey: Journey, targets: readonly string[], where: { cwd: string; levelsDir: string }): Promise<Selection> {
  if (targets.length === 0) return { ok: true, levels: journey.levels };
  const chosen: SourceLevel[] = [];
  const errors: string[] = [];
  const acts = [...new Set(journey.levels.map((l) => l.level.act))].sort();
  const ids = journey.levels.map((l) => l.level.id);
  for (const target of targets) {
    const act = ACT.exec(target);
    const byId = journey.levels.find((l) => l.level.id === target);
    if (act) {
      const inAct = journey.levels.filter((l) => l.level.act === Number(act[1]));
      if (inAct.length) chosen.push(...inAct);
      else errors.push(`no act ${act[1]} in the journey (acts: ${acts.join(', ')})`);
    } else if (byId) chosen.push(byId);
    else if (target.endsWith('.json')) {
      const found = await levelFile(journey, target, where);
      if (typeof found === 'string') errors.push(found);
      else chosen.push(found);
    } else errors.push(`"${target}" is not an act (1, act-2…), a level id (${ids.join(', ')}) or a level file (.json)`);
  }
  if (errors.length) return { ok: false, errors };
  const journeyOrder = (a: SourceLevel, b: SourceLevel) => a.level.act - b.level.act || a.level.order - b.level.order;
  return { ok: true, levels: [...new Set(chosen)].sort(journeyOrder) };
}

/** A level file named on the command line: one of the journey's, or a trainer's own file (or an explanation of why not). */
async function levelFile(journey: Journey, target: string, where: { cwd: string; levelsDir: string }): Promise<SourceLevel | string> {
  const path = [resolve(where.cwd, target), resolve(where.levelsDir, target)].find((p) => existsSync(p));
  if (!path) return `no level file "${target}"`;
  const inLevels = relative(where.levelsDir, path);
  if (!inLevels.startsWith('..') && !inLevels.startsWith(sep)) {
    const own = journey.levels.find((l) => l.file === inLevels.split(sep).join('/'));
    if (own) return own;
  }
  const text = await readFile(path, 'utf8');
  const checked = parseLevel(target, text);
  if (!checked.ok) return checked.problems.map((p) => describeProblem(p)).join('\n');
  const level = levelSchema.parse(JSON.parse(text));
  return { file: target, level, place: journey.places.find((p) => p.id === level.place) };
}
