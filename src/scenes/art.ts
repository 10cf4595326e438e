/**
 * Flat, high-contrast vector art drawn with Phaser Graphics: backdrops and props.
 * Works the same with the WebGL and the Canvas renderer (no filters needed).
 */
import type Phaser from 'phaser';
import type { Backdrop, Prop } from '../core/level/schema';
import { WORLD_HEIGHT, WORLD_WIDTH } from '../world/view';

export const PALETTE = {
  ink: 0x1d2433,
  paper: 0xfff8ec,
  sky: 0x9fd3ff,
  sun: 0xffc94a,
  brick: 0xc65d3b,
  wood: 0x9a6236,
  woodDark: 0x6b3f1f,
  teal: 0x1f9e8f,
  plum: 0x7a4fa0,
  leaf: 0x4caf50,
  stone: 0xb8b2a6,
  night: 0x2d3250,
  glow: 0xffe066,
};

const BACKDROPS: Record<Backdrop, { wall: number; floor: number; accent: number; outdoor: boolean }> = {
  archive: { wall: 0xe9dcc3, floor: 0x8a5a36, accent: 0xc65d3b, outdoor: false },
  square: { wall: PALETTE.sky, floor: 0xb7a99a, accent: PALETTE.brick, outdoor: true },
  fablab: { wall: 0xd9ecf2, floor: 0x5e6b7a, accent: PALETTE.teal, outdoor: false },
  street: { wall: 0xa8dcff, floor: 0x8d8d95, accent: PALETTE.plum, outdoor: true },
  office: { wall: 0xf1e6ff, floor: 0x7d6b5d, accent: PALETTE.plum, outdoor: false },
  coworking: { wall: 0xfff0d6, floor: 0xa0714f, accent: PALETTE.teal, outdoor: false },
  market: { wall: 0xbfe6ff, floor: 0xc2b8a3, accent: 0xe05a47, outdoor: true },
  mine: { wall: 0x3b3f58, floor: 0x4a3a2f, accent: PALETTE.sun, outdoor: false },
  stage: { wall: 0x2d3250, floor: 0x5b3a29, accent: PALETTE.sun, outdoor: false },
};

export function drawBackdrop(g: Phaser.GameObjects.Graphics, backdrop: Backdrop): void {
  const b = BACKDROPS[backdrop];
  const horizon = WORLD_HEIGHT * 0.72;
  g.fillStyle(b.wall, 1).fillRect(0, 0, WORLD_WIDTH, horizon);
  g.fillStyle(b.floor, 1).fillRect(0, horizon, WORLD_WIDTH, WORLD_HEIGHT - horizon);
  if (b.outdoor) {
    g.fillStyle(PALETTE.sun, 1).fillCircle(1130, 90, 48);
    // Rooftops of the old town, with the belfry in the middle.
    g.fillStyle(0x6d7b99, 0.55);
    for (let x = 0; x < WORLD_WIDTH; x += 120) g.fillTriangle(x, horizon - 60, x + 60, horizon - 130, x + 120, horizon - 60).fillRect(x, horizon - 60, 120, 60);
    drawBelfry(g, 600, horizon - 60, 0.9, 0x59678a);
    g.fillStyle(0x000000, 0.08);
    for (let x = 0; x < WORLD_WIDTH; x += 64) g.fillRect(x, horizon + ((x / 64) % 2) * 20, 60, 8);
  } else {
    g.fillStyle(b.accent, 0.18).fillRect(0, horizon - 26, WORLD_WIDTH, 26);
    g.fillStyle(0x000000, 0.06);
    for (let x = 0; x < WORLD_WIDTH; x += 80) g.fillRect(x, horizon, 4, WORLD_HEIGHT - horizon);
    if (backdrop === 'mine') {
      // Brick walls of the old colliery, lamps along the beams.
      g.fillStyle(0x000000, 0.12);
      for (let y = 30; y < horizon - 30; y += 44) for (let x = (y / 44) % 2 ? 0 : 40; x < WORLD_WIDTH; x += 80) g.fillRect(x, y, 74, 38);
      g.fillStyle(PALETTE.woodDark, 1).fillRect(0, 18, WORLD_WIDTH, 14);
      g.fillStyle(PALETTE.sun, 0.9);
      for (let x = 100; x < WORLD_WIDTH; x += 220) g.fillCircle(x, 44, 9);
    }
  }
}

