/**
 * The building blocks of level files, shared by the level schema and every puzzle kind's schema.
 * Level files are data written by trainers: nothing in them is trusted until it has passed here.
 */
import { z } from 'zod';
import { COMPETENCE_IDS, type CompetenceId } from '../competences';
import { HINT_TIERS } from '../puzzle';
import type { SchemaMessageKey } from './messages';

/** A message key of messages.ts: the loader puts it in words, in every language. */
export const says = (key: SchemaMessageKey) => key;

export const id = z.string({ error: says('id') }).regex(/^[a-z0-9][a-z0-9-]*$/, says('id'));

/** A player-facing text: French and English are required, more languages may follow. */
export const text = z
  .object({
    fr: z.string({ error: says('text.fr') }).min(1, says('text.fr')),
    en: z.string({ error: says('text.en') }).min(1, says('text.en')),
  })
  .catchall(z.string());
export type Text = z.infer<typeof text>;

export const competence = z.enum(COMPETENCE_IDS as [CompetenceId, ...CompetenceId[]]);
export const points = z.partialRecord(competence, z.number().int().min(0).max(20));

const awardRule = z.union([
  z.enum(['solved', 'no-answer-hint', 'no-hint', 'kept-trying']),
  // A choice id as the puzzle records it: `option`, or `question:option` for quizzes and events.
  z.object({ choice: z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)?$/, says('choice')) }).strict(),
]);
export const award = z.object({ competence, points: z.number().int().min(1).max(20), for: awardRule }).strict();

/** Nudge, clue, answer: one text per hint tier. */
export const hints = z.array(text, { error: says('hints') }).length(HINT_TIERS, says('hints'));

export const flagValue = z.union([z.boolean(), z.string()]);
export const effects = z.object({ flags: z.record(id, flagValue).optional(), points: points.optional() }).strict();
export type Effects = z.infer<typeof effects>;

/** A condition on the journey's flags: `flag` is set (to `equals`, when given). */
export const condition = z.object({ flag: id, equals: flagValue.optional() }).strict();
export type Condition = z.infer<typeof condition>;

export const percent = z.number().min(0).max(100);
export const PROPS = [
  'cabinet',
  'shelf',
  'desk',
  'drawer',
  'poster',
  'window',
  'box',
  'door',
  'person',
  'stall',
  'machine',
  'bench',
  'tree',
  'sign',
  'lamp',
  'table',
  'board',
  'phone',
  'plant',
  'cart',
  'bike',
  'bin',
] as const;
export type Prop = (typeof PROPS)[number];
/**
 * Colours a text can name ("the red cart"): a small palette, so every one reads from the back
 * of a classroom and stays told apart from the others.
 */
export const PROP_COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'black', 'white'] as const;
export type PropColor = (typeof PROP_COLORS)[number];
export const placed = {
  x: percent,
  y: percent,
  w: percent.min(2),
  h: percent.min(2),
  prop: z.enum(PROPS),
  /** The prop's main colour, when the text names it; otherwise the drawing's own. */
  color: z.enum(PROP_COLORS).optional(),
  /** For a `person`: who it is ("Lison"), so they wear the face they have in every level. */
  who: z.string().min(1).max(60).optional(),
};

/** A speaker's face at one line: neutral, happy, or thinking it over. */
export const MOODS = ['neutral', 'happy', 'thinking'] as const;
export type Mood = (typeof MOODS)[number];
export const mood = z.enum(MOODS);

export const BACKDROPS = ['archive', 'square', 'fablab', 'street', 'office', 'coworking', 'market', 'mine', 'stage'] as const;
export type Backdrop = (typeof BACKDROPS)[number];

/** A plain answer (hashed at the edge) or its hash; a string, or one per language. */
export const answerSpec = z.union([z.string().min(1), text]);
const sha256 = z.string().regex(/^sha256:[0-9a-f]{64}$/, says('answerHash'));
export const answerHashSpec = z.union([sha256, z.object({ fr: sha256, en: sha256 }).catchall(z.string())]);
export type AnswerHash = z.infer<typeof answerHashSpec>;

/** Fields every puzzle has, whatever its kind. */
export const puzzleFields = {
  id,
  title: text,
  prompt: text,
  hints,
  awards: z.array(award).default([]),
  success: text.optional(),
  /** In a room: the item the player receives when this puzzle is solved. */
  gives: id.optional(),
};
/** A secret answer: written plain by the author, replaced by its salted hash at the edge. */
export const answerFields = {
  answer: answerSpec.optional(),
  answerHash: answerHashSpec.optional(),
};

/** Something the player can hold: in a room's bag, or a part to combine. */
export const item = z.object({ id, label: text, description: text }).strict();
export type Item = z.infer<typeof item>;
