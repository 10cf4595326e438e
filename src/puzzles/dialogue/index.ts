/** Dialogue: a conversation whose choices set flags and earn points. */
import type { Condition, Text } from '../../core/level/schema';
import { checkChoiceAwards } from '../../core/level/awards';
import { definePuzzleKind, effectsMatter, inEachLanguage } from '../../core/puzzle';
import { dialogueMachine, findNode, nodeText, shownChoices } from './machine';
import { schema, type KindPuzzle } from './schema';

/** The choices of the shortest talk from the start to an end, through choices offered to everyone (no `when`). */
function wayToEnd(p: KindPuzzle): Set<string> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const cameBy = new Map<string, { from: string; choice: string } | null>([[p.start, null]]);
  const queue = [p.start];
  for (let nodeId = queue.shift(); nodeId !== undefined; nodeId = queue.shift()) {
    for (const c of byId.get(nodeId)?.choices ?? []) {
      if (c.when) continue;
      if (c.next === null) {
        const way = new Set([c.id]);
        for (let step = cameBy.get(nodeId); step; step = cameBy.get(step.from)) way.add(step.choice);
        return way;
      }
      if (!cameBy.has(c.next)) {
        cameBy.set(c.next, { from: nodeId, choice: c.id });
        queue.push(c.next);
      }
    }
  }
  return new Set();
}

function conditionWords(when: Condition): Text {
  return inEachLanguage((l) =>
    when.equals === undefined
      ? l === 'fr'
        ? `si « ${when.flag} » est noté`
        : `if "${when.flag}" is set`
      : l === 'fr'
        ? `si ${when.flag} = ${String(when.equals)}`
        : `if ${when.flag} = ${String(when.equals)}`,
  );
}

export const dialogue = definePuzzleKind({
  kind: 'dialogue',
  schema,
  machine: dialogueMachine,
  liveChoice: ({ context: c }) => {
    const node = findNode(c.puzzle, c.node);
    return {
      key: `${c.puzzle.id}:${node.id}`,
      question: nodeText(node, c.flags),
      options: shownChoices(node, c.flags, c.seed).map((choice) => ({ id: choice.id, text: choice.text })),
      play: (id) => ({ type: 'choice.pick' as const, id }),
    };
  },
  check(p, problems) {
    checkChoiceAwards(
      p.awards,
      p.nodes.flatMap((n) => n.choices.map((c) => c.id)),
      problems,
    );
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
  answerKey(p) {
    const way = wayToEnd(p);
    const nodes = [...p.nodes].sort((a, b) => +(b.id === p.start) - +(a.id === p.start));
    return {
      what: { fr: 'Dialogue', en: 'Dialogue' },
      minutes: 1 + Math.ceil(p.nodes.length / 2),
      sections: nodes.map((n) => ({
        tag: n.id,
        title: n.id === p.start ? inEachLanguage((l) => `${l === 'fr' ? 'Début' : 'Start'} — ${n.speaker[l]}`) : n.speaker,
        text: n.text,
        notes: n.variants.map((v) =>
          inEachLanguage((l) =>
            l === 'fr' ? `Plutôt, ${conditionWords(v.when).fr} : « ${v.text.fr} »` : `Instead, ${conditionWords(v.when).en}: "${v.text.en}"`,
          ),
        ),
        lines: n.choices.map(({ when, reply, ...c }) => ({
          text: c.text,
          notes: [
            inEachLanguage((l) => (c.next === null ? (l === 'fr' ? '→ fin de la conversation' : '→ end of the talk') : `→ ${c.next}`)),
            ...(when ? [inEachLanguage((l) => (l === 'fr' ? `Proposé seulement ${conditionWords(when).fr}` : `Offered only ${conditionWords(when).en}`))] : []),
            ...(reply ? [inEachLanguage((l) => (l === 'fr' ? `Réponse : « ${reply.fr} »` : `Reply: "${reply.en}"`))] : []),
          ],
          ...(c.effects ? { effects: c.effects } : {}),
          choice: c.id,
          key: way.has(c.id),
        })),
      })),
    };
  },
  keyChoice(p, recorded) {
    const choice = p.nodes.flatMap((n) => n.choices).find((c) => c.id === recorded);
    return choice && effectsMatter(choice.effects) ? { puzzle: p.title, choice: choice.text } : null;
  },
});
