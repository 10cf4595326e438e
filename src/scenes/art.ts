/**
 * Flat, high-contrast vector art drawn with Phaser Graphics: backdrops and props.
 * Works the same with the WebGL and the Canvas renderer (no filters needed).
 */
import type Phaser from 'phaser';
import type { Backdrop, Prop } from '../core/level/schema';
import type { PropColor } from '../core/level/fields';
import { faceFor } from '../world/cast';
import { WORLD_HEIGHT, WORLD_WIDTH } from '../world/view';
import { drawPerson } from './people';

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

/** A room's wall and floor colours: what goes on above and below its picture. */
export function backdropEdges(backdrop: Backdrop): { top: number; bottom: number } {
  const b = BACKDROPS[backdrop];
  return { top: b.wall, bottom: b.floor };
}

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
      // Miners' lamps hung from the beam, each in its own soft pool of light.
      for (let x = 100; x < 900; x += 220) {
        g.fillStyle(PALETTE.glow, 0.22).fillCircle(x, 47, 34);
        g.fillStyle(PALETTE.glow, 0.25).fillCircle(x, 47, 20);
        g.lineStyle(2, 0x1d1d22, 1).lineBetween(x, 32, x, 38);
        g.fillStyle(0xb8860b, 1).fillRoundedRect(x - 7, 37, 14, 20, 4);
        g.fillStyle(PALETTE.glow, 1).fillRoundedRect(x - 4, 41, 8, 11, 3);
      }
      // The "hanging room" of the Borinage collieries: the miners' clothes and helmets hauled up
      // to the ceiling on chains, where the clothes dried between shifts.
      for (const [i, x] of [1010, 1080, 1150, 1220].entries()) {
        const drop = 84 + (i % 2) * 22;
        g.lineStyle(3, 0x9aa0aa, 1).lineBetween(x, 32, x, drop);
        g.fillStyle([0x5b7bbf, 0x9a7b55, 0x4f8b6a, 0x8a6bb0][i]!, 1).fillRoundedRect(x - 22, drop + 4, 44, 56, { tl: 14, tr: 14, bl: 5, br: 5 });
        g.fillStyle(0xe9dcc3, 1).fillEllipse(x, drop + 6, 36, 10);
        g.fillStyle(PALETTE.sun, 1)
          .fillCircle(x, drop - 2, 13)
          .fillRect(x - 18, drop + 1, 36, 5);
      }
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

/** The level data's colour names, as drawn: saturated enough to tell apart on a projector. */
export const PROP_COLOR_HEX: Record<PropColor, number> = {
  red: 0xd62d2d,
  orange: 0xf0802a,
  yellow: 0xf5c518,
  green: 0x2e9e4f,
  blue: 0x2f6fd6,
  purple: 0x7a4fa0,
  black: 0x23262e,
  white: 0xf6f3ec,
};

