/**
 * The one schema every level file is checked against. Level files are data written by
 * trainers: nothing in them is trusted until it has passed through here.
 */
import { z } from 'zod';
import { COMPETENCE_IDS, type CompetenceId } from '../competences';
import type { SchemaMessageKey } from './messages';

export const LEVEL_FORMAT_VERSION = 1;

/** A message key of messages.ts: the loader puts it in words, in every language. */
const says = (key: SchemaMessageKey) => key;

const id = z.string({ error: says('id') }).regex(/^[a-z0-9][a-z0-9-]*$/, says('id'));

/** A player-facing text: French and English are required, more languages may follow. */
export const text = z
  .object({
    fr: z.string({ error: says('text.fr') }).min(1, says('text.fr')),
    en: z.string({ error: says('text.en') }).min(1, says('text.en')),
  })
  .catchall(z.string());
export type Text = z.infer<typeof text>;

const competence = z.enum(COMPETENCE_IDS as [CompetenceId, ...CompetenceId[]]);
const points = z.partialRecord(competence, z.number().int().min(0).max(20));

const awardRule = z.union([
  z.enum(['solved', 'no-answer-hint', 'no-hint', 'kept-trying']),
  // A choice id as the puzzle records it: `option`, or `question:option` for quizzes and events.
  z.object({ choice: z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)?$/, says('choice')) }).strict(),
]);
const award = z.object({ competence, points: z.number().int().min(1).max(20), for: awardRule }).strict();

const hints = z.tuple([text, text, text], { error: says('hints') });

const flagValue = z.union([z.boolean(), z.string()]);
const effects = z
  .object({ flags: z.record(id, flagValue).optional(), points: points.optional() })
  .strict();
export type Effects = z.infer<typeof effects>;

/** A condition on the journey's flags: `flag` is set (to `equals`, when given). */
const condition = z.object({ flag: id, equals: flagValue.optional() }).strict();
export type Condition = z.infer<typeof condition>;

const percent = z.number().min(0).max(100);
const PROPS = [
  'cabinet', 'shelf', 'desk', 'drawer', 'poster', 'window', 'box', 'door', 'person', 'stall',
  'machine', 'bench', 'tree', 'sign', 'lamp', 'table', 'board', 'phone', 'plant', 'bin',
] as const;
export type Prop = (typeof PROPS)[number];
const placed = {
  x: percent,
  y: percent,
  w: percent.min(2),
  h: percent.min(2),
  prop: z.enum(PROPS),
};

const BACKDROPS = ['archive', 'square', 'fablab', 'street', 'office', 'coworking', 'market', 'mine', 'stage'] as const;
export type Backdrop = (typeof BACKDROPS)[number];

/** A plain answer (hashed at the edge) or its hash; a string, or one per language. */
const answerSpec = z.union([z.string().min(1), text]);
const sha256 = z.string().regex(/^sha256:[0-9a-f]{64}$/, says('answerHash'));
const answerHashSpec = z.union([sha256, z.object({ fr: sha256, en: sha256 }).catchall(z.string())]);
export type AnswerHash = z.infer<typeof answerHashSpec>;

const common = {
  id,
  title: text,
  prompt: text,
  hints,
  awards: z.array(award).default([]),
  success: text.optional(),
  /** In a room: the item the player receives when this puzzle is solved. */
  gives: id.optional(),
};
const answered = {
  answer: answerSpec.optional(),
  answerHash: answerHashSpec.optional(),
};

const codeLock = z
  .object({
    kind: z.literal('code-lock'),
    ...common,
    ...answered,
    length: z.number().int().min(1).max(12),
    charset: z.enum(['digits', 'letters']).default('digits'),
  })
  .strict();

const cipher = z
  .object({
    kind: z.literal('cipher'),
    ...common,
    ...answered,
    method: z.literal('caesar'),
    ciphertext: text,
  })
  .strict();

const hotspots = z
  .object({
    kind: z.literal('hotspots'),
    ...common,
    backdrop: z.enum(BACKDROPS),
    need: z.number().int().min(1),
    spots: z
      .array(z.object({ id, label: text, ...placed, target: z.boolean(), feedback: text }).strict())
      .min(2),
  })
  .strict();

const item = z.object({ id, label: text, description: text }).strict();
export type Item = z.infer<typeof item>;

const combine = z
  .object({
    kind: z.literal('combine'),
    ...common,
    items: z.array(item).min(2),
    recipes: z
      .array(z.object({ a: id, b: id, result: item, text }).strict())
      .min(1),
    goal: id,
    wrong: text,
  })
  .strict();

