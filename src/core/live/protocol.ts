/**
 * The live classroom's rules, shared by the game, the phone page and the server (imported by
 * all three, written once): the room code, what each side may send (every message is checked
 * against these schemas before anything is done with it), and how a vote is counted.
 *
 * Phones send intentions (join, vote, self-check answers); only the trainer, who holds the token
 * the room gave its creator, opens and closes votes, moves phones, locks or closes the room.
 */
import { z } from 'zod';

export { CODE_ALPHABET, CODE_LENGTH, LIVE_PATH, MAX_PHONES, NAME_MAX, normaliseCode, randomCode, ROOM_NAME } from './code';
import { NAME_MAX } from './code';

const text = z.object({ fr: z.string().max(300), en: z.string().max(300) }).strict();
const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_:.-]+$/);
const teamId = z.string().regex(/^t[1-9]$/);
/** A phone's own key to its seat: kept on the phone, it brings the phone back to the same seat and team. */
export const seatKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** A name is shown as text only; control characters and surrounding spaces go. */
export const nameSchema = z
  .string()
  .transform((s) => s.replace(/\p{Cc}/gu, '').trim())
  .pipe(z.string().min(1).max(NAME_MAX));

export const teamSchema = z.object({ id: teamId, name: z.string().min(1).max(24), colour: z.string().max(12) }).strict();

/**
 * What a phone asks when it joins (or comes back). A new phone gives its name and team once it has
 * seen the room's teams (`profile`); one coming back with its seat key has them already.
 */
export const phoneJoinSchema = z
  .object({
    role: z.literal('phone'),
    seatKey: seatKeySchema,
    name: nameSchema.optional(),
    team: teamId.optional(),
  })
  .strict();

/** What the projector asks: the first one to join a new room becomes its trainer; later ones show the token. */
export const projectorJoinSchema = z
  .object({
    role: z.literal('projector'),
    token: z
      .string()
      .regex(/^[a-f0-9]{32}$/)
      .optional(),
    teams: z.array(teamSchema).min(1).max(6).optional(),
  })
  .strict();

export const voteOptionSchema = z.object({ id, text }).strict();

/** Messages a phone may send. */
export const phoneMessages = {
  /** The phone's first name or nickname and its team (a phone may change team until the trainer moves it). */
  profile: z.object({ name: nameSchema, team: teamId }).strict(),
  vote: z.object({ voteId: id, option: id }).strict(),
  selfCheck: z.object({ when: z.enum(['before', 'after']), answers: z.array(z.number().int().min(1).max(5)).length(3) }).strict(),
} as const;

/** Messages only the trainer may send. */
export const trainerMessages = {
  'vote.open': z
    .object({
      voteId: id,
      question: text,
      options: z.array(voteOptionSchema).min(2).max(8),
      /** The teams that vote; every team when absent (all together). */
      teams: z.array(teamId).min(1).max(6).optional(),
    })
    .strict(),
  'vote.close': z.object({ voteId: id }).strict(),
  'selfCheck.open': z.object({ when: z.enum(['before', 'after']) }).strict(),
  'selfCheck.close': z.object({}).strict(),
  teams: z.object({ teams: z.array(teamSchema).min(1).max(6) }).strict(),
  move: z.object({ seat: id, team: teamId }).strict(),
  lock: z.object({ locked: z.boolean() }).strict(),
  close: z.object({}).strict(),
} as const;

export type PhoneMessage = keyof typeof phoneMessages;
export type TrainerMessage = keyof typeof trainerMessages;
export type VoteOption = z.infer<typeof voteOptionSchema>;
export type VoteOpen = z.infer<(typeof trainerMessages)['vote.open']>;

/** Checks a message against its schema: the parsed value, or null (and nothing is done). */
export function checkMessage<S extends z.ZodType>(schema: S, message: unknown): z.output<S> | null {
  const parsed = schema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** Counts the votes, one per phone (a later vote replaced an earlier one where they were kept). */
export function tally(votes: Iterable<string>, options: readonly { id: string }[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(options.map((o) => [o.id, 0]));
  for (const option of votes) if (Object.hasOwn(counts, option)) counts[option]! += 1;
  return counts;
}

/**
 * The room's choice: the option with the most votes. A tie, or no vote at all, is the trainer's to
 * break: `tie` lists the options level at the top (in the puzzle's order), and `choice` is null.
 */
export function majority(counts: Record<string, number>, options: readonly { id: string }[]): { choice: string | null; tie: string[]; votes: number } {
  const votes = options.reduce((s, o) => s + (counts[o.id] ?? 0), 0);
  const best = Math.max(0, ...options.map((o) => counts[o.id] ?? 0));
  const top = options.filter((o) => (counts[o.id] ?? 0) === best).map((o) => o.id);
  if (votes === 0) return { choice: null, tie: options.map((o) => o.id), votes };
  return top.length === 1 ? { choice: top[0]!, tie: [], votes } : { choice: null, tie: top, votes };
}

/** Messages the server sends to one client. */
export interface ServerToClient {
  /** To the projector that made the room: its trainer's token (kept to come back after a reload). */
  trainer: { token: string; code: string };
  /** To a phone: its seat, and its vote in the open vote (after a reload too). */
  seat: { seat: string; team: string | null; name: string | null; vote: string | null; selfCheck: ('before' | 'after')[] };
  /** A message that was not taken, and why (a phone sending a trainer's message, a vote for an unknown choice…). */
  refused: { type: string; reason: 'not-trainer' | 'invalid' | 'closed' | 'not-your-team' };
  /** To the trainer when a vote closes: the count and the room's choice. */
  'vote.result': { voteId: string; counts: Record<string, number>; choice: string | null; tie: string[]; votes: number };
  /** To the trainer when the self-check closes: how many gave each value, per question (anonymous). */
  'selfCheck.result': { when: 'before' | 'after'; spread: number[][]; answered: number };
}
