/** Sort: put each item in its category. */
import { definePuzzleKind } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { sortMachine } from './machine';
import { schema } from './schema';

export const sort = definePuzzleKind({
  kind: 'sort',
  schema,
  machine: sortMachine,
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
    const cats = new Set(p.categories.map((c) => c.id));
    p.items.forEach((it, j) => {
      if (!cats.has(it.category)) problems.add(`items[${j}].category`, { fr: `aucune catégorie "${it.category}"`, en: `no category "${it.category}"` });
    });
  },
  answerKey: (p) => ({
    what: { fr: 'Trier', en: 'Sort' },
    minutes: 2 + Math.ceil(p.items.length / 2),
    sections: p.categories.map((c) => ({
      title: c.label,
      lines: p.items.filter((it) => it.category === c.id).map((it) => ({ text: it.label, notes: [it.why], key: true })),
    })),
  }),
});
