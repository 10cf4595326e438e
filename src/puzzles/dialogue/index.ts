/** Dialogue: a conversation whose choices set flags and earn points. */
import { definePuzzleKind, effectsMatter } from '../../core/puzzle';
import { dialogueMachine } from './machine';
import { schema } from './schema';

export const dialogue = definePuzzleKind({
  kind: 'dialogue',
  schema,
  machine: dialogueMachine,
  check(p, problems) {
    const nodes = new Set(p.nodes.map((n) => n.id));
    const noNode = (x: string) => ({ fr: `aucun nœud "${x}"`, en: `no node "${x}"` });
    if (!nodes.has(p.start)) problems.add('start', noNode(p.start));
    p.nodes.forEach((n, j) => {
      n.choices.forEach((c, k) => {
        if (c.next !== null && !nodes.has(c.next)) problems.add(`nodes[${j}].choices[${k}].next`, noNode(c.next));
      });
    });
  },
  deadEnds(p, problems) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    // A node can end if some unconditional choice ends or leads to a node that can end.
    const canEnd = new Set<string>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const n of p.nodes) {
        if (canEnd.has(n.id)) continue;
        if (n.choices.some((c) => !c.when && (c.next === null || canEnd.has(c.next)))) {
          canEnd.add(n.id);
          progress = true;
        }
      }
    }
    const reachable = new Set<string>();
    const stack = [p.start];
    while (stack.length) {
      const nodeId = stack.pop()!;
      if (reachable.has(nodeId)) continue;
      reachable.add(nodeId);
      for (const c of byId.get(nodeId)?.choices ?? []) if (c.next) stack.push(c.next);
    }
    p.nodes.forEach((n, i) => {
      if (!reachable.has(n.id))
        problems.add(`nodes[${i}]`, {
          fr: `le nœud "${n.id}" ne peut jamais être atteint depuis "${p.start}"`,
          en: `node "${n.id}" can never be reached from "${p.start}"`,
        });
      else if (!canEnd.has(n.id))
        problems.add(`nodes[${i}].choices`, {
          fr: `depuis le nœud "${n.id}", la conversation ne peut jamais finir (une boucle, ou seulement des choix sous condition)`,
          en: `from node "${n.id}" the conversation can never end (a loop, or only conditional choices)`,
        });
    });
  },
  keyChoice(p, recorded) {
    const choice = p.nodes.flatMap((n) => n.choices).find((c) => c.id === recorded);
    return choice && effectsMatter(choice.effects) ? { puzzle: p.title, choice: choice.text } : null;
  },
});
