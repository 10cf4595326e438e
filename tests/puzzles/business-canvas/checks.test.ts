/** A broken canvas in a level file: every problem names its field, in French and in English. */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/core/level/loader';
import { hints3, t } from '../../unit/puzzles/fixtures';

const card = (id: string, block: string) => ({ id, label: t(id), block, why: t(`Pourquoi ${id}`, `Why ${id}`) });
const sixCards = ['customers', 'problem', 'value', 'channels', 'costs', 'revenue'].map((b) => card(`${b}-card`, b));

/** The problems of a level holding one canvas puzzle with these fields (none when it loads). */
function problemsOf(fields: Record<string, unknown>) {
  const level = {
    formatVersion: 1,
    id: 'canvas-level',
    act: 2,
    order: 1,
    place: 'coworking',
    backdrop: 'coworking',
    title: t('Test'),
    goal: t('But', 'Goal'),
    intro: [{ speaker: t('Moi', 'Me'), text: t('Bonjour', 'Hello') }],
    competences: ['financial-literacy'],
    puzzles: [{ kind: 'business-canvas', id: 'board', title: t('Titre', 'Title'), prompt: t('Consigne', 'Prompt'), hints: hints3, ...fields }],
    debrief: { summary: t('Résumé', 'Summary'), reflection: t('Question'), story: { name: 'Ana', business: t('Café'), text: t('Histoire', 'Story') } },
  };
  const result = parseLevel('canvas.json', level);
  return result.ok ? [] : result.problems.map((p) => ({ field: p.field, fr: p.message.fr, en: p.message.en }));
}

describe('business canvas checks', () => {
  it('a canvas with one card per standard block loads', () => {
    expect(problemsOf({ cards: sixCards })).toEqual([]);
  });

  it('names a card whose block is not on the board, and lists the blocks', () => {
    const problems = problemsOf({ cards: [...sixCards, card('flyer', 'marketing')] });
    expect(problems).toEqual([
      {
        field: 'puzzles[0].cards[6].block',
        fr: 'aucune case "marketing" sur ce tableau (cases : customers, problem, value, channels, costs, revenue)',
        en: 'no block "marketing" on this board (blocks: customers, problem, value, channels, costs, revenue)',
      },
    ]);
  });

  it('names card ids and block ids used twice', () => {
    const twice = problemsOf({ cards: [...sixCards, card('costs-card', 'costs')] });
    expect(twice.map((p) => p.field)).toEqual(['puzzles[0].cards[6].id']);
    expect(twice[0]!.en).toBe('the id "costs-card" is used twice: give this one another id');
    const blocks = problemsOf({ blocks: [{ id: 'costs' }, { id: 'revenue' }, { id: 'costs' }], cards: [card('a', 'costs'), card('b', 'revenue')] });
    expect(blocks.map((p) => p.field)).toEqual(['puzzles[0].blocks[2].id']);
  });

  it('says which block no card goes in, unless the block is optional', () => {
    const problems = problemsOf({ cards: sixCards.filter((c) => c.block !== 'channels') });
    expect(problems).toEqual([
      {
        field: 'puzzles[0].cards',
        fr: 'aucune carte ne va dans la case "channels" : en ajouter une, ou marquer la case "optional": true',
        en: 'no card goes in the block "channels": add one, or mark the block "optional": true',
      },
    ]);
    const optional = problemsOf({
      blocks: [{ id: 'costs' }, { id: 'revenue' }, { id: 'channels', optional: true }],
      cards: [card('a', 'costs'), card('b', 'revenue')],
    });
    expect(optional).toEqual([]);
  });

  it('asks for a label on a block of the puzzle’s own, not on a standard one', () => {
    const problems = problemsOf({ blocks: [{ id: 'costs' }, { id: 'partners' }], cards: [card('a', 'costs'), card('b', 'partners')] });
    expect(problems.map((p) => p.field)).toEqual(['puzzles[0].blocks[1].label']);
    expect(problems[0]!.en).toContain('"partners" is not a known block');
    expect(
      problemsOf({ blocks: [{ id: 'costs' }, { id: 'partners', label: t('Partenaires', 'Partners') }], cards: [card('a', 'costs'), card('b', 'partners')] }),
    ).toEqual([]);
  });

  it('lets the schema refuse what is not a canvas: too few cards, a card without its explanation, an unknown field', () => {
    expect(problemsOf({ cards: [card('a', 'costs')] }).map((p) => p.field)).toContain('puzzles[0].cards');
    const noWhy = problemsOf({ cards: [...sixCards.slice(1), { id: 'x', label: t('x'), block: 'customers' }] });
    expect(noWhy.map((p) => p.field)).toContain('puzzles[0].cards[5].why');
    expect(problemsOf({ cards: sixCards, colour: 'red' }).map((p) => p.field)).toContain('puzzles[0]');
  });
});
