/**
 * The set of levels the game offers: `levels/index.json` names the places of the city and
 * the level files. A file that fails to load is reported and left out; the rest still play.
 * `problems` also lists warnings (severity "warning") of levels that load.
 */
import type { Place } from './schema';
import { actOfFile, fileWaves } from './acts';
import { GLOSSARY_FILE, parseGlossary, type Glossary } from './glossary';
import { parseLevel, parseLevelIndex, type Level, type LevelProblem } from './loader';

export const INDEX_FILE = 'index.json';

export interface Catalogue {
  places: Place[];
  /** Valid levels, in journey order (act, then order). */
  levels: Level[];
  problems: LevelProblem[];
  /** Levels a trainer loaded from a file in the running game: always open, outside the journey. */
  trainerLevels: Level[];
  /** The words the game explains (levels/glossary.json); none when the file is absent or wrong. */
  glossary?: Glossary['terms'];
  /**
   * Level files still on their way: the game starts with the first act, the later acts come right
   * after. Absent once every act is in; until then the journey cannot be complete.
   */
  pending?: number;
}

export type ReadFile = (path: string) => Promise<string>;

async function readSafely(read: ReadFile, file: string): Promise<{ ok: true; text: string } | { ok: false; problem: LevelProblem }> {
  try {
    return { ok: true, text: await read(file) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { file, field: '', message: { fr: `impossible à lire (${reason})`, en: `could not be read (${reason})` } } };
  }
}

function journeyOrder(a: Level, b: Level): number {
  return a.act - b.act || a.order - b.order;
}

export interface LoadOptions {
  /** Called as the files come and the levels are checked: `done` steps of `total`. */
  onProgress?(done: number, total: number): void;
  /** Lets the page breathe between two levels: checking one takes tens of milliseconds on an old phone. */
  pause?(): Promise<void>;
  /** Readability advice on each level (see CheckOptions); on unless said. */
  readability?: boolean;
  /** Called when an act is in and checked while later acts are still to come, with what the game can already play. */
  onPart?(catalogue: Catalogue): void;
}

export async function loadCatalogue(read: ReadFile, options: LoadOptions = {}): Promise<Catalogue> {
  const indexText = await readSafely(read, INDEX_FILE);
  if (!indexText.ok) return { places: [], levels: [], problems: [indexText.problem], trainerLevels: [] };
  const index = parseLevelIndex(INDEX_FILE, indexText.text);
  if (!index.ok) return { places: [], levels: [], problems: index.problems, trainerLevels: [] };

  const problems: LevelProblem[] = [];
  const levels: Level[] = [];
  const placeIds = new Set(index.value.places.map((p) => p.id));
  const files = index.value.levels;
  // Each level file is read, then checked: two steps each, the glossary one more.
  const total = 1 + 2 * files.length;
  let done = 0;
  const step = <T>(value: T): T => {
    options.onProgress?.(++done, total);
    return value;
  };
  const readAll = (wave: readonly string[]) => Promise.all(wave.map((file) => readSafely(read, file).then(step)));
  const waves = fileWaves(files);
  const glossaryRead = readSafely(read, GLOSSARY_FILE).then(step);
  let reading = readAll(waves[0] ?? []);
  const glossaryText = await glossaryRead;
  // A journey without a glossary still plays: its words are simply not explained.
  const parsedGlossary = glossaryText.ok ? parseGlossary(GLOSSARY_FILE, glossaryText.text) : undefined;
  if (parsedGlossary && !parsedGlossary.ok) problems.push(...parsedGlossary.problems);
  const glossary = parsedGlossary?.ok ? parsedGlossary.value.terms : undefined;
  const check = (t: Awaited<typeof reading>[number], file: string) => {
    if (!t.ok) return problems.push(t.problem);
    const parsed = parseLevel(file, t.text, { glossary, readability: options.readability });
    if (!parsed.ok) return problems.push(...parsed.problems);
    // Warnings are listed with the problems; the level still plays.
    problems.push(...(parsed.warnings ?? []));
    const level = parsed.value;
    if (!placeIds.has(level.place))
      return problems.push({
        file,
        field: 'place',
        message: { fr: `aucun lieu "${level.place}" dans ${INDEX_FILE}`, en: `no place "${level.place}" in ${INDEX_FILE}` },
      });
    if (levels.some((l) => l.id === level.id))
      return problems.push({
        file,
        field: 'id',
        message: { fr: `un autre niveau utilise déjà l'identifiant "${level.id}"`, en: `another level already uses the id "${level.id}"` },
      });
    const folder = actOfFile(file);
    if (folder !== null && folder !== level.act)
      problems.push({
        file,
        field: 'act',
        severity: 'warning',
        message: {
          fr: `ce niveau est de l'acte ${level.act} mais rangé dans act-${folder}/ : le jeu le lit avec l'acte ${folder}. Range-le dans act-${level.act}/`,
          en: `this level belongs to act ${level.act} but sits in act-${folder}/: the game reads it with act ${folder}. Move it to act-${level.act}/`,
        },
      });
    levels.push(level);
  };
  const catalogue = (pending: number): Catalogue => ({
    places: index.value.places,
    levels: [...levels].sort(journeyOrder),
    problems: [...problems],
    trainerLevels: [],
    ...(glossary ? { glossary } : {}),
    ...(pending ? { pending } : {}),
  });
  let left = files.length;
  for (const [w, wave] of waves.entries()) {
    const texts = await reading;
    // The next act's files are asked for while this one is checked.
    const following = waves[w + 1];
    if (following) reading = readAll(following);
    for (const [i, text] of texts.entries()) {
      await options.pause?.();
      check(text, wave[i]!);
      step(null);
    }
    left -= wave.length;
    if (left > 0) options.onPart?.(catalogue(left));
  }
  return catalogue(0);
}

/**
 * Adds a trainer's level file to the running game, no build needed. A file loaded again
 * replaces its earlier version; its problems, if any, replace the file's earlier problems.
 */
export function addTrainerLevel(catalogue: Catalogue, file: string, text: string): Catalogue {
  const problems = catalogue.problems.filter((p) => p.file !== file);
  const parsed = parseLevel(file, text, { glossary: catalogue.glossary });
  if (!parsed.ok) return { ...catalogue, problems: [...problems, ...parsed.problems] };
  const level = parsed.value;
  problems.push(...(parsed.warnings ?? []));
  if (catalogue.levels.some((l) => l.id === level.id)) {
    const message = {
      fr: `"${level.id}" est déjà un niveau du parcours : choisir un autre identifiant`,
      en: `"${level.id}" is already a level of the journey: choose another id`,
    };
    return { ...catalogue, problems: [...problems, { file, field: 'id', message }] };
  }
  return { ...catalogue, problems, trainerLevels: [...catalogue.trainerLevels.filter((l) => l.id !== level.id), level] };
}

/**
 * A catalogue that replaces the running one (an act arrived, a level file edited), with the
 * trainer's own files checked again against it: their problems kept, and a level whose id the
 * journey now uses refused as it would have been from the start.
 */
export function withTrainerFiles(catalogue: Catalogue, files: ReadonlyMap<string, string>): Catalogue {
  let out: Catalogue = { ...catalogue, trainerLevels: [] };
  for (const [file, text] of files) out = addTrainerLevel(out, file, text);
  return out;
}

export function findLevel(catalogue: Catalogue, id: string): Level | undefined {
  return catalogue.levels.find((l) => l.id === id) ?? catalogue.trainerLevels.find((l) => l.id === id);
}