export function drawBelfry(g: Phaser.GameObjects.Graphics, x: number, base: number, scale: number, color: number): void {
  const s = scale;
  g.fillStyle(color, 1);
  g.fillRect(x - 40 * s, base - 230 * s, 80 * s, 230 * s);
  g.fillRect(x - 55 * s, base - 260 * s, 110 * s, 34 * s);
  g.fillEllipse(x, base - 285 * s, 80 * s, 60 * s);
  g.fillRect(x - 6 * s, base - 340 * s, 12 * s, 50 * s);
  g.fillStyle(PALETTE.sun, 1).fillCircle(x, base - 170 * s, 14 * s);
}

/** Draws one prop inside its box (in world pixels). */
export function drawProp(g: Phaser.GameObjects.Graphics, prop: Prop, x: number, y: number, w: number, h: number, accent: number): void {
  const cx = x + w / 2;
  switch (prop) {
    case 'cabinet':
      g.fillStyle(PALETTE.woodDark, 1).fillRoundedRect(x, y, w, h, 8);
      g.fillStyle(PALETTE.wood, 1).fillRect(x + 8, y + 8, w / 2 - 12, h - 16).fillRect(cx + 4, y + 8, w / 2 - 12, h - 16);
      g.fillStyle(PALETTE.ink, 1).fillRoundedRect(cx - 18, y + h * 0.42, 36, 46, 6);
      g.fillStyle(PALETTE.glow, 1);
      for (let i = 0; i < 4; i++) g.fillRect(cx - 12 + i * 7, y + h * 0.42 + 12, 4, 20);
      break;
    case 'shelf':
      g.fillStyle(PALETTE.woodDark, 1).fillRect(x, y, w, h);
      for (let row = 0; row < 4; row++) {
        const ry = y + 10 + row * (h / 4);
        g.fillStyle(PALETTE.wood, 1).fillRect(x + 6, ry + h / 4 - 18, w - 12, 8);
        for (let b = 0; b < 6; b++) {
          const colors = [0xc65d3b, 0x1f9e8f, 0x7a4fa0, 0xffc94a, 0x3f6fd8, 0xe07a5f];
          g.fillStyle(colors[(b + row) % colors.length]!, 1).fillRect(x + 10 + b * ((w - 20) / 6), ry + 6, (w - 20) / 6 - 4, h / 4 - 26);
        }
      }
      break;
    case 'desk':
    case 'table':
      g.fillStyle(PALETTE.wood, 1).fillRect(x, y, w, h * 0.25);
      g.fillStyle(PALETTE.woodDark, 1).fillRect(x + 10, y + h * 0.25, 16, h * 0.75).fillRect(x + w - 26, y + h * 0.25, 16, h * 0.75);
      if (prop === 'desk') g.fillStyle(PALETTE.paper, 1).fillRect(cx - 30, y - 10, 60, 14);
      break;
    case 'drawer':
      g.fillStyle(PALETTE.woodDark, 1).fillRoundedRect(x, y, w, h, 6);
      for (let i = 0; i < 3; i++) {
        g.fillStyle(PALETTE.wood, 1).fillRect(x + 8, y + 8 + i * (h / 3), w - 16, h / 3 - 12);
        g.fillStyle(PALETTE.paper, 1).fillRect(cx - 14, y + 14 + i * (h / 3), 28, 10);
      }
      break;
    case 'poster':
    case 'board':
    case 'sign':
      g.fillStyle(prop === 'board' ? 0x2f5d50 : PALETTE.paper, 1).fillRect(x, y, w, h);
      g.lineStyle(6, accent, 1).strokeRect(x, y, w, h);
      g.fillStyle(prop === 'board' ? PALETTE.paper : PALETTE.ink, 0.7);
      for (let i = 0; i < 4; i++) g.fillRect(x + 14, y + 20 + i * (h / 5), w - 28 - (i % 2) * 20, 8);
      break;
    case 'window':
      g.fillStyle(PALETTE.sky, 1).fillRect(x, y, w, h);
      drawBelfry(g, cx, y + h, Math.min(w, h) / 360, 0x59678a);
      g.lineStyle(8, PALETTE.paper, 1).strokeRect(x, y, w, h).lineBetween(cx, y, cx, y + h).lineBetween(x, y + h / 2, x + w, y + h / 2);
      break;
    case 'box':
    case 'bin':
      g.fillStyle(prop === 'bin' ? 0x4a7c59 : 0xc8a26b, 1).fillRect(x, y + h * 0.2, w, h * 0.8);
      g.fillStyle(prop === 'bin' ? 0x2f5d50 : 0xa47f4c, 1).fillRect(x - 4, y + h * 0.1, w + 8, h * 0.14);
      break;
    case 'door':
      g.fillStyle(PALETTE.woodDark, 1).fillRoundedRect(x, y, w, h, { tl: w / 2, tr: w / 2, bl: 0, br: 0 });
      g.fillStyle(PALETTE.glow, 1).fillCircle(x + w * 0.78, y + h * 0.55, 6);
      break;
    case 'person': {
      const r = Math.min(w, h) * 0.22;
      g.fillStyle(accent, 1).fillRoundedRect(cx - w * 0.3, y + r * 2, w * 0.6, h - r * 2, 18);
      g.fillStyle(0xe8b48a, 1).fillCircle(cx, y + r, r);
      g.fillStyle(PALETTE.ink, 1).fillCircle(cx - r * 0.35, y + r * 0.9, 3).fillCircle(cx + r * 0.35, y + r * 0.9, 3);
      break;
    }
    case 'stall':
      g.fillStyle(PALETTE.wood, 1).fillRect(x, y + h * 0.45, w, h * 0.55);
      for (let i = 0; i < 5; i++) g.fillStyle(i % 2 ? PALETTE.paper : accent, 1).fillRect(x + (i * w) / 5, y, w / 5, h * 0.3);
      g.fillStyle(0xffa94d, 1).fillCircle(x + w * 0.3, y + h * 0.45, 10).fillCircle(x + w * 0.6, y + h * 0.45, 10);
      break;
    case 'machine':
      g.fillStyle(0x5e6b7a, 1).fillRoundedRect(x, y, w, h, 10);
      g.fillStyle(PALETTE.teal, 1).fillRect(x + 12, y + 12, w - 24, h * 0.35);
      g.fillStyle(PALETTE.glow, 1).fillCircle(x + 24, y + h * 0.7, 8).fillCircle(x + 52, y + h * 0.7, 8);
      break;
    case 'bench':
      g.fillStyle(PALETTE.wood, 1).fillRect(x, y + h * 0.3, w, h * 0.2).fillRect(x, y + h * 0.6, w, h * 0.15);
      g.fillStyle(PALETTE.ink, 1).fillRect(x + 10, y + h * 0.6, 8, h * 0.4).fillRect(x + w - 18, y + h * 0.6, 8, h * 0.4);
      break;
    case 'tree':
    case 'plant':
      g.fillStyle(PALETTE.woodDark, 1).fillRect(cx - w * 0.07, y + h * 0.55, w * 0.14, h * 0.45);
      g.fillStyle(PALETTE.leaf, 1).fillCircle(cx, y + h * 0.35, Math.min(w, h) * 0.4);
      break;
    case 'lamp':
      g.fillStyle(PALETTE.ink, 1).fillRect(cx - 4, y + h * 0.2, 8, h * 0.8);
      g.fillStyle(PALETTE.glow, 1).fillCircle(cx, y + h * 0.15, Math.min(w, h) * 0.18);
      break;
    case 'phone':
      g.fillStyle(PALETTE.ink, 1).fillRoundedRect(cx - w * 0.25, y, w * 0.5, h, 10);
      g.fillStyle(PALETTE.sky, 1).fillRect(cx - w * 0.2, y + 10, w * 0.4, h - 30);
      break;
  }
}

/** The glow around a hotspot or place under focus or pointer. */
export function drawGlow(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.lineStyle(14, PALETTE.glow, 0.35).strokeRoundedRect(x - 10, y - 10, w + 20, h + 20, 16);
  g.lineStyle(5, PALETTE.glow, 1).strokeRoundedRect(x - 6, y - 6, w + 12, h + 12, 12);
}
