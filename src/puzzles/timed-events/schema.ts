import { z } from 'zod';
import { id, text, effects, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('timed-events'),
    ...puzzleFields,
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

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
