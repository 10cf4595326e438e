/**
 * Level problems in plain words, in every language of the game (French first). Trainers read
 * them in the problems panel and in `npm run levels:check`.
 *
 * The schema names its own messages by key (`SCHEMA_MESSAGES`); zod's built-in checks (wrong
 * type, too short, unknown value, unknown field…) are put in words here from the issue itself,
 * so the global zod configuration is never touched.
 */
import type { z } from 'zod';
import type { Lang } from '../i18n';
import { LEVEL_FORMAT_VERSION } from './schema';

/** A problem message, one text per language. */
export type { Message } from './problem';
import type { Message } from './problem';

/** What the schema expects, by key: schema.ts gives these keys as its error messages. */
export const SCHEMA_MESSAGES = {
  id: {
    fr: 'un identifiant en minuscules, chiffres et tirets, comme "carte-rouge"',
    en: 'an id in lower case letters, digits and dashes, like "red-card"',
  },
  'text.fr': { fr: 'un texte en français', en: 'a French text' },
  'text.en': { fr: 'un texte en anglais', en: 'an English text' },
  formatVersion: {
    fr: `${LEVEL_FORMAT_VERSION}, le format de niveau que ce jeu lit`,
    en: `${LEVEL_FORMAT_VERSION}, the level format this game reads`,
  },
  hints: {
    fr: 'trois indices (un coup de pouce, une piste, la réponse)',
    en: 'three hints (a nudge, a clue, the answer)',
  },
  choice: {
    fr: 'un identifiant de choix comme "question-ouverte" ou "q1:b"',
    en: 'a choice id like "open-question" or "q1:b"',
  },
  answerHash: {
    fr: '"sha256:" suivi de 64 caractères hexadécimaux (0-9, a-f)',
    en: '"sha256:" followed by 64 hexadecimal characters (0-9, a-f)',
  },
  levelPath: { fr: 'un chemin comme "act-1/archive.json"', en: 'a path like "act-1/archive.json"' },
} as const satisfies Record<string, Message>;
export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES;

type Issue = z.core.$ZodIssue;

/** One problem found in an issue: where (relative to the parsed value) and what. */
export interface IssueProblem {
  path: PropertyKey[];
  message: Message;
}

const both = (fr: string, en: string): Message => ({ fr, en });
const plural = (n: number | bigint, fr: [string, string], en: [string, string]): Message => ({
  fr: `${n} ${Number(n) < 2 ? fr[0] : fr[1]}`,
  en: `${n} ${Number(n) === 1 ? en[0] : en[1]}`,
});

const TYPES: Record<string, Message> = {
  string: both('un texte entre guillemets', 'a text in quotes'),
  number: both('un nombre', 'a number'),
  int: both('un nombre entier', 'a whole number'),
  boolean: both('true ou false', 'true or false'),
  array: both('une liste [ … ]', 'a list [ … ]'),
  tuple: both('une liste [ … ]', 'a list [ … ]'),
  object: both('un objet { … }', 'an object { … }'),
  record: both('un objet { … }', 'an object { … }'),
  null: both('null', 'null'),
};

function lookup(message: string): Message | undefined {
  return Object.hasOwn(SCHEMA_MESSAGES, message) ? SCHEMA_MESSAGES[message as SchemaMessageKey] : undefined;
}

const shown = (value: unknown): string => {
  const json = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
};

/** The value a trainer wrote, in a few words: `"Red Card"`, `12`, `une liste de 2 éléments`. */
function received(value: unknown): Message {
  if (value === '') return both('un texte vide', 'an empty text');
  if (Array.isArray(value)) {
    if (value.length === 0) return both('une liste vide', 'an empty list');
    const n = plural(value.length, ['élément', 'éléments'], ['item', 'items']);
    return both(`une liste de ${n.fr}`, `a list of ${n.en}`);
  }
  if (value !== null && typeof value === 'object') return TYPES.object!;
  return both(shown(value), shown(value));
}

const listOf = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : shown(v))).join(', ');

function sizeBound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Message {
  const small = issue.code === 'too_small';
  const n = small ? issue.minimum : issue.maximum;
  const exact = issue.exact === true;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = plural(n, ['élément', 'éléments'], ['item', 'items']);
    if (exact) return both(`une liste d'exactement ${count.fr}`, `a list of exactly ${count.en}`);
    return small
      ? both(`une liste d'au moins ${count.fr}`, `a list of at least ${count.en}`)
      : both(`une liste d'au plus ${count.fr}`, `a list of at most ${count.en}`);
  }
  if (issue.origin === 'string') {
    if (small && Number(n) === 1 && !exact) return both('un texte non vide', 'a non-empty text');
    const count = plural(n, ['caractère', 'caractères'], ['character', 'characters']);
    if (exact) return both(`un texte d'exactement ${count.fr}`, `a text of exactly ${count.en}`);
    return small
      ? both(`un texte d'au moins ${count.fr}`, `a text of at least ${count.en}`)
      : both(`un texte d'au plus ${count.fr}`, `a text of at most ${count.en}`);
  }
  if (exact) return both(`le nombre ${n}`, `the number ${n}`);
  if (small)
    return issue.inclusive
      ? both(`un nombre supérieur ou égal à ${n}`, `a number of at least ${n}`)
      : both(`un nombre supérieur à ${n}`, `a number greater than ${n}`);
  return issue.inclusive
    ? both(`un nombre inférieur ou égal à ${n}`, `a number of at most ${n}`)
    : both(`un nombre inférieur à ${n}`, `a number less than ${n}`);
}

