/**
 * Parses a level file at the edge: JSON → schema → cross-references → typed Level.
 * Every problem comes back as { file, field, message } so the game can show it in plain words,
 * in French and in English.
 */
import type { z } from 'zod';
import { hashAnswer } from '../answers';
import type { Lang } from '../i18n';
import { explainIssue, type Message } from './messages';
import {
  LEVEL_FORMAT_VERSION,
  levelIndexSchema,
  levelSchema,
  type AnswerHash,
  type LevelIndex,
  type RawLevel,
  type RawPuzzle,
} from './schema';
import { findDeadEnds } from './solvable';

export interface LevelProblem {
  file: string;
  /** Dotted path to the field, like `room.hotspots[2].requires`; empty for the whole file. */
  field: string;
  /** What is wrong, in every language of the game. */
  message: Message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: LevelProblem[] };

type Hashed<P> = Omit<P, 'answer' | 'answerHash'> & { answerHash: AnswerHash };
type AnsweredKind = 'code-lock' | 'cipher';
export type CodeLockPuzzle = Hashed<Extract<RawPuzzle, { kind: 'code-lock' }>>;
export type CipherPuzzle = Hashed<Extract<RawPuzzle, { kind: 'cipher' }>>;
export type Puzzle = CodeLockPuzzle | CipherPuzzle | Exclude<RawPuzzle, { kind: AnsweredKind }>;
export type PuzzleOf<K extends Puzzle['kind']> = Extract<Puzzle, { kind: K }>;
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

function hashPuzzle(p: RawPuzzle): Puzzle {
  if (p.kind !== 'code-lock' && p.kind !== 'cipher') return p;
  const { answer, answerHash, ...rest } = p;
  let hash: AnswerHash;
  if (answerHash) hash = answerHash;
  else if (typeof answer === 'string') hash = hashAnswer(p.id, answer);
  else if (answer) hash = Object.fromEntries(Object.entries(answer).map(([l, a]) => [l, hashAnswer(p.id, a)])) as AnswerHash;
  else throw new Error('unreachable: checked by crossCheck');
  return { ...rest, answerHash: hash } as Puzzle;
}

const noItem = (x: string): Message => ({ fr: `aucun objet "${x}"`, en: `no item "${x}"` });
const noRoomItem = (x: string): Message => ({ fr: `aucun objet "${x}" dans room.items`, en: `no item "${x}" in room.items` });
const noPuzzle = (x: string): Message => ({ fr: `aucune énigme "${x}" dans puzzles`, en: `no puzzle "${x}" in puzzles` });