/** A colour made darker (`f` < 1) or lighter (`f` > 1), channel by channel. */
export function shade(color: number, f: number): number {
  const ch = (shift: number) => Math.max(0, Math.min(255, Math.round(((color >> shift) & 0xff) * f)));
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Ink on light colours, paper on dark ones: lines drawn on a coloured prop stay visible. */
function inkOn(color: number): number {
  const lum = 0.299 * ((color >> 16) & 0xff) + 0.587 * ((color >> 8) & 0xff) + 0.114 * (color & 0xff);
  return lum > 150 ? PALETTE.ink : PALETTE.paper;
}

type Point = { x: number; y: number };
/** A filled four-sided shape (a door seen edge-on, a tapered cart), from its corners. */
function quad(g: Phaser.GameObjects.Graphics, a: Point, b: Point, c: Point, d: Point): void {
  g.beginPath().moveTo(a.x, a.y).lineTo(b.x, b.y).lineTo(c.x, c.y).lineTo(d.x, d.y).closePath().fillPath();
}

/** One prop to draw, its box in world pixels. */
export interface DrawnProp {
  prop: Prop;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The main colour (the text names it); otherwise the prop's own. */
  color?: PropColor | undefined;
  /** Drawn open: cabinet, drawer, door and box have an open look; other props ignore it. */
  open?: boolean | undefined;
  /** While opening: how far a cabinet's or a door's leaves have turned, 0 (shut) to 1 (open). */
  swing?: number | undefined;
  /** The scene's accent, for props without a colour of their own (a stall's awning). */
  accent: number;
  /** A person: who it is (a cast name or anything stable, such as the prop's id) picks the face. */
  who?: string | undefined;
}

/** Draws one prop inside its box. */
export function drawProp(g: Phaser.GameObjects.Graphics, p: DrawnProp): void {
  const { prop, x, y, w, h } = p;
  const cx = x + w / 2;
  const own = p.color ? PROP_COLOR_HEX[p.color] : undefined;
  switch (prop) {
    case 'cabinet': {
      const body = own ?? PALETTE.wood;
      const frame = own ? shade(own, 0.62) : PALETTE.woodDark;
      g.fillStyle(frame, 1).fillRoundedRect(x, y, w, h, 8);
      if (p.open) {
        // Inside: shelves, the old notebooks, the idea box; the two doors swung out on their hinges.
        const ix = x + 8;
        const iw = w - 16;
        g.fillStyle(0x2a1a10, 1).fillRect(ix, y + 8, iw, h - 16);
        g.fillStyle(frame, 1);
        for (let i = 1; i < 3; i++) g.fillRect(ix, y + (h * i) / 3, iw, 8);
        const books = [PALETTE.brick, PALETTE.teal, PALETTE.sun, PALETTE.plum];
        for (let b = 0; b < 4; b++) g.fillStyle(books[b]!, 1).fillRect(ix + 6 + b * (iw / 5), y + h / 3 - h * 0.17, iw / 5 - 5, h * 0.17);
        g.fillStyle(PALETTE.paper, 1).fillRect(ix + iw * 0.18, y + (h * 2) / 3 - h * 0.15, iw * 0.64, h * 0.15);
        g.fillStyle(PALETTE.sun, 1).fillRect(ix + iw * 0.18, y + (h * 2) / 3 - h * 0.15, iw * 0.64, h * 0.035);
        const stack = [PALETTE.teal, PALETTE.brick, PALETTE.plum];
        for (let n = 0; n < 3; n++) g.fillStyle(stack[n]!, 1).fillRect(ix + iw * (0.2 + (n % 2) * 0.06), y + h - 8 - (n + 1) * h * 0.045, iw * 0.55, h * 0.04);
        const leaf = w * 0.16;
        if (p.swing !== undefined && p.swing < 1) {
          // Still turning: each leaf goes from shut (its edge in the middle) to open (its edge out past the hinge).
          const t = p.swing;
          const edgeY0 = y + 8 + (h * 0.08 - 8) * t;
          const edgeY1 = y + h - 8 - (h * 0.08 - 8) * t;
          const lit = shade(body, 0.82 + 0.18 * Math.abs(Math.cos(t * Math.PI * 0.6)));
          g.fillStyle(lit, 1);
          quad(
            g,
            { x: x + 8 - 8 * t, y: y + 8 - 4 * t },
            { x: cx - 4 - (w / 2 - 4 + leaf) * t, y: edgeY0 },
            { x: cx - 4 - (w / 2 - 4 + leaf) * t, y: edgeY1 },
            { x: x + 8 - 8 * t, y: y + h - 8 + 4 * t },
          );
          quad(
            g,
            { x: x + w - 8 + 8 * t, y: y + 8 - 4 * t },
            { x: cx + 4 + (w / 2 - 4 + leaf) * t, y: edgeY0 },
            { x: cx + 4 + (w / 2 - 4 + leaf) * t, y: edgeY1 },
            { x: x + w - 8 + 8 * t, y: y + h - 8 + 4 * t },
          );
          break;
        }
        g.fillStyle(body, 1);
        quad(g, { x, y: y + 4 }, { x: x - leaf, y: y + h * 0.08 }, { x: x - leaf, y: y + h * 0.92 }, { x, y: y + h - 4 });
        quad(g, { x: x + w, y: y + 4 }, { x: x + w + leaf, y: y + h * 0.08 }, { x: x + w + leaf, y: y + h * 0.92 }, { x: x + w, y: y + h - 4 });
        g.fillStyle(frame, 1)
          .fillRect(x - leaf, y + h * 0.08, 5, h * 0.84)
          .fillRect(x + w + leaf - 5, y + h * 0.08, 5, h * 0.84);
      } else {
        g.fillStyle(body, 1)
          .fillRect(x + 8, y + 8, w / 2 - 12, h - 16)
          .fillRect(cx + 4, y + 8, w / 2 - 12, h - 16);
        g.fillStyle(PALETTE.ink, 1).fillRoundedRect(cx - 18, y + h * 0.42, 36, 46, 6);
        g.fillStyle(PALETTE.glow, 1);
        for (let i = 0; i < 4; i++) g.fillRect(cx - 12 + i * 7, y + h * 0.42 + 12, 4, 20);
      }
      break;
    }
    case 'shelf':
      g.fillStyle(own ? shade(own, 0.62) : PALETTE.woodDark, 1).fillRect(x, y, w, h);
      for (let row = 0; row < 4; row++) {
        const ry = y + 10 + row * (h / 4);
        g.fillStyle(own ?? PALETTE.wood, 1).fillRect(x + 6, ry + h / 4 - 18, w - 12, 8);
        for (let b = 0; b < 6; b++) {
          const colors = [0xc65d3b, 0x1f9e8f, 0x7a4fa0, 0xffc94a, 0x3f6fd8, 0xe07a5f];
          g.fillStyle(colors[(b + row) % colors.length]!, 1).fillRect(x + 10 + b * ((w - 20) / 6), ry + 6, (w - 20) / 6 - 4, h / 4 - 26);
        }
      }
      break;
    case 'desk':
    case 'table':
      g.fillStyle(own ?? PALETTE.wood, 1).fillRect(x, y, w, h * 0.25);
      g.fillStyle(own ? shade(own, 0.62) : PALETTE.woodDark, 1)
        .fillRect(x + 10, y + h * 0.25, 16, h * 0.75)
        .fillRect(x + w - 26, y + h * 0.25, 16, h * 0.75);
      if (prop === 'desk') g.fillStyle(PALETTE.paper, 1).fillRect(cx - 30, y - 10, 60, 14);
      break;
    case 'drawer': {
      const front = own ?? PALETTE.wood;
      g.fillStyle(own ? shade(own, 0.62) : PALETTE.woodDark, 1).fillRoundedRect(x, y, w, h, 6);
      for (let i = p.open ? 1 : 0; i < 3; i++) {
        g.fillStyle(front, 1).fillRect(x + 8, y + 8 + i * (h / 3), w - 16, h / 3 - 12);
        g.fillStyle(PALETTE.paper, 1).fillRect(cx - 14, y + 14 + i * (h / 3), 28, 10);
      }
      if (p.open) {
        // The top drawer pulled out towards the player: its front comes down over the next one,
        // and between it and the empty slot shows its inside, full of index cards.
        const slotW = w - 16;
        const frontY = y + h * 0.4;
        g.fillStyle(0x20140c, 1).fillRect(x + 8, y + 8, slotW, h / 3 - 12);
        g.fillStyle(shade(front, 0.75), 1);
        quad(g, { x: x + 8, y: y + 10 }, { x: x + 8 + slotW, y: y + 10 }, { x: x + w + 6, y: frontY }, { x: x - 6, y: frontY });
        g.fillStyle(0x3a2616, 1).fillRect(x + 10, y + 14, w - 20, frontY - y - 14);
        const cards = 5;
        const cardW = (w - 28) / cards;
        for (let c = 0; c < cards; c++) {
          const cardX = x + 14 + c * cardW;
          const top = y + h * 0.02 + (c % 2) * h * 0.05;
          g.fillStyle(c % 2 ? PALETTE.paper : 0xf3e3c3, 1).fillRect(cardX + 2, top, cardW - 4, frontY - top);
          g.fillStyle(PALETTE.ink, 0.45)
            .fillRect(cardX + 6, top + 8, cardW - 12, 3)
            .fillRect(cardX + 6, top + 16, cardW - 16, 3);
        }
        g.fillStyle(front, 1).fillRect(x - 6, frontY, w + 12, h * 0.3);
        g.fillStyle(shade(front, 0.62), 1).fillRect(x - 6, frontY + h * 0.3 - 6, w + 12, 6);
        g.fillStyle(PALETTE.paper, 1).fillRect(cx - 16, frontY + h * 0.1, 32, 12);
      }
      break;
    }
    case 'poster':
    case 'board':
    case 'sign': {
      const face = own ?? (prop === 'board' ? 0x2f5d50 : PALETTE.paper);
      g.fillStyle(face, 1).fillRect(x, y, w, h);
      g.lineStyle(6, own && prop !== 'board' ? shade(own, 0.6) : p.accent, 1).strokeRect(x, y, w, h);
      g.fillStyle(own ? inkOn(own) : prop === 'board' ? PALETTE.paper : PALETTE.ink, 0.7);
      for (let i = 0; i < 4; i++) g.fillRect(x + 14, y + 20 + i * (h / 5), w - 28 - (i % 2) * 20, 8);
      break;
    }
    case 'window':
      g.fillStyle(PALETTE.sky, 1).fillRect(x, y, w, h);
      drawBelfry(g, cx, y + h, Math.min(w, h) / 360, 0x59678a);
      g.lineStyle(8, own ?? PALETTE.paper, 1)
        .strokeRect(x, y, w, h)
        .lineBetween(cx, y, cx, y + h)
        .lineBetween(x, y + h / 2, x + w, y + h / 2);
      break;
    case 'box':
    case 'bin': {
      const body = own ?? (prop === 'bin' ? 0x4a7c59 : 0xc8a26b);
      const lid = own ? shade(own, 0.72) : prop === 'bin' ? 0x2f5d50 : 0xa47f4c;
      g.fillStyle(body, 1).fillRect(x, y + h * 0.2, w, h * 0.8);
      if (p.open && prop === 'box') {
        // The lid tipped back on its hinge, the inside dark, something shining in it.
        g.fillStyle(lid, 1);
        quad(g, { x: x - 4, y: y + h * 0.2 }, { x: x + w + 4, y: y + h * 0.2 }, { x: x + w + w * 0.12, y: y - h * 0.12 }, { x: x + w * 0.12, y: y - h * 0.12 });
        g.fillStyle(0x2a1a10, 1).fillRect(x + 6, y + h * 0.2, w - 12, h * 0.16);
        g.fillStyle(PALETTE.glow, 1).fillCircle(cx, y + h * 0.26, Math.min(w, h) * 0.08);
      } else {
        g.fillStyle(lid, 1).fillRect(x - 4, y + h * 0.1, w + 8, h * 0.14);
      }
      break;
    }
    case 'door': {
      const leafColor = own ?? PALETTE.woodDark;
      const arch = { tl: w / 2, tr: w / 2, bl: 0, br: 0 };
      if (p.open) {
        // A doorway with light behind it; the door turned on its hinge, seen edge-on.
        g.fillStyle(shade(leafColor, 0.6), 1).fillRoundedRect(x, y, w, h, arch);
        g.fillStyle(PALETTE.glow, 1).fillRoundedRect(x + 8, y + 8, w - 16, h - 8, { tl: w / 2 - 8, tr: w / 2 - 8, bl: 0, br: 0 });
        g.fillStyle(0xfff3c4, 1).fillRect(x + 8, y + h * 0.6, w - 16, h * 0.4);
        g.fillStyle(leafColor, 1);
        // While turning, the leaf's corners travel from the shut door's to the open one's.
        const t = p.swing ?? 1;
        const mix = (a: number, b: number) => a + (b - a) * t;
        quad(
          g,
          { x: x + 8, y: mix(y + 8, y + h * 0.18) },
          { x: mix(x + w - 8, x + 8 + w * 0.22), y: mix(y + 8, y + h * 0.26) },
          { x: mix(x + w - 8, x + 8 + w * 0.22), y: mix(y + h, y + h * 0.94) },
          { x: x + 8, y: y + h },
        );
      } else {
        g.fillStyle(leafColor, 1).fillRoundedRect(x, y, w, h, arch);
        g.fillStyle(PALETTE.glow, 1).fillCircle(x + w * 0.78, y + h * 0.55, 6);
      }
      break;
    }
    case 'person':
      // Their face, the one their portrait shows beside their lines; a colour the text names is their clothes'.
      drawPerson(g, x, y, w, h, faceFor(p.who ?? 'guest'), 'neutral', own);
      break;
    case 'stall':
      g.fillStyle(PALETTE.wood, 1).fillRect(x, y + h * 0.45, w, h * 0.55);
      for (let i = 0; i < 5; i++) g.fillStyle(i % 2 ? PALETTE.paper : (own ?? p.accent), 1).fillRect(x + (i * w) / 5, y, w / 5, h * 0.3);
      g.fillStyle(0xffa94d, 1)
        .fillCircle(x + w * 0.3, y + h * 0.45, 10)
        .fillCircle(x + w * 0.6, y + h * 0.45, 10);
      break;
    case 'machine':
      g.fillStyle(own ?? 0x5e6b7a, 1).fillRoundedRect(x, y, w, h, 10);
      g.fillStyle(PALETTE.teal, 1).fillRect(x + 12, y + 12, w - 24, h * 0.35);
      g.fillStyle(PALETTE.glow, 1)
        .fillCircle(x + 24, y + h * 0.7, 8)
        .fillCircle(x + 52, y + h * 0.7, 8);
      break;
    case 'bench':
      g.fillStyle(own ?? PALETTE.wood, 1)
        .fillRect(x, y + h * 0.3, w, h * 0.2)
        .fillRect(x, y + h * 0.6, w, h * 0.15);
      g.fillStyle(PALETTE.ink, 1)
        .fillRect(x + 10, y + h * 0.6, 8, h * 0.4)
        .fillRect(x + w - 18, y + h * 0.6, 8, h * 0.4);
      break;
    case 'tree':
    case 'plant':
      g.fillStyle(PALETTE.woodDark, 1).fillRect(cx - w * 0.07, y + h * 0.55, w * 0.14, h * 0.45);
      g.fillStyle(own ?? PALETTE.leaf, 1).fillCircle(cx, y + h * 0.35, Math.min(w, h) * 0.4);
      break;
    case 'lamp':
      g.fillStyle(PALETTE.ink, 1).fillRect(cx - 4, y + h * 0.2, 8, h * 0.8);
      g.fillStyle(own ?? PALETTE.glow, 1).fillCircle(cx, y + h * 0.15, Math.min(w, h) * 0.18);
      break;
    case 'phone':
      g.fillStyle(own ?? PALETTE.ink, 1).fillRoundedRect(cx - w * 0.25, y, w * 0.5, h, 10);
      g.fillStyle(PALETTE.sky, 1).fillRect(cx - w * 0.2, y + 10, w * 0.4, h - 30);
      break;
    case 'cart':
      drawCart(g, x, y, w, h, own ?? 0x7d858f);
      break;
    case 'bike':
      drawBikes(g, x, y, w, h, own ?? PALETTE.teal);
      break;
  }
}

/** A mine cart (wagonnet) on its rails: a tapered iron tub full of coal, two wheels. */
function drawCart(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, body: number): void {
  const rim = y + h * 0.22;
  const floor = y + h * 0.74;
  const wheelR = Math.min(w * 0.13, h * 0.14);
  g.fillStyle(PALETTE.ink, 1).fillRect(x - 6, y + h - 8, w + 12, 8);
  g.fillStyle(0x1d1d22, 1)
    .fillCircle(x + w * 0.28, floor + wheelR * 0.5, wheelR + 3)
    .fillCircle(x + w * 0.72, floor + wheelR * 0.5, wheelR + 3);
  g.fillStyle(PALETTE.stone, 1)
    .fillCircle(x + w * 0.28, floor + wheelR * 0.5, wheelR * 0.4)
    .fillCircle(x + w * 0.72, floor + wheelR * 0.5, wheelR * 0.4);
  // Coal heaped above the rim.
  g.fillStyle(0x15151a, 1);
  for (let i = 0; i < 5; i++) g.fillCircle(x + w * (0.2 + i * 0.15), rim - h * 0.02 - (i % 2) * h * 0.05, Math.min(w, h) * 0.1);
  g.fillStyle(body, 1);
  quad(g, { x, y: rim }, { x: x + w, y: rim }, { x: x + w * 0.88, y: floor }, { x: x + w * 0.12, y: floor });
  g.fillStyle(shade(body, 0.62), 1)
    .fillRect(x - 4, rim - 2, w + 8, h * 0.08)
    .fillRect(x + w * 0.12, floor - h * 0.06, w * 0.76, h * 0.06);
  g.fillStyle(shade(body, 0.62), 1);
  for (let i = 0; i < 4; i++) g.fillCircle(x + w * (0.2 + i * 0.2), rim + h * 0.14, 3);
}

/** Bikes locked to a pole: the pole, a bike in front and a second one, in grey, behind it. */
function drawBikes(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, frame: number): void {
  const r = Math.min(w * 0.22, h * 0.2);
  const ground = y + h - 4;
  g.fillStyle(0x59606b, 1).fillRect(x + w * 0.5 - 5, y, 10, h - 4);
  g.fillStyle(PALETTE.ink, 1).fillRect(x + w * 0.5 - 14, ground - 4, 28, 8);
  drawBike(g, x + w * 0.18, ground - h * 0.1, w * 0.82, r * 0.85, 0x8a909a, 0x6b717b);
  drawBike(g, x, ground, w, r, frame, PALETTE.ink);
  // The lock round the pole.
  g.lineStyle(4, PALETTE.sun, 1).strokeCircle(x + w * 0.5, ground - r * 1.4, 9);
}

/** One bike seen from the side, its wheels standing on `ground`, `w` wide, wheels of radius `r`. */
function drawBike(g: Phaser.GameObjects.Graphics, x: number, ground: number, w: number, r: number, frame: number, tyre: number): void {
  const rear = { x: x + r + 4, y: ground - r };
  const front = { x: x + w - r - 4, y: ground - r };
  const crank = { x: x + w * 0.46, y: ground - r * 0.9 };
  const seat = { x: x + w * 0.38, y: ground - r * 2.3 };
  const head = { x: x + w * 0.72, y: ground - r * 2.35 };
  g.lineStyle(Math.max(3, r * 0.16), tyre, 1)
    .strokeCircle(rear.x, rear.y, r)
    .strokeCircle(front.x, front.y, r);
  g.lineStyle(Math.max(3, r * 0.2), frame, 1);
  g.lineBetween(rear.x, rear.y, crank.x, crank.y).lineBetween(crank.x, crank.y, seat.x, seat.y).lineBetween(seat.x, seat.y, rear.x, rear.y);
  g.lineBetween(seat.x, seat.y + r * 0.15, head.x, head.y + r * 0.15)
    .lineBetween(crank.x, crank.y, head.x, head.y + r * 0.3)
    .lineBetween(head.x, head.y, front.x, front.y);
  g.fillStyle(tyre, 1)
    .fillRoundedRect(seat.x - r * 0.4, seat.y - r * 0.28, r * 0.8, r * 0.28, 3)
    .fillRect(head.x - r * 0.12, head.y - r * 0.34, r * 0.5, r * 0.2);
}

/** The glow around a hotspot or place under focus or pointer. */
export function drawGlow(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.lineStyle(14, PALETTE.glow, 0.35).strokeRoundedRect(x - 10, y - 10, w + 20, h + 20, 16);
  g.lineStyle(5, PALETTE.glow, 1).strokeRoundedRect(x - 6, y - 6, w + 12, h + 12, 12);
}

type Box = { x: number; y: number; w: number; h: number };

/** Distance from a point to a segment, for keeping the map's trees off the road. */
function toSegment(px: number, py: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** The city map's grass, all round its edges. */
export const CITY_GRASS = 0xc5e6c1;

/**
 * The city map under its landmarks: green land, the journey's road from place to place (in
 * the order given), and small houses and trees filling the gaps, kept off the road and places.
 */
export function drawCityGround(g: Phaser.GameObjects.Graphics, places: readonly Box[]): void {
  g.fillStyle(CITY_GRASS, 1).fillRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT);
  g.fillStyle(0xb2dbae, 1).fillCircle(200, 170, 170).fillCircle(1120, 600, 210).fillCircle(700, 420, 120);
  const centres = places.map((b) => ({ x: b.x + b.w / 2, y: b.y + b.h * 0.8 }));
  const nearRoad = (x: number, y: number, d: number) => centres.some((c, i) => i > 0 && toSegment(x, y, centres[i - 1]!, c) < d);
  const nearPlace = (x: number, y: number, d: number) => places.some((b) => x > b.x - d && x < b.x + b.w + d && y > b.y - d * 1.6 && y < b.y + b.h + d);
  // Filler on a jittered grid, sparse: the same quiet map every time, nothing random.
  const houses = [0xe9b7a4, 0xf3dca2, 0xb9cde6, 0xd9c6e8, 0xf2c6a0];
  for (let row = 0; row < 7; row++) {
    for (let col = 0; col < 12; col++) {
      const n = (row * 131 + col * 71) % 97;
      if (n % 3 === 0) continue;
      const x = 50 + col * 106 + ((row * 37) % 40);
      const y = 48 + row * 104 + ((col * 53) % 30);
      if (nearPlace(x, y, 40) || nearRoad(x, y, 38)) continue;
      if (n % 5 < 2) {
        const c = houses[n % houses.length]!;
        g.fillStyle(0x000000, 0.08).fillEllipse(x, y + 14, 44, 8);
        g.fillStyle(c, 1).fillRect(x - 16, y - 8, 32, 22);
        g.fillStyle(shade(c, 0.72), 1).fillTriangle(x - 20, y - 6, x, y - 24, x + 20, y - 6);
        g.fillStyle(shade(c, 0.6), 1).fillRect(x - 4, y + 4, 8, 10);
      } else {
        g.fillStyle(0x000000, 0.08).fillEllipse(x, y + 16, 30, 7);
        g.fillStyle(PALETTE.woodDark, 1).fillRect(x - 3, y, 6, 16);
        g.fillStyle(n % 2 ? 0x6fbf73 : 0x58a85c, 1).fillCircle(x, y - 4, 15);
        if (n % 4 === 1) g.fillStyle(n % 2 ? 0x6fbf73 : 0x58a85c, 1).fillCircle(x + 16, y + 2, 11);
      }
    }
  }
  // The road of the journey, in order, with a dashed line down its middle.
  g.fillStyle(0xf3e9d2, 1);
  g.lineStyle(30, 0xf3e9d2, 1);
  centres.forEach((c, i) => {
    if (i > 0) g.lineBetween(centres[i - 1]!.x, centres[i - 1]!.y, c.x, c.y);
    g.fillCircle(c.x, c.y, 15);
  });
  g.lineStyle(3, 0xffffff, 1);
  centres.forEach((c, i) => {
    if (i === 0) return;
    const a = centres[i - 1]!;
    const len = Math.hypot(c.x - a.x, c.y - a.y);
    for (let d = 10; d + 14 < len; d += 28) {
      const t0 = d / len;
      const t1 = (d + 14) / len;
      g.lineBetween(a.x + (c.x - a.x) * t0, a.y + (c.y - a.y) * t0, a.x + (c.x - a.x) * t1, a.y + (c.y - a.y) * t1);
    }
  });
}
