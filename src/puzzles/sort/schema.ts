import { z } from 'zod';
import { id, text, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('sort'),
    ...puzzleFields,
    categories: z.array(z.object({ id, label: text }).strict()).min(2),
    items: z.array(z.object({ id, label: text, category: id, why: text }).strict()).min(2),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
