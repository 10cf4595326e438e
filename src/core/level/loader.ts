/**
 * Parses a level file at the edge: JSON → schema → cross-references → typed Level.
 * Every problem comes back as { file, field, message } so the game can show it in plain words,
 * in French and in English.
 */
import type { z } from 'zod';
import type { GlossaryEntry } from '../glossary';
import { withHashedAnswer } from '../answers';
import type { PuzzleChecks } from '../puzzle';
import { puzzleKind, type Puzzle } from '../../puzzles';
import { explainIssue, type Message } from './messages';
import { isWarning, type LevelProblem } from './problem';
import { LEVEL_FORMAT_VERSION, levelIndexSchema, levelSchema, type LevelIndex, type RawLevel, type RawPuzzle } from './schema';
import { readabilityWarnings } from './readability';
import { findDeadEnds } from './solvable';
import { readSource, type LevelSource } from './source';
import { answerShown } from './spoilers';

export { describeProblem, isWarning, type LevelProblem } from './problem';

/** A level that loads may still come with warnings, to show the trainer. */
export type Result<T> = { ok: true; value: T; warnings?: LevelProblem[] } | { ok: false; problems: LevelProblem[] };

export type { Puzzle, PuzzleOf } from '../../puzzles';
export type Level = Omit<RawLevel, 'puzzles'> & { puzzles: Puzzle[] };
export type Room = NonNullable<Level['room']>;
export type Hotspot = Room['hotspots'][number];

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

export function fromZod(file: string, error: z.ZodError, source?: LevelSource): LevelProblem[] {
  return error.issues.flatMap((issue) =>
    explainIssue(issue).map((p) => {
      const field = fieldPath(p.path);
      // An unknown field is reported on the object that holds it, but shown where the field itself is written.
      const first = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const place = source && first !== undefined ? source.locate(fieldPath([...p.path, first])) : undefined;
      return { file, field, message: p.message, ...place };
    }),
  );
}

/** Schema checks report the value they got, so a message can show it ("received: 1.5"). */
const WITH_INPUT = { reportInput: true } as const;

export function parseJson(
  file: string,
  source: unknown,
): { ok: true; value: unknown; source?: LevelSource; problems: LevelProblem[] } | { ok: false; problems: LevelProblem[] } {
  if (typeof source !== 'string') return { ok: true, value: source, problems: [] };
  const read = readSource(source);
  const problems = read.problems.map((p) => ({ file, ...p }));
  return read.ok ? { ok: true, value: read.source.value, source: read.source, problems } : { ok: false, problems };
}

/** The puzzle as the game plays it: a secret answer replaced by its hash (checked present before). */
function hashPuzzle(p: RawPuzzle): Puzzle {
  if (!puzzleKind(p.kind)?.secretAnswer || !('answer' in p || 'answerHash' in p)) return p as Puzzle;
  return (withHashedAnswer(p) ?? p) as Puzzle;
}

const noRoomItem = (x: string): Message => ({ fr: `aucun objet "${x}" dans room.items`, en: `no item "${x}" in room.items` });
const noPuzzle = (x: string): Message => ({ fr: `aucune énigme "${x}" dans puzzles`, en: `no puzzle "${x}" in puzzles` });

/**
 * Every list of things with an `id` (puzzles, room items and hotspots, steps, choices, nodes,
 * options…) names each thing once: a second one with the same id would be unreachable.
 */
function duplicateIds(root: unknown, add: (field: string, message: Message) => void): void {
  // Iterative: a level given as data (not text) has had no depth check.
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      value.forEach((el: unknown, i) => {
        const id = typeof el === 'object' && el !== null && 'id' in el ? el.id : undefined;
        if (typeof id === 'string' && seen.has(id))
          add(`${path}[${i}].id`, {
            fr: `l'identifiant "${id}" est utilisé deux fois : donner un autre identifiant à celui-ci`,
            en: `the id "${id}" is used twice: give this one another id`,
          });
        if (typeof id === 'string') seen.add(id);
        stack.push({ value: el, path: `${path}[${i}]` });
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) stack.push({ value: v, path: path ? `${path}.${key}` : key });
    }
  }
}

