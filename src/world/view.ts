/**
 * What the world behind the text shows, described without Phaser or the DOM: the DOM layer
 * builds these views and lays its buttons over them, the Phaser scene draws them. Keeping them
 * here lets `src/ui/` and Node tests use them without loading Phaser (1.37 MB, and no DOM in Node).
 */
import type { LevelStatus } from '../core/journey';
import type { Backdrop, Prop } from '../core/level/schema';
import type { PropColor } from '../core/level/fields';

/** The world's own size, in pixels; everything else is placed in % of it. */
export const WORLD_WIDTH = 1280;
export const WORLD_HEIGHT = 720;

/** How a place is drawn on the city map: each landmark has its own silhouette. */
export const PLACE_LOOKS = ['archive', 'square', 'fablab', 'market', 'coworking', 'funding', 'belfry', 'street', 'mine', 'house'] as const;
export type PlaceLook = (typeof PLACE_LOOKS)[number];

const LOOK_OF_PLACE: Record<string, PlaceLook> = { 'grand-place': 'square', square: 'square' };
const LOOK_OF_BACKDROP: Record<Backdrop, PlaceLook> = {
  archive: 'archive',
  square: 'square',
  fablab: 'fablab',
  street: 'street',
  office: 'funding',
  coworking: 'coworking',
  market: 'market',
  mine: 'mine',
  stage: 'house',
};

/** A place's look: by its id when it names a landmark, else by its level's backdrop, else a house. */
export function placeLook(placeId: string, backdrop?: Backdrop): PlaceLook {
  const byId = LOOK_OF_PLACE[placeId] ?? (PLACE_LOOKS as readonly string[]).find((l) => l === placeId);
  if (byId) return byId as PlaceLook;
  return backdrop ? LOOK_OF_BACKDROP[backdrop] : 'house';
}

export interface CityPlace {
  id: string;
  x: number;
  y: number;
  status: LevelStatus | 'soon';
  act: number;
  /** The next place of the journey: a pin says "you are here". */
  current: boolean;
  look: PlaceLook;
}

export interface RoomProp {
  id: string;
  prop: Prop;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Found in a find-the-spots puzzle: marked with a green tick. */
  found?: boolean;
  /** The colour the level's text gives it ("the red cart"). */
  color?: PropColor;
  /** Opened by the player (a solved lock, a key used, an item taken): drawn open. */
  state?: 'open';
  /** A `person` prop: who it is (a cast name, as a speaker is written), so it wears their face. */
  who?: string;
}

export type WorldView = { kind: 'title' } | { kind: 'city'; places: CityPlace[] } | { kind: 'room'; backdrop: Backdrop; props: RoomProp[] };

/** The size of a place's building on the city map, in % of the world (the belfry rises above it). */
export const PLACE_SIZE = { w: 12, h: 17 } as const;

/** The box of a place on the city map, in % of the world, for the DOM buttons above it. */
export function placeBox(p: { x: number; y: number }): { x: number; y: number; w: number; h: number } {
  return { x: p.x - PLACE_SIZE.w / 2 - 1, y: p.y - PLACE_SIZE.h / 2 - 1, w: PLACE_SIZE.w + 2, h: PLACE_SIZE.h + 2 };
}

/** From % of the world to world pixels. */
export const pct = {
  x: (v: number) => (v / 100) * WORLD_WIDTH,
  y: (v: number) => (v / 100) * WORLD_HEIGHT,
};
