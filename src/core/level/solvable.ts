/**
 * Proves a level can be finished: no item is needed before it can be found, every combine
 * goal can be made, and every dialogue line can reach an ending whatever the journey's flags.
 */
import type { Message } from './messages';
import type { RawLevel, RawPuzzle } from './schema';

export interface DeadEnd {
  field: string;
  message: Message;
}

function roomDeadEnds(level: RawLevel): DeadEnd[] {
  const room = level.room;
  if (!room) return [];
  const held = new Set<string>();
  const visited = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const h of room.hotspots) {
      if (visited.has(h.id) || (h.requires && !held.has(h.requires))) continue;
      visited.add(h.id);
      if (h.gives) held.add(h.gives);
      // Opening a puzzle lets the player solve it, and a solved puzzle may give an item.
      const gift = h.opens ? level.puzzles.find((p) => p.id === h.opens)?.gives : undefined;
      if (gift) held.add(gift);
      progress = true;
    }
  }
  const out: DeadEnd[] = [];
  room.hotspots.forEach((h, i) => {
    if (!visited.has(h.id))
      out.push({
        field: `room.hotspots[${i}].requires`,
        message: {
          fr: `a besoin de "${h.requires}", qu'aucune zone cliquable accessible ne donne`,
          en: `needs "${h.requires}", which no reachable hotspot gives`,
        },
      });
  });
  return out;
}

function combineDeadEnds(p: Extract<RawPuzzle, { kind: 'combine' }>, base: string): DeadEnd[] {
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
  if (held.has(p.goal)) return [];
  return [
    {
      field: `${base}.goal`,
      message: {
        fr: `"${p.goal}" ne peut pas être obtenu avec les objets et les recettes`,
        en: `"${p.goal}" cannot be made from the items and recipes`,
      },
    },
  ];
}

function dialogueDeadEnds(p: Extract<RawPuzzle, { kind: 'dialogue' }>, base: string): DeadEnd[] {
  const out: DeadEnd[] = [];
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
      out.push({
        field: `${base}.nodes[${i}]`,
        message: {
          fr: `le nœud "${n.id}" ne peut jamais être atteint depuis "${p.start}"`,
          en: `node "${n.id}" can never be reached from "${p.start}"`,
        },
      });
    else if (!canEnd.has(n.id))
      out.push({
        field: `${base}.nodes[${i}].choices`,
        message: {
          fr: `depuis le nœud "${n.id}", la conversation ne peut jamais finir (une boucle, ou seulement des choix sous condition)`,
          en: `from node "${n.id}" the conversation can never end (a loop, or only conditional choices)`,
        },
      });
  });
  return out;
}

function allocationDeadEnds(p: Extract<RawPuzzle, { kind: 'allocation' }>, base: string): DeadEnd[] {
  const out: DeadEnd[] = [];
  const floor = new Map(p.lines.map((l) => [l.id, l.min]));
  const ceiling = new Map(p.lines.map((l) => [l.id, l.max]));
  p.rules.forEach((r, j) => {
    if (r.atLeast !== undefined) floor.set(r.line, Math.max(floor.get(r.line) ?? 0, r.atLeast));
    if (r.atMost !== undefined) ceiling.set(r.line, Math.min(ceiling.get(r.line) ?? Infinity, r.atMost));
    if ((floor.get(r.line) ?? 0) > (ceiling.get(r.line) ?? Infinity))
      out.push({
        field: `${base}.rules[${j}]`,
        message: { fr: `la ligne "${r.line}" ne peut jamais respecter ses limites`, en: `line "${r.line}" can never meet its limits` },
      });
  });
  const least = [...floor.values()].reduce((s, v) => s + v, 0);
  const most = [...ceiling.values()].reduce((s, v) => s + v, 0);
  if (least > p.budget)
    out.push({
      field: `${base}.budget`,
      message: { fr: `les règles demandent au moins ${least}, plus que le budget`, en: `the rules need at least ${least}, more than the budget` },
    });
  if (p.spendAll && most < p.budget)
    out.push({
      field: `${base}.spendAll`,
      message: {
        fr: `les lignes peuvent recevoir au plus ${most}, moins que le budget`,
        en: `the lines can hold at most ${most}, less than the budget`,
      },
    });
  return out;
}

export function findDeadEnds(level: RawLevel): DeadEnd[] {
  const out = roomDeadEnds(level);
  level.puzzles.forEach((p, i) => {
    const base = `puzzles[${i}]`;
    if (p.kind === 'combine') out.push(...combineDeadEnds(p, base));
    if (p.kind === 'dialogue') out.push(...dialogueDeadEnds(p, base));
    if (p.kind === 'allocation') out.push(...allocationDeadEnds(p, base));
  });
  if (level.room) {
    const opened = new Set(level.room.hotspots.map((h) => h.opens).filter(Boolean));
    level.puzzles.forEach((p, i) => {
      if (!opened.has(p.id))
        out.push({
          field: `puzzles[${i}]`,
          message: {
            fr: `aucune zone cliquable de la salle n'ouvre l'énigme "${p.id}"`,
            en: `no hotspot in the room opens puzzle "${p.id}"`,
          },
        });
    });
  }
  return out;
}
