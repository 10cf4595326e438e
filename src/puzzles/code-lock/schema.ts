import { z } from 'zod';
import { puzzleFields, answerFields } from '../../core/level/fields';
import type { WithHashedAnswer } from '../../core/answers';

export const schema = z
  .object({
    kind: z.literal('code-lock'),
    ...puzzleFields,
    ...answerFields,
    length: z.number().int().min(1).max(12),
    charset: z.enum(['digits', 'letters']).default('digits'),
  })
  .strict();

/** A puzzle of this kind as the loader hands it to the machine: its answer replaced by the hash. */
export type KindPuzzle = WithHashedAnswer<z.output<typeof schema>>;
