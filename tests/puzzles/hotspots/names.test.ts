import { describe, expect, it } from 'vitest';
import { makeTranslator, pick } from '../../../src/core/i18n';
import { PROP_COLORS, PROPS } from '../../../src/core/level/fields';
import { loadPuzzle, t } from '../../unit/puzzles/fixtures';
import { spotNames } from '../../../src/puzzles/hotspots/names';
import type { HotspotsPuzzle } from '../../../src/puzzles/hotspots/machine';
import en from '../../../src/puzzles/hotspots/locales/en.json';
import fr from '../../../src/puzzles/hotspots/locales/fr.json';

const words = (lang: 'fr' | 'en') => ({ t: makeTranslator({ fr, en }, lang), tx: (text: { fr: string; en: string }) => pick(text, lang) });

const spot = (id: string, prop: string, x: number, more: Record<string, unknown> = {}) => ({
  id,
  label: t(`réponse ${id}`, `answer ${id}`),
  x,
  y: 40,
  w: 10,
  h: 20,
  prop,
  target: true,
  feedback: t('retour', 'feedback'),
  ...more,
});

const puzzle = (spots: ReturnType<typeof spot>[]) => loadPuzzle('hotspots', { backdrop: 'square', need: 1, spots }) as HotspotsPuzzle;

describe('hotspots spot names', () => {
  it('names every prop and colour in both languages', () => {
    for (const dict of [fr, en] as Record<string, string>[]) {
      for (const prop of PROPS) expect(dict, prop).toHaveProperty([`hotspots.prop.${prop}`]);
      for (const color of PROP_COLORS) expect(dict, color).toHaveProperty([`hotspots.color.${color}`]);
    }
  });

  it('says the thing drawn, never the label, and the colour the level gives it', () => {
    const p = puzzle([
      spot('a', 'bench', 5),
      spot('b', 'cart', 25, { color: 'red' }),
      spot('c', 'poster', 45, { name: t('Une vieille affiche', 'An old poster') }),
    ]);
    expect([...spotNames(p.spots, words('fr'))]).toEqual([
      ['a', 'Un banc'],
      ['b', 'Un wagonnet (rouge)'],
      ['c', 'Une vieille affiche'],
    ]);
    expect(spotNames(p.spots, words('en')).get('b')).toBe('A mine cart (red)');
  });

  it('numbers names that would be the same, in picture order, so each button can be told apart', () => {
    const p = puzzle([spot('right', 'person', 60), spot('left', 'person', 5), spot('bench', 'bench', 30)]);
    const names = spotNames(p.spots, words('en'));
    expect(names.get('left')).toBe('A person (1)');
    expect(names.get('right')).toBe('A person (2)');
    expect(names.get('bench')).toBe('A bench');
  });
});
