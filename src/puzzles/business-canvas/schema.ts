import { z } from 'zod';
import { id, text, puzzleFields } from '../../core/level/fields';

/** The six blocks of a simple business model canvas, in the order the board shows them. */
export const STANDARD_BLOCKS = ['customers', 'problem', 'value', 'channels', 'costs', 'revenue'] as const;
export type StandardBlock = (typeof STANDARD_BLOCKS)[number];

export function isStandardBlock(blockId: string): blockId is StandardBlock {
  return (STANDARD_BLOCKS as readonly string[]).includes(blockId);
}

const block = z
  .object({
    id,
    /** A standard block has its name in the game's strings; a block of the puzzle's own needs one here. */
    label: text.optional(),
    /** The short question under the block's name ("Pour qui ?"). */
    question: text.optional(),
    /** No card needs to go here: the block may stay empty (a decoy, or one left for the discussion). */
    optional: z.boolean().default(false),
  })
  .strict();

export const schema = z
  .object({
    kind: z.literal('business-canvas'),
    ...puzzleFields,
    /** Left out, the board has the six standard blocks. */
    blocks: z
      .array(block)
      .min(2)
      .max(9)
      .default(() => STANDARD_BLOCKS.map((blockId) => ({ id: blockId, optional: false }))),
    cards: z.array(z.object({ id, label: text, block: id, why: text }).strict()).min(2),
  })
  .strict();

/** A puzzle of this kind, as the loader hands it to the machine. */
export type KindPuzzle = z.output<typeof schema>;
export type CanvasBlock = KindPuzzle['blocks'][number];
export type CanvasCard = KindPuzzle['cards'][number];
