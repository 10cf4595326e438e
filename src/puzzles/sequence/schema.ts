import { z } from 'zod';
import { id, text, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('sequence'),
    ...puzzleFields,
    /** The steps in their right order; the game shuffles them. */
    steps: z.array(z.object({ id, label: text }).strict()).min(3),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
