/** Allocation: share a budget between lines, under rules. */
import { definePuzzleKind } from '../../core/puzzle';
import { allocationMachine } from './machine';
import { schema } from './schema';

export const allocation = definePuzzleKind({
  kind: 'allocation',
  schema,
  machine: allocationMachine,
  check(p, problems) {
    const lines = new Set(p.lines.map((l) => l.id));
    p.rules.forEach((r, j) => {
      if (!lines.has(r.line)) problems.add(`rules[${j}].line`, { fr: `aucune ligne "${r.line}"`, en: `no line "${r.line}"` });
    });
    const mins = p.lines.reduce((s, l) => s + l.min, 0);
    if (mins > p.budget)
      problems.add('budget', { fr: `les minimums des lignes (${mins}) dépassent le budget`, en: `the lines' minimums (${mins}) exceed the budget` });
  },
  deadEnds(p, problems) {
    const floor = new Map(p.lines.map((l) => [l.id, l.min]));
    const ceiling = new Map(p.lines.map((l) => [l.id, l.max]));
    p.rules.forEach((r, j) => {
      if (r.atLeast !== undefined) floor.set(r.line, Math.max(floor.get(r.line) ?? 0, r.atLeast));
      if (r.atMost !== undefined) ceiling.set(r.line, Math.min(ceiling.get(r.line) ?? Infinity, r.atMost));
      if ((floor.get(r.line) ?? 0) > (ceiling.get(r.line) ?? Infinity))
        problems.add(`rules[${j}]`, { fr: `la ligne "${r.line}" ne peut jamais respecter ses limites`, en: `line "${r.line}" can never meet its limits` });
    });
    const least = [...floor.values()].reduce((s, v) => s + v, 0);
    const most = [...ceiling.values()].reduce((s, v) => s + v, 0);
    if (least > p.budget)
      problems.add('budget', {
        fr: `les règles demandent au moins ${least}, plus que le budget`,
        en: `the rules need at least ${least}, more than the budget`,
      });
    if (p.spendAll && most < p.budget)
      problems.add('spendAll', {
        fr: `les lignes peuvent recevoir au plus ${most}, moins que le budget`,
        en: `the lines can hold at most ${most}, less than the budget`,
      });
  },
});
