import { z } from 'zod';
import { id, text, placed, BACKDROPS, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('hotspots'),
    ...puzzleFields,
    backdrop: z.enum(BACKDROPS),
    need: z.number().int().min(1),
    spots: z
      .array(
        z
          .object({
            id,
            /** What the spot is, as the player learns it: shown on hover or focus, and once found. */
            label: text,
            /** What is drawn there, said to screen readers ("A bench"): it must not give the answer away. */
            name: text.optional(),
            ...placed,
            target: z.boolean(),
            feedback: text,
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
