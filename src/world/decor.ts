/** Plain data, in % of the world: the DOM layer builds a room view from it without loading Phaser. */
import type { Backdrop, Prop } from '../core/level/schema';

/** Decor for levels without a room to explore: the place is still drawn, never an empty stage. */
export const DECOR: Record<Backdrop, { prop: Prop; x: number; y: number; w: number; h: number }[]> = {
  archive: [
    { prop: 'shelf', x: 8, y: 12, w: 20, h: 55 },
    { prop: 'desk', x: 40, y: 50, w: 22, h: 22 },
    { prop: 'person', x: 66, y: 30, w: 12, h: 42 },
    { prop: 'cabinet', x: 82, y: 18, w: 14, h: 54 },
  ],
  square: [
    { prop: 'tree', x: 6, y: 30, w: 14, h: 42 },
    { prop: 'bench', x: 24, y: 58, w: 18, h: 14 },
    { prop: 'person', x: 62, y: 34, w: 11, h: 40 },
    { prop: 'lamp', x: 80, y: 28, w: 6, h: 44 },
  ],
  fablab: [
    { prop: 'machine', x: 6, y: 36, w: 18, h: 36 },
    { prop: 'table', x: 30, y: 50, w: 26, h: 22 },
    { prop: 'person', x: 62, y: 32, w: 11, h: 40 },
    { prop: 'board', x: 78, y: 12, w: 18, h: 30 },
  ],
  street: [
    { prop: 'stall', x: 4, y: 36, w: 22, h: 36 },
    { prop: 'sign', x: 32, y: 20, w: 12, h: 20 },
    { prop: 'person', x: 56, y: 34, w: 11, h: 40 },
    { prop: 'lamp', x: 74, y: 26, w: 6, h: 46 },
    { prop: 'bin', x: 86, y: 56, w: 8, h: 16 },
  ],
  office: [
    { prop: 'board', x: 6, y: 12, w: 20, h: 30 },
    { prop: 'desk', x: 32, y: 50, w: 24, h: 22 },
    { prop: 'person', x: 62, y: 32, w: 11, h: 40 },
    { prop: 'plant', x: 82, y: 48, w: 10, h: 24 },
  ],
  coworking: [
    { prop: 'window', x: 6, y: 10, w: 20, h: 30 },
    { prop: 'table', x: 30, y: 52, w: 30, h: 20 },
    { prop: 'person', x: 64, y: 32, w: 11, h: 40 },
    { prop: 'plant', x: 84, y: 48, w: 10, h: 24 },
  ],
  market: [
    { prop: 'stall', x: 4, y: 34, w: 24, h: 38 },
    { prop: 'stall', x: 34, y: 34, w: 24, h: 38 },
    { prop: 'person', x: 66, y: 32, w: 11, h: 40 },
    { prop: 'box', x: 84, y: 58, w: 10, h: 14 },
  ],
  mine: [
    { prop: 'board', x: 8, y: 12, w: 18, h: 28 },
    { prop: 'box', x: 30, y: 56, w: 14, h: 16 },
    { prop: 'person', x: 60, y: 32, w: 11, h: 40 },
    { prop: 'lamp', x: 80, y: 26, w: 6, h: 46 },
  ],
  stage: [
    { prop: 'board', x: 30, y: 10, w: 40, h: 36 },
    { prop: 'person', x: 44, y: 40, w: 12, h: 36 },
  ],
};