const sequence = z
  .object({
    kind: z.literal('sequence'),
    ...common,
    /** The steps in their right order; the game shuffles them. */
    steps: z.array(z.object({ id, label: text }).strict()).min(3),
  })
  .strict();

const sort = z
  .object({
    kind: z.literal('sort'),
    ...common,
    categories: z.array(z.object({ id, label: text }).strict()).min(2),
    items: z.array(z.object({ id, label: text, category: id, why: text }).strict()).min(2),
  })
  .strict();

const dialogue = z
  .object({
    kind: z.literal('dialogue'),
    ...common,
    start: id,
    nodes: z
      .array(
        z
          .object({
            id,
            speaker: text,
            text,
            /** Replaces `text` when a journey flag is set: decisions made earlier matter. */
            variants: z.array(z.object({ when: condition, text }).strict()).default([]),
            choices: z
              .array(
                z
                  .object({
                    id,
                    text,
                    next: id.nullable(),
                    when: condition.optional(),
                    effects: effects.optional(),
                    reply: text.optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const allocation = z
  .object({
    kind: z.literal('allocation'),
    ...common,
    budget: z.number().int().positive(),
    unit: z.string().min(1).max(4).default('€'),
    lines: z
      .array(
        z
          .object({
            id,
            label: text,
            help: text,
            min: z.number().int().min(0).default(0),
            max: z.number().int().positive(),
            step: z.number().int().positive(),
          })
          .strict(),
      )
      .min(2),
    rules: z
      .array(
        z
          .object({
            line: id,
            atLeast: z.number().int().min(0).optional(),
            atMost: z.number().int().min(0).optional(),
            message: text,
          })
          .strict(),
      )
      .default([]),
    /** Spending the whole budget is required when true; otherwise staying under it is enough. */
    spendAll: z.boolean().default(false),
  })
  .strict();

const quiz = z
  .object({
    kind: z.literal('quiz'),
    ...common,
    questions: z
      .array(
        z
          .object({
            id,
            text,
            options: z.array(z.object({ id, text, correct: z.boolean() }).strict()).min(2),
            explanation: text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const timed = z
  .object({
    kind: z.literal('timed-events'),
    ...common,
    events: z
      .array(
        z
          .object({
            id,
            text,
            seconds: z.number().int().min(5).max(120).default(30),
            options: z.array(z.object({ id, text, outcome: text, effects: effects.optional() }).strict()).min(2),
            /** Chosen for the player when a trainer's timer runs out. */
            fallback: id,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const puzzle = z.discriminatedUnion('kind', [
  codeLock, cipher, hotspots, combine, sequence, sort, dialogue, allocation, quiz, timed,
]);

const hotspot = z
  .object({
    id,
    label: text,
    ...placed,
    /** What the player reads there (an index card, a note…). */
    text: text.optional(),
    gives: id.optional(),
    requires: id.optional(),
    locked: text.optional(),
    opens: id.optional(),
  })
  .strict();

const room = z
  .object({
    items: z.array(item).default([]),
    hotspots: z.array(hotspot).min(1),
    hints,
    awards: z.array(award).default([]),
    /** The puzzle whose solving ends the level. */
    goal: id,
  })
  .strict();

export const levelSchema = z
  .object({
    formatVersion: z.literal(LEVEL_FORMAT_VERSION, { error: says('formatVersion') }),
    id,
    act: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    order: z.number().int().min(1),
    place: id,
    backdrop: z.enum(BACKDROPS),
    title: text,
    goal: text,
    intro: z.array(z.object({ speaker: text, text }).strict()).min(1),
    competences: z.array(competence).min(1),
    room: room.optional(),
    puzzles: z.array(puzzle).min(1),
    debrief: z
      .object({
        summary: text,
        reflection: text,
        story: z.object({ name: z.string().min(1), business: text, text }).strict(),
      })
      .strict(),
    badge: z.object({ id, label: text }).strict().optional(),
  })
  .strict();

export const placeSchema = z.object({ id, name: text, x: percent, y: percent }).strict();

export const levelIndexSchema = z
  .object({
    formatVersion: z.literal(LEVEL_FORMAT_VERSION, { error: says('formatVersion') }),
    places: z.array(placeSchema).min(1),
    levels: z.array(z.string({ error: says('levelPath') }).regex(/^[a-z0-9/_-]+\.json$/, says('levelPath'))).min(1),
  })
  .strict();

export type LevelInput = z.input<typeof levelSchema>;
export type RawLevel = z.output<typeof levelSchema>;
export type RawPuzzle = z.output<typeof puzzle>;
export type Place = z.infer<typeof placeSchema>;
export type LevelIndex = z.infer<typeof levelIndexSchema>;
