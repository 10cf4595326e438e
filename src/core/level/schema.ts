/**
 * The one schema every level file is checked against, built from the shared fields and the
 * schema of every puzzle kind. Level files are data written by trainers: nothing in them is
 * trusted until it has passed through here.
 */
import { z } from 'zod';
import { PUZZLE_KINDS } from '../../puzzles';
import { award, BACKDROPS, competence, hints, id, item, mood, percent, placed, says, text } from './fields';

export { type AnswerHash, type Backdrop, type Condition, type Effects, type Item, type Prop, type Text } from './fields';

export const LEVEL_FORMAT_VERSION = 1;

type SchemasOf<T extends readonly { schema: unknown }[]> = { -readonly [I in keyof T]: T[I] extends { schema: infer S } ? S : never };

/** The kinds' schemas, in the list's order and with each one's own type. */
function schemasOf<T extends readonly { schema: unknown }[]>(kinds: T): SchemasOf<T> {
  return kinds.map((k) => k.schema) as SchemasOf<T>;
}

/** A puzzle of any kind, told apart by its `kind`. */
export const puzzle = z.discriminatedUnion('kind', schemasOf(PUZZLE_KINDS));

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
    /** Where an editor finds the JSON Schema of this file; the game ignores it. */
    $schema: z.string().optional(),
    formatVersion: z.literal(LEVEL_FORMAT_VERSION, { error: says('formatVersion') }),
    id,
    act: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    order: z.number().int().min(1),
    place: id,
    backdrop: z.enum(BACKDROPS),
    title: text,
    goal: text,
    /** `mood` (optional): the speaker's face at this line; otherwise happy to greet, then neutral. */
    intro: z.array(z.object({ speaker: text, text, mood: mood.optional() }).strict()).min(1),
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