/** What a level is checked against besides itself: the glossary that explains its business words. */
export interface CheckOptions {
  glossary?: readonly GlossaryEntry[];
  /**
   * Readability advice (warnings only, never a reason to refuse a level): on unless said. The
   * authoring tools give it; the built game's start leaves it out, it costs an old phone a
   * quarter of a second of matching words.
   */
  readability?: boolean;
}

/** Checks the schema cannot express: ids that must exist, be unique, and agree; texts a weak reader can follow. */
function crossCheck(file: string, level: RawLevel, options: CheckOptions = {}): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (field: string, message: Message) => problems.push({ file, field, message });
  const declared: ReadonlySet<string> = new Set(level.competences);
  const puzzleIds = new Set<string>();

  const checkAwards = (base: string, awards: { competence: string }[]) =>
    awards.forEach((a, i) => {
      if (!declared.has(a.competence))
        add(`${base}.awards[${i}].competence`, {
          fr: `"${a.competence}" n'est pas dans la liste "competences" de ce niveau`,
          en: `"${a.competence}" is not in this level's "competences" list`,
        });
    });
  const checksAt = (base: string): PuzzleChecks => ({
    add: (field, message) => add(`${base}.${field}`, message),
    warn: (field, message) => problems.push({ file, field: `${base}.${field}`, message, severity: 'warning' }),
  });

  duplicateIds(level, add);
  level.puzzles.forEach((p, i) => {
    const base = `puzzles[${i}]`;
    puzzleIds.add(p.id);
    checkAwards(base, p.awards);
    const kind = puzzleKind(p.kind);
    if (kind?.secretAnswer && !('answer' in p && p.answer) && !('answerHash' in p && p.answerHash))
      add(`${base}.answer`, { fr: 'il faut une "answer" (ou son "answerHash")', en: 'an "answer" (or its "answerHash") is required' });
    kind?.checkPuzzle(p, checksAt(base));
  });

  const room = level.room;
  if (room) {
    const items = new Set(room.items.map((it) => it.id));
    checkAwards('room', room.awards);
    room.hotspots.forEach((h, i) => {
      const base = `room.hotspots[${i}]`;
      if (h.gives && !items.has(h.gives)) add(`${base}.gives`, noRoomItem(h.gives));
      if (h.requires && !items.has(h.requires)) add(`${base}.requires`, noRoomItem(h.requires));
      if (h.opens && !puzzleIds.has(h.opens)) add(`${base}.opens`, noPuzzle(h.opens));
      if (!h.text && !h.gives && !h.opens)
        add(base, {
          fr: 'une zone cliquable doit avoir un "text", un "gives" ou un "opens"',
          en: 'a hotspot needs a "text", "gives" or "opens"',
        });
    });
    level.puzzles.forEach((p, i) => {
      if (p.gives && !items.has(p.gives)) add(`puzzles[${i}].gives`, noRoomItem(p.gives));
    });
    if (!puzzleIds.has(room.goal)) add('room.goal', noPuzzle(room.goal));
    else if (!room.hotspots.some((h) => h.opens === room.goal))
      add('room.goal', {
        fr: `aucune zone cliquable n'ouvre l'énigme qui termine le niveau, "${room.goal}"`,
        en: `no hotspot opens the goal puzzle "${room.goal}"`,
      });
  }
  if (!room)
    level.puzzles.forEach(
      (p, i) =>
        p.gives &&
        add(`puzzles[${i}].gives`, {
          fr: 'seul un niveau avec une salle ("room") peut donner des objets',
          en: 'only a level with a room can give items',
        }),
    );
  if (!problems.some((p) => !isWarning(p))) {
    for (const dead of findDeadEnds(level)) problems.push({ file, ...dead });
  }
  for (const shown of answerShown(level)) problems.push({ file, ...shown, severity: 'warning' });
  if (options.readability !== false) for (const hard of readabilityWarnings(level, options.glossary)) problems.push({ file, ...hard, severity: 'warning' });
  return problems;
}

