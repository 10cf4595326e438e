/**
 * Proves a level can be finished: no item is needed before it can be found, every puzzle is
 * opened by something, and each kind's own dead ends (a goal that cannot be made, a talk that
 * cannot end…) are found by the kind itself.
 */
import { puzzleKind } from '../../puzzles';
import type { Message } from './messages';
import type { RawLevel } from './schema';

export interface DeadEnd {
  field: string;
  message: Message;
  severity?: 'warning';
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

export function findDeadEnds(level: RawLevel): DeadEnd[] {
  const out = roomDeadEnds(level);
  level.puzzles.forEach((p, i) => {
    const base = `puzzles[${i}]`;
    puzzleKind(p.kind)?.findDeadEnds(p, {
      add: (field, message) => out.push({ field: `${base}.${field}`, message }),
      warn: (field, message) => out.push({ field: `${base}.${field}`, message, severity: 'warning' }),
    });
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
