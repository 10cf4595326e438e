import { z } from 'zod';
import { id, text, item, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('combine'),
    ...puzzleFields,
    items: z.array(item).min(2),
    recipes: z.array(z.object({ a: id, b: id, result: item, text }).strict()).min(1),
    goal: id,
    wrong: text,
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