/** Every problem of a level file, errors and warnings, each where it is written when read from text. */
export function checkLevel(file: string, source: unknown, options: CheckOptions = {}): LevelProblem[] {
  const result = parseLevel(file, source, options);
  return result.ok ? (result.warnings ?? []) : result.problems;
}

export function parseLevel(file: string, source: unknown, options: CheckOptions = {}): Result<Level> {
  const json = parseJson(file, source);
  if (!json.ok) return json;
  const located = (problems: LevelProblem[]) =>
    json.source ? problems.map((p) => (p.line === undefined ? { ...p, ...json.source!.locate(p.field) } : p)) : problems;
  const result = checkParsed(file, json.value, json.source, options);
  // A field already named for a hidden character or a key written twice is not reported again by the schema.
  const named = new Set(json.problems.map((p) => p.field));
  const problems = located([...json.problems, ...result.problems.filter((p) => !named.has(p.field))]);
  if (!result.level || problems.some((p) => !isWarning(p))) return { ok: false, problems };
  return problems.length ? { ok: true, value: result.level, warnings: problems } : { ok: true, value: result.level };
}

function checkParsed(file: string, value: unknown, source?: LevelSource, options: CheckOptions = {}): { level?: Level; problems: LevelProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('formatVersion' in value)) {
    const wrapped = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'formatVersion' in v);
    const message = wrapped
      ? {
          fr: 'le niveau est entouré de crochets [ ] : un fichier tient un seul niveau, qui commence par "{". Enlève le "[" du début et le "]" de la fin',
          en: 'the level is wrapped in brackets [ ]: a file holds one level, starting with "{". Remove the leading "[" and the trailing "]"',
        }
      : {
          fr: 'ce n\'est pas un fichier de niveau Envol (pas de "formatVersion")',
          en: 'this is not an Envol level file (no "formatVersion")',
        };
    return { problems: [{ file, field: wrapped ? '' : 'formatVersion', message }] };
  }
  const v = (value as { formatVersion: unknown }).formatVersion;
  if (typeof v === 'number' && v > LEVEL_FORMAT_VERSION) {
    const message = {
      fr: `le format ${v} est plus récent que celui que ce jeu lit (${LEVEL_FORMAT_VERSION}) : mettre le jeu à jour`,
      en: `format ${v} is newer than this game reads (${LEVEL_FORMAT_VERSION}): update the game`,
    };
    return { problems: [{ file, field: 'formatVersion', message }] };
  }
  const parsed = levelSchema.safeParse(value, WITH_INPUT);
  if (!parsed.success) return { problems: fromZod(file, parsed.error, source) };
  const problems = crossCheck(file, parsed.data, options);
  if (problems.some((p) => !isWarning(p))) return { problems };
  const { $schema: _schema, ...data } = parsed.data;
  return { level: { ...data, puzzles: data.puzzles.map(hashPuzzle) }, problems };
}

export function parseLevelIndex(file: string, source: unknown): Result<LevelIndex> {
  const json = parseJson(file, source);
  if (!json.ok) return json;
  const located = (problems: LevelProblem[]) => (json.source ? problems.map((p) => ({ ...p, ...json.source!.locate(p.field) })) : problems);
  if (json.problems.length) return { ok: false, problems: json.problems };
  const parsed = levelIndexSchema.safeParse(json.value, WITH_INPUT);
  if (!parsed.success) return { ok: false, problems: located(fromZod(file, parsed.error, json.source)) };
  return { ok: true, value: parsed.data };
}
