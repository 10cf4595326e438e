/**
 * The room as the player left it: each hotspot's prop, drawn open once the player opened it.
 * Plain data from the level machine's context, so the DOM layer and Node tests use it without Phaser.
 */
import type { Hotspot } from '../core/level/loader';
import type { LevelContext } from '../core/machines/level';
import { DECOR } from './decor';
import type { RoomProp } from './view';

/** What the room's look depends on: the level, and what the player did in it. */
export type RoomState = Pick<LevelContext, 'level' | 'visited' | 'inventory' | 'results'>;

/**
 * A hotspot is open when the player opened it: its lock (the puzzle it opens) is solved; or,
 * without a lock, the item it `requires` was used on it; or it gave its item. Only the lock
 * counts when there is one: a chest whose code is still to find stays shut, badge or not.
 */
export function isOpen(hs: Hotspot, room: RoomState): boolean {
  if (hs.opens) return room.results.some((r) => r.puzzleId === hs.opens);
  const used = room.visited.includes(hs.id);
  if (hs.requires) return used && room.inventory.includes(hs.requires);
  if (hs.gives) return used && room.inventory.includes(hs.gives);
  return false;
}

/**
 * The props the world draws for a level: its room's hotspots, or its place's decor. The decor's
 * person is the level's host, the first speaker of its intro (Samira in her fab lab).
 */
export function roomProps(room: RoomState): RoomProp[] {
  const { level } = room;
  const host = level.intro[0]?.speaker.fr;
  if (!level.room) return DECOR[level.backdrop].map((d, i) => ({ id: `decor-${i}`, ...d, ...(d.prop === 'person' && host ? { who: host } : {}) }));
  return level.room.hotspots.map((hs) => ({
    id: hs.id,
    prop: hs.prop,
    x: hs.x,
    y: hs.y,
    w: hs.w,
    h: hs.h,
    ...(hs.color ? { color: hs.color } : {}),
    ...(hs.who ? { who: hs.who } : {}),
    ...(isOpen(hs, room) ? { state: 'open' as const } : {}),
  }));
}
