import { z } from 'zod';
import { id, text, effects, condition, mood, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('dialogue'),
    ...puzzleFields,
    start: id,
    nodes: z
      .array(
        z
          .object({
            id,
            speaker: text,
            text,
            /** The speaker's face while saying it (neutral when not given). */
            mood: mood.optional(),
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
                    /** The speaker's face for the reply (neutral when not given). */
                    replyMood: mood.optional(),
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

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
