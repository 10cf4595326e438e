/** Combine: put two things together to make a third, until the goal is made. */
import { definePuzzleKind } from '../../core/puzzle';
import { combineMachine } from './machine';
import { schema } from './schema';

const noItem = (x: string) => ({ fr: `aucun objet "${x}"`, en: `no item "${x}"` });

export const combine = definePuzzleKind({
  kind: 'combine',
  schema,
  machine: combineMachine,
  check(p, problems) {
    const known = new Set(p.items.map((it) => it.id));
    p.recipes.forEach((r) => known.add(r.result.id));
    p.recipes.forEach((r, j) => {
      if (!known.has(r.a)) problems.add(`recipes[${j}].a`, noItem(r.a));
      if (!known.has(r.b)) problems.add(`recipes[${j}].b`, noItem(r.b));
      if (r.a === r.b)
        problems.add(`recipes[${j}].b`, {
          fr: 'deux objets différents (un objet ne peut pas être combiné avec lui-même)',
          en: 'two different items (an item cannot be combined with itself)',
        });
    });
    if (!known.has(p.goal)) problems.add('goal', { fr: `aucun objet ni résultat de recette "${p.goal}"`, en: `no item or recipe result "${p.goal}"` });
  },
  deadEnds(p, problems) {
    const held = new Set(p.items.map((it) => it.id));
    let progress = true;
    while (progress) {
      progress = false;
      for (const r of p.recipes) {
        if (held.has(r.a) && held.has(r.b) && !held.has(r.result.id)) {
          held.add(r.result.id);
          progress = true;
        }
      }
    }
    if (!held.has(p.goal))
      problems.add('goal', {
        fr: `"${p.goal}" ne peut pas être obtenu avec les objets et les recettes`,
        en: `"${p.goal}" cannot be made from the items and recipes`,
      });
  },
});
