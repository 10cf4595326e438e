/**
 * Parses a level file at the edge: JSON → schema → cross-references → typed Level.
 * Every problem comes back as { file, field, message } so the game can show it in plain words,
 * in French and in English.
 */
import type { z } from 'zod';
import { withHashedAnswer } from '../answers';
import type { PuzzleChecks } from '../puzzle';
import { puzzleKind, type Puzzle } from '../../puzzles';
import type { Lang } from '../i18n';
import { explainIssue, type Message } from './messages';
import { LEVEL_FORMAT_VERSION, levelIndexSchema, levelSchema, type LevelIndex, type RawLevel, type RawPuzzle } from './schema';
import { findDeadEnds } from './solvable';

export interface LevelProblem {
  file: string;
  /** Dotted path to the field, like `room.hotspots[2].requires`; empty for the whole file. */
  field: string;
  /** What is wrong, in every language of the game. */
  message: Message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: LevelProblem[] };

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

function fromZod(file: string, error: z.ZodError): LevelProblem[] {
  return error.issues.flatMap((issue) => explainIssue(issue).map((p) => ({ file, field: fieldPath(p.path), message: p.message })));
}

/** Schema checks report the value they got, so a message can show it ("received: 1.5"). */
const WITH_INPUT = { reportInput: true } as const;

function parseJson(file: string, source: unknown): Result<unknown> {
  if (typeof source !== 'string') return { ok: true, value: source };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [{ file, field: '', message: { fr: `ce n'est pas du JSON valide (${reason})`, en: `not valid JSON (${reason})` } }],
    };
  }
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
function duplicateIds(value: unknown, path: string, add: (field: string, message: Message) => void): void {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    value.forEach((el: unknown, i) => {
      const id = typeof el === 'object' && el !== null && 'id' in el ? el.id : undefined;
      if (typeof id === 'string' && seen.has(id))
        add(`${path}[${i}].id`, { fr: `l'identifiant "${id}" est utilisé deux fois`, en: `the id "${id}" is used twice` });
      if (typeof id === 'string') seen.add(id);
      duplicateIds(el, `${path}[${i}]`, add);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) duplicateIds(v, path ? `${path}.${key}` : key, add);
  }
}

/** Checks the schema cannot express: ids that must exist, be unique, and agree. */
function crossCheck(file: string, level: RawLevel): LevelProblem[] {
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
  const checksAt = (base: string): PuzzleChecks => ({ add: (field, message) => add(`${base}.${field}`, message) });

  duplicateIds(level, '', add);
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
  if (problems.length === 0) {
    for (const dead of findDeadEnds(level)) add(dead.field, dead.message);
  }
  return problems;
}

export function parseLevel(file: string, source: unknown): Result<Level> {
  const json = parseJson(file, source);
  if (!json.ok) return json;
  if (typeof json.value !== 'object' || json.value === null || !('formatVersion' in json.value)) {
    const message = {
      fr: 'ce n\'est pas un fichier de niveau Envol (pas de "formatVersion")',
      en: 'this is not an Envol level file (no "formatVersion")',
    };
    return { ok: false, problems: [{ file, field: 'formatVersion', message }] };
  }
  const v = (json.value as { formatVersion: unknown }).formatVersion;
  if (typeof v === 'number' && v > LEVEL_FORMAT_VERSION) {
    const message = {
      fr: `le format ${v} est plus récent que celui que ce jeu lit (${LEVEL_FORMAT_VERSION}) : mettre le jeu à jour`,
      en: `format ${v} is newer than this game reads (${LEVEL_FORMAT_VERSION}): update the game`,
    };
    return { ok: false, problems: [{ file, field: 'formatVersion', message }] };
  }
  const parsed = levelSchema.safeParse(json.value, WITH_INPUT);
  if (!parsed.success) return { ok: false, problems: fromZod(file, parsed.error) };
  const problems = crossCheck(file, parsed.data);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { ...parsed.data, puzzles: parsed.data.puzzles.map(hashPuzzle) } };
}

export function parseLevelIndex(file: string, source: unknown): Result<LevelIndex> {
  const json = parseJson(file, source);
  if (!json.ok) return json;
  const parsed = levelIndexSchema.safeParse(json.value, WITH_INPUT);
  if (!parsed.success) return { ok: false, problems: fromZod(file, parsed.error) };
  return { ok: true, value: parsed.data };
}

/** One line for a console or a tooltip: `file › field: message`, in English unless asked. */
export function describeProblem(p: LevelProblem, lang: Lang = 'en'): string {
  const message = p.message[lang];
  return p.field ? `${p.file} › ${p.field}: ${message}` : `${p.file}: ${message}`;
}
