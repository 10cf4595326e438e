import { z } from 'zod';
import { id, text, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('quiz'),
    ...puzzleFields,
    questions: z
      .array(
        z
          .object({
            id,
            text,
            options: z
              .array(
                z
                  .object({
                    id,
                    text,
                    correct: z.boolean(),
                    /** Why this option is (or is not) the best one: said when the player picks it. */
                    why: text.optional(),
                  })
                  .strict(),
              )
              .min(2),
            explanation: text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
