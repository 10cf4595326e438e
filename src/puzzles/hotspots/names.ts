/**
 * What a screen reader calls each spot: the thing drawn there ("A bench"), never the spot's
 * `label`, which may give the answer away ("Bench in full sun"). A sighted player reads the
 * label on hover or focus; a screen reader hears it then too, as the button's description.
 */
import type { Text } from '../../core/level/schema';
import type { KindPuzzle } from './schema';

type Spot = KindPuzzle['spots'][number];

/** Spots in picture order (top to bottom, then left to right): the order of their buttons. */
export function inPictureOrder<S extends Pick<Spot, 'x' | 'y'>>(spots: readonly S[]): S[] {
  return [...spots].sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Each spot's accessible name, by id: its own `name`, else its prop's name (with the colour the
 * level gives it). Names that would be the same are numbered in picture order, so every button
 * can be told apart.
 */
export function spotNames(
  spots: readonly Spot[],
  words: { t: (key: string, params?: Record<string, string | number>) => string; tx: (text: Text) => string },
): Map<string, string> {
  const ordered = inPictureOrder(spots);
  const plain = ordered.map((s) => {
    if (s.name) return words.tx(s.name);
    const thing = words.t(`hotspots.prop.${s.prop}`);
    return s.color ? words.t('hotspots.coloured', { thing, color: words.t(`hotspots.color.${s.color}`) }) : thing;
  });
  const total = new Map<string, number>();
  for (const name of plain) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    ordered.map((s, i) => {
      const name = plain[i]!;
      if (total.get(name)! < 2) return [s.id, name];
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return [s.id, words.t('hotspots.numbered', { name, n })];
    }),
  );
}