function oneOf(values: readonly unknown[]): Message {
  if (values.length === 1) return both(`la valeur ${listOf(values)}`, `the value ${listOf(values)}`);
  return both(`une de ces valeurs : ${listOf(values)}`, `one of these values: ${listOf(values)}`);
}

/** The values a discriminated union accepts in its discriminator (`kind`), if that is what failed. */
const discriminatorValues = (issue: Extract<Issue, { code: 'invalid_union' }>) => ('options' in issue ? (issue.options ?? []) : []);

/** Each branch of a union that failed on the value itself, as "this or that". */
function alternatives(branches: Issue[][]): Message | undefined {
  if (!branches.every((b) => b.length === 1 && b[0]!.path.length === 0)) return undefined;
  const issues = branches.map((b) => b[0]!);
  // Literals side by side (`1 | 2 | 3`): one list of values.
  if (issues.every((i) => i.code === 'invalid_value' && !lookup(i.message))) return oneOf(issues.flatMap((i) => (i.code === 'invalid_value' ? i.values : [])));
  const each = branches.map((b) => expectation(b[0]!));
  if (each.some((m) => m === undefined)) return undefined;
  const unique = (lang: Lang) => [...new Set(each.map((m) => m![lang]))];
  return both(unique('fr').join(' ou '), unique('en').join(' or '));
}

/** What the schema wanted, as a noun phrase: "a whole number", "one of these values: a, b". */
function expectation(issue: Issue): Message | undefined {
  const own = lookup(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ?? both(String(issue.expected), String(issue.expected));
    case 'too_small':
    case 'too_big':
      return sizeBound(issue);
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_format':
      return issue.pattern
        ? both(`un texte de la forme ${issue.pattern}`, `a text matching ${issue.pattern}`)
        : both(`un texte au format ${issue.format}`, `a text in the ${issue.format} format`);
    case 'not_multiple_of':
      return both(`un multiple de ${issue.divisor}`, `a multiple of ${issue.divisor}`);
    case 'invalid_union':
      if (discriminatorValues(issue).length) return oneOf(discriminatorValues(issue));
      return alternatives(issue.errors);
    default:
      return undefined;
  }
}

function expected(what: Message, issue: Issue): Message {
  if (issue.code === 'invalid_type' && issue.input === undefined) return both(`manquant (attendu : ${what.fr})`, `missing (expected: ${what.en})`);
  let value: unknown = issue.input;
  if (issue.code === 'invalid_union' && issue.discriminator) {
    const input = issue.input;
    value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
    if (value === undefined) return both(`manquant (attendu : ${what.fr})`, `missing (expected: ${what.en})`);
  }
  if (!('input' in issue) || value === undefined) return both(`attendu : ${what.fr}`, `expected: ${what.en}`);
  const got = received(value);
  return both(`attendu : ${what.fr} (reçu : ${got.fr})`, `expected: ${what.en} (received: ${got.en})`);
}

/**
 * Puts one zod issue in words, in every language. Usually one problem at the issue's own path;
 * a union whose only near miss is one shape (an object with a bad field) reports inside it.
 */
export function explainIssue(issue: Issue): IssueProblem[] {
  const at = (message: Message): IssueProblem[] => [{ path: issue.path, message }];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return issue.keys.length === 1
      ? at(both(`champ inconnu : ${keys} (à retirer ou à corriger)`, `unknown field: ${keys} (remove or fix it)`))
      : at(both(`champs inconnus : ${keys} (à retirer ou à corriger)`, `unknown fields: ${keys} (remove or fix them)`));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.map(expectation).find((m) => m !== undefined);
    return inner
      ? at(both(`nom de champ non valide (attendu : ${inner.fr})`, `invalid field name (expected: ${inner.en})`))
      : at(both('nom de champ non valide', 'invalid field name'));
  }
  if (issue.code === 'invalid_union' && !discriminatorValues(issue).length && alternatives(issue.errors) === undefined) {
    // Only one shape came close (its problems are inside it): report those, where they are.
    const near = issue.errors.filter((b) => b.length > 0 && b.every((i) => i.path.length > 0));
    if (near.length === 1) return near[0]!.flatMap((inner) => explainIssue(inner).map((p) => ({ path: [...issue.path, ...p.path], message: p.message })));
  }
  const what = expectation(issue);
  if (what) return at(expected(what, issue));
  if (issue.code === 'invalid_union') return at(both('aucune des formes acceptées ne convient', 'none of the accepted shapes fits'));
  return at(both('valeur non valide', 'invalid value'));
}
