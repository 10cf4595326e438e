/** Business model canvas: put idea cards into the blocks of a simple business model. */
import { definePuzzleKind } from '../../core/puzzle';
import { businessCanvasMachine } from './machine';
import { isStandardBlock, schema, STANDARD_BLOCKS } from './schema';

export const businessCanvas = definePuzzleKind({
  kind: 'business-canvas',
  schema,
  machine: businessCanvasMachine,
  check(p, problems) {
    const blocks = p.blocks.map((b) => b.id);
    const standard = STANDARD_BLOCKS.join(', ');
    p.blocks.forEach((b, i) => {
      if (!b.label && !isStandardBlock(b.id))
        problems.add(`blocks[${i}].label`, {
          fr: `"${b.id}" n'est pas une case connue (${standard}) : donner un "label" à cette case`,
          en: `"${b.id}" is not a known block (${standard}): give this block a "label"`,
        });
    });
    p.cards.forEach((c, j) => {
      if (!blocks.includes(c.block))
        problems.add(`cards[${j}].block`, {
          fr: `aucune case "${c.block}" sur ce tableau (cases : ${blocks.join(', ')})`,
          en: `no block "${c.block}" on this board (blocks: ${blocks.join(', ')})`,
        });
    });
    for (const b of p.blocks) {
      if (!b.optional && !p.cards.some((c) => c.block === b.id))
        problems.add('cards', {
          fr: `aucune carte ne va dans la case "${b.id}" : en ajouter une, ou marquer la case "optional": true`,
          en: `no card goes in the block "${b.id}": add one, or mark the block "optional": true`,
        });
    }
  },
});
