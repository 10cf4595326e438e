/** Combine: put two things together to make a third, until the goal is made. */
import { definePuzzleKind, inEachLanguage } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { combineMachine } from './machine';
import { schema, type KindPuzzle } from './schema';

type Recipe = KindPuzzle['recipes'][number];

/** The recipes that make the goal, each after those that make its ingredients: the shortest way, found round by round. */
function wayToGoal(p: KindPuzzle): Recipe[] {
  const madeBy = new Map<string, Recipe | null>(p.items.map((it) => [it.id, null]));
  let round: Recipe[];
  do {
    round = p.recipes.filter((r) => madeBy.has(r.a) && madeBy.has(r.b) && !madeBy.has(r.result.id));
    for (const r of round) if (!madeBy.has(r.result.id)) madeBy.set(r.result.id, r);
  } while (round.length > 0 && !madeBy.has(p.goal));
  const way: Recipe[] = [];
  const follow = (itemId: string) => {
    const r = madeBy.get(itemId);
    if (!r || way.includes(r)) return;
    follow(r.a);
    follow(r.b);
    way.push(r);
  };
  follow(p.goal);
  return way;
}

const noItem = (x: string) => ({ fr: `aucun objet "${x}"`, en: `no item "${x}"` });

export const combine = definePuzzleKind({
  kind: 'combine',
  schema,
  machine: combineMachine,
  check(p, problems) {
    checkChoiceAwards(
      p.awards,
      p.recipes.map((r) => r.result.id),
      problems,
    );
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
  answerKey(p) {
    const labels = new Map([...p.items, ...p.recipes.map((r) => r.result)].map((it) => [it.id, it.label]));
    const label = (itemId: string) => labels.get(itemId) ?? { fr: itemId, en: itemId };
    const way = wayToGoal(p);
    const line = (r: Recipe, key: boolean) => ({
      text: inEachLanguage((l) => `${label(r.a)[l]} + ${label(r.b)[l]} → ${r.result.label[l]}`),
      notes: [r.text],
      choice: r.result.id,
      key,
    });
    const extras = p.recipes.filter((r) => !way.includes(r));
    return {
      what: { fr: 'Assembler des objets', en: 'Combine things' },
      minutes: 2 + p.recipes.length,
      solution: label(p.goal),
      sections: [
        {
          title: inEachLanguage((l) => (l === 'fr' ? `Le chemin jusqu'à « ${label(p.goal).fr} »` : `The way to "${label(p.goal).en}"`)),
          ordered: true,
          lines: way.map((r) => line(r, true)),
        },
        ...(extras.length ? [{ title: { fr: 'Autres recettes (des bonus)', en: 'Other recipes (extras)' }, lines: extras.map((r) => line(r, false)) }] : []),
      ],
    };
  },
});