/** Checks the schema cannot express: ids that must exist, be unique, and agree. */
function crossCheck(file: string, level: RawLevel): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (field: string, message: Message) => problems.push({ file, field, message });
  const declared = new Set(level.competences);
  const puzzleIds = new Set<string>();

  const checkAwards = (base: string, awards: { competence: string }[]) =>
    awards.forEach((a, i) => {
      if (!declared.has(a.competence as never))
        add(`${base}.awards[${i}].competence`, {
          fr: `"${a.competence}" n'est pas dans la liste "competences" de ce niveau`,
          en: `"${a.competence}" is not in this level's "competences" list`,
        });
    });
  const unique = (base: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((x, i) => {
      if (seen.has(x)) add(`${base}[${i}].id`, { fr: `l'identifiant "${x}" est utilisé deux fois`, en: `the id "${x}" is used twice` });
      seen.add(x);
    });
  };

  unique('puzzles', level.puzzles.map((p) => p.id));
  level.puzzles.forEach((p, i) => {
    const base = `puzzles[${i}]`;
    puzzleIds.add(p.id);
    checkAwards(base, p.awards);
    switch (p.kind) {
      case 'code-lock':
      case 'cipher':
        if (!p.answer && !p.answerHash)
          add(`${base}.answer`, { fr: 'il faut une "answer" (ou son "answerHash")', en: 'an "answer" (or its "answerHash") is required' });
        if (p.kind === 'code-lock' && typeof p.answer === 'string') {
          const digits = p.answer.replace(/\s/g, '');
          if (digits.length !== p.length)
            add(`${base}.answer`, {
              fr: `la réponse doit avoir ${p.length} ${p.length < 2 ? 'caractère' : 'caractères'}, comme l'indique "length"`,
              en: `the answer must have ${p.length} ${p.length === 1 ? 'character' : 'characters'}, as "length" says`,
            });
          if (p.charset === 'digits' && !/^\d+$/.test(digits))
            add(`${base}.answer`, { fr: 'des chiffres seulement, comme l\'indique "charset"', en: 'digits only, as "charset" says' });
        }
        break;
      case 'hotspots': {
        unique(`${base}.spots`, p.spots.map((s) => s.id));
        const targets = p.spots.filter((s) => s.target).length;
        if (targets < p.need)
          add(`${base}.need`, {
            fr: `demande ${p.need} trouvailles, mais il n'y a que ${targets} ${targets < 2 ? 'emplacement cible' : 'emplacements cibles'} ("target": true)`,
            en: `asks for ${p.need} finds but only ${targets} spots are targets`,
          });
        break;
      }
      case 'combine': {
        const known = new Set(p.items.map((it) => it.id));
        p.recipes.forEach((r) => known.add(r.result.id));
        p.recipes.forEach((r, j) => {
          if (!known.has(r.a)) add(`${base}.recipes[${j}].a`, noItem(r.a));
          if (!known.has(r.b)) add(`${base}.recipes[${j}].b`, noItem(r.b));
          if (r.a === r.b)
            add(`${base}.recipes[${j}].b`, {
              fr: 'deux objets différents (un objet ne peut pas être combiné avec lui-même)',
              en: 'two different items (an item cannot be combined with itself)',
            });
        });
        if (!known.has(p.goal))
          add(`${base}.goal`, { fr: `aucun objet ni résultat de recette "${p.goal}"`, en: `no item or recipe result "${p.goal}"` });
        break;
      }
      case 'sequence':
        unique(`${base}.steps`, p.steps.map((s) => s.id));
        break;
      case 'sort': {
        const cats = new Set(p.categories.map((c) => c.id));
        p.items.forEach((it, j) => {
          if (!cats.has(it.category))
            add(`${base}.items[${j}].category`, { fr: `aucune catégorie "${it.category}"`, en: `no category "${it.category}"` });
        });
        unique(`${base}.items`, p.items.map((it) => it.id));
        break;
      }
      case 'dialogue': {
        const nodes = new Set(p.nodes.map((n) => n.id));
        unique(`${base}.nodes`, p.nodes.map((n) => n.id));
        const noNode = (x: string): Message => ({ fr: `aucun nœud "${x}"`, en: `no node "${x}"` });
        if (!nodes.has(p.start)) add(`${base}.start`, noNode(p.start));
        p.nodes.forEach((n, j) =>
          n.choices.forEach((c, k) => {
            if (c.next !== null && !nodes.has(c.next)) add(`${base}.nodes[${j}].choices[${k}].next`, noNode(c.next));
          }),
        );
        break;
      }
      case 'allocation': {
        const lines = new Set(p.lines.map((l) => l.id));
        p.rules.forEach((r, j) => {
          if (!lines.has(r.line)) add(`${base}.rules[${j}].line`, { fr: `aucune ligne "${r.line}"`, en: `no line "${r.line}"` });
        });
        const mins = p.lines.reduce((s, l) => s + l.min, 0);
        if (mins > p.budget)
          add(`${base}.budget`, {
            fr: `les minimums des lignes (${mins}) dépassent le budget`,
            en: `the lines' minimums (${mins}) exceed the budget`,
          });
        break;
      }
      case 'quiz':
        p.questions.forEach((q, j) => {
          if (!q.options.some((o) => o.correct))
            add(`${base}.questions[${j}].options`, {
              fr: 'au moins une option doit être correcte',
              en: 'at least one option must be correct',
            });
        });
        break;
      case 'timed-events':
        p.events.forEach((ev, j) => {
          if (!ev.options.some((o) => o.id === ev.fallback))
            add(`${base}.events[${j}].fallback`, { fr: `aucune option "${ev.fallback}"`, en: `no option "${ev.fallback}"` });
        });
        break;
    }
  });

  const room = level.room;
  if (room) {
    const items = new Set(room.items.map((it) => it.id));
    unique('room.hotspots', room.hotspots.map((h) => h.id));
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
