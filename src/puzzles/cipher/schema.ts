import { z } from 'zod';
import { text, puzzleFields, answerFields } from '../../core/level/fields';
import type { WithHashedAnswer } from '../../core/answers';

export const schema = z
  .object({
    kind: z.literal('cipher'),
    ...puzzleFields,
    ...answerFields,
    method: z.literal('caesar'),
    ciphertext: text,
  })
  .strict();

/** A puzzle of this kind as the loader hands it to the machine: its answer replaced by the hash. */
export type KindPuzzle = WithHashedAnswer<z.output<typeof schema>>;
