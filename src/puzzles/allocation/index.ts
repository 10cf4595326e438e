/** Allocation: share a budget between lines, under rules. */
import type { Lang } from '../../core/i18n';
import { checkChoiceAwards } from '../../core/level/awards';
import { definePuzzleKind, inEachLanguage } from '../../core/puzzle';
import { allocationMachine } from './machine';
import { schema, type KindPuzzle } from './schema';

/** Amounts that meet every rule and the budget: each line at its lowest allowed, the rest where there is most room. Null if none fits. */
function amountsThatFit(p: KindPuzzle): Map<string, number> | null {
  const bounds = new Map(
    p.lines.map((line) => {
      const top = line.min + Math.floor((line.max - line.min) / line.step) * line.step;
      const rules = p.rules.filter((r) => r.line === line.id);
      const atLeast = Math.max(line.min, ...rules.map((r) => r.atLeast ?? line.min));
      const atMost = Math.min(top, ...rules.map((r) => r.atMost ?? top));
      const lo = line.min + Math.ceil((atLeast - line.min) / line.step) * line.step;
      const hi = line.min + Math.floor((atMost - line.min) / line.step) * line.step;
      return [line.id, { lo, hi, step: line.step }];
    }),
  );
  if ([...bounds.values()].some((b) => b.lo > b.hi)) return null;
  const amounts = new Map([...bounds].map(([lineId, b]) => [lineId, b.lo]));
  let left = p.budget - [...amounts.values()].reduce((a, b) => a + b, 0);
  if (p.spendAll)
    for (const [lineId, b] of [...bounds].sort(([, x], [, y]) => y.hi - y.lo - (x.hi - x.lo))) {
      const add = Math.min(b.hi - b.lo, Math.floor(left / b.step) * b.step);
      amounts.set(lineId, b.lo + add);
      left -= add;
    }
  return left < 0 || (p.spendAll && left !== 0) ? null : amounts;
}

/** More sums than this and the search gives up rather than slow the checker down. */
const MAX_SUMS = 200_000;

/**
 * Every total the lines can add up to, each line in its own steps and within its rules; null when
 * there are too many to list. Kept under the budget, since no more may be spent.
 */
function reachableTotals(p: KindPuzzle): Set<number> | null {
  let sums = new Set([0]);
  for (const line of p.lines) {
    const rules = p.rules.filter((r) => r.line === line.id);
    const atLeast = Math.max(line.min, ...rules.map((r) => r.atLeast ?? line.min));
    const atMost = Math.min(line.max, ...rules.map((r) => r.atMost ?? line.max));
    const next = new Set<number>();
    for (let amount = line.min; amount <= atMost; amount += line.step) {
      if (amount < atLeast) continue;
      for (const s of sums) if (s + amount <= p.budget) next.add(s + amount);
      if (next.size > MAX_SUMS) return null;
    }
    sums = next;
  }
  return sums;
}

export const allocation = definePuzzleKind({
  kind: 'allocation',
  schema,
  machine: allocationMachine,
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
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
    else if (p.spendAll && least <= p.budget && !reachableTotals(p)?.has(p.budget) && reachableTotals(p) !== null)
      problems.add('budget', {
        fr: `aucune répartition par pas de ${[...new Set(p.lines.map((l) => l.step))].join(', ')} ne fait exactement ${p.budget}, alors qu'il faut tout placer : change le budget, ou le min, le max ou le pas ("step") d'une ligne`,
        en: `no mix of amounts in steps of ${[...new Set(p.lines.map((l) => l.step))].join(', ')} adds up to exactly ${p.budget}, yet all of it must be placed: change the budget, or a line's min, max or step`,
      });
  },
  answerKey(p) {
    const money = (n: number, l: Lang) => `${new Intl.NumberFormat(l).format(n)}\u00a0${p.unit}`;
    const label = (lineId: string) => p.lines.find((line) => line.id === lineId)?.label ?? { fr: lineId, en: lineId };
    const plan = amountsThatFit(p);
    const budgetRule = inEachLanguage((l) =>
      p.spendAll
        ? l === 'fr'
          ? `Placer tout le budget : ${money(p.budget, l)}`
          : `Place the whole budget: ${money(p.budget, l)}`
        : l === 'fr'
          ? `Ne pas dépasser le budget : ${money(p.budget, l)}`
          : `Stay within the budget: ${money(p.budget, l)}`,
    );
    const ruleWords = (r: KindPuzzle['rules'][number]) =>
      inEachLanguage((l) => {
        const line = label(r.line)[l];
        const colon = l === 'fr' ? ' :' : ':';
        if (r.atLeast !== undefined && r.atMost !== undefined)
          return l === 'fr'
            ? `${line}${colon} entre ${money(r.atLeast, l)} et ${money(r.atMost, l)}`
            : `${line}${colon} between ${money(r.atLeast, l)} and ${money(r.atMost, l)}`;
        if (r.atLeast !== undefined) return `${line}${colon} ${l === 'fr' ? 'au moins' : 'at least'} ${money(r.atLeast, l)}`;
        if (r.atMost !== undefined) return `${line}${colon} ${l === 'fr' ? 'au plus' : 'at most'} ${money(r.atMost, l)}`;
        return r.message[l];
      });
    return {
      what: { fr: 'Répartir un budget', en: 'Share a budget' },
      minutes: 3 + Math.ceil(p.lines.length / 2),
      sections: [
        {
          title: { fr: 'Les règles', en: 'The rules' },
          lines: [
            { text: budgetRule },
            ...p.rules.map((r) => ({ text: ruleWords(r), notes: r.atLeast === undefined && r.atMost === undefined ? [] : [r.message] })),
          ],
        },
        {
          title: { fr: 'Un plan qui respecte toutes les règles', en: 'A plan that meets every rule' },
          lines: plan
            ? [
                ...p.lines.map((line) => ({
                  text: inEachLanguage((l) => `${line.label[l]}${l === 'fr' ? ' :' : ':'} ${money(plan.get(line.id) ?? 0, l)}`),
                  key: true,
                })),
                {
                  text: inEachLanguage(
                    (l) =>
                      `Total${l === 'fr' ? ' :' : ':'} ${money(
                        [...plan.values()].reduce((a, b) => a + b, 0),
                        l,
                      )}`,
                  ),
                },
              ]
            : [{ text: { fr: 'Aucun plan ne respecte toutes les règles.', en: 'No plan meets every rule.' } }],
        },
      ],
    };
  },
});
