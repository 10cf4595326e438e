/** Business model canvas: put idea cards into the blocks of a simple business model. */
import type { Text } from '../../core/level/schema';
import { checkChoiceAwards } from '../../core/level/awards';
import { definePuzzleKind } from '../../core/puzzle';
import enStrings from './locales/en.json';
import frStrings from './locales/fr.json';
import { businessCanvasMachine } from './machine';
import { isStandardBlock, schema, STANDARD_BLOCKS } from './schema';

const STRINGS: { fr: Record<string, string>; en: Record<string, string> } = { fr: frStrings, en: enStrings };

/** A standard block's name or question, in the kind's own words. */
function standardWords(key: 'block' | 'question', blockId: string): Text | undefined {
  const fr = STRINGS.fr[`businessCanvas.${key}.${blockId}`];
  const en = STRINGS.en[`businessCanvas.${key}.${blockId}`];
  return fr && en ? { fr, en } : undefined;
}

export const businessCanvas = definePuzzleKind({
  kind: 'business-canvas',
  schema,
  machine: businessCanvasMachine,
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
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
  answerKey: (p) => ({
    what: { fr: 'Modèle économique (tableau)', en: 'Business model canvas' },
    minutes: 2 + Math.ceil(p.cards.length / 2),
    sections: p.blocks.map((b) => {
      const cards = p.cards.filter((c) => c.block === b.id);
      const question = b.question ?? standardWords('question', b.id);
      return {
        title: b.label ?? standardWords('block', b.id) ?? { fr: b.id, en: b.id },
        ...(question ? { text: question } : {}),
        lines: cards.length
          ? cards.map((c) => ({ text: c.label, notes: [c.why], key: true }))
          : [{ text: { fr: 'Aucune carte ne va ici (case libre).', en: 'No card goes here (an open block).' } }],
      };
    }),
  }),
});
