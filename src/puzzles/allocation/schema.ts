import { z } from 'zod';
import { id, text, puzzleFields } from '../../core/level/fields';

export const schema = z
  .object({
    kind: z.literal('allocation'),
    ...puzzleFields,
    budget: z.number().int().positive(),
    unit: z.string().min(1).max(4).default('€'),
    lines: z
      .array(
        z
          .object({
            id,
            label: text,
            help: text,
            min: z.number().int().min(0).default(0),
            max: z.number().int().positive(),
            step: z.number().int().positive(),
          })
          .strict(),
      )
      .min(2),
    rules: z
      .array(
        z
          .object({
            line: id,
            atLeast: z.number().int().min(0).optional(),
            atMost: z.number().int().min(0).optional(),
            message: text,
          })
          .strict(),
      )
      .default([]),
    /** Spending the whole budget is required when true; otherwise staying under it is enough. */
    spendAll: z.boolean().default(false),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
