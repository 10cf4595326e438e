/**
 * The city map's landmarks, each with its own silhouette and colours, so a place reads as
 * itself from the back of a room and on a phone: the belfry's domes, the colliery's headframe,
 * the market's awnings. A place not open yet is drawn in greys with a padlock.
 */
import type Phaser from 'phaser';
import type { PlaceLook } from '../world/view';
import { mixColor } from '../world/faces';

const INK = 0x1d2433;

/** Grey of the same lightness, lifted towards the map's paper: "not yet". */
function muted(c: number): number {
  const lum = Math.round(0.299 * ((c >> 16) & 0xff) + 0.587 * ((c >> 8) & 0xff) + 0.114 * (c & 0xff));
  const grey = (lum << 16) | (lum << 8) | lum;
  return mixColor(grey, 0xd6d9de, 0.45);
}

/**
 * Drawing in the place's own units: its box is 100 × 100, the ground is at y = 100, and the
 * belfry may rise above 0. `paint` greys the colours of a place that is not open yet.
 */
class Sketch {
  constructor(
    private readonly g: Phaser.GameObjects.Graphics,
    private readonly x: number,
    private readonly y: number,
    private readonly w: number,
    private readonly h: number,
    private readonly locked: boolean,
  ) {}
  private px = (u: number) => this.x + (u / 100) * this.w;
  private py = (v: number) => this.y + (v / 100) * this.h;
  private paint = (c: number) => (this.locked ? muted(c) : c);
  rect(x0: number, y0: number, x1: number, y1: number, c: number, r = 0): this {
    const w = ((x1 - x0) / 100) * this.w;
    const h = ((y1 - y0) / 100) * this.h;
    this.g.fillStyle(this.paint(c), 1);
    const rr = Math.min(r, w / 2, h / 2);
    if (rr > 0.5) this.g.fillRoundedRect(this.px(x0), this.py(y0), w, h, rr);
    else this.g.fillRect(this.px(x0), this.py(y0), w, h);
    return this;
  }
  /** A rectangle with a round top: an arched window or door. */
  arch(x0: number, y0: number, x1: number, y1: number, c: number): this {
    const w = ((x1 - x0) / 100) * this.w;
    const h = ((y1 - y0) / 100) * this.h;
    const r = Math.min(w / 2, h / 2);
    this.g.fillStyle(this.paint(c), 1).fillRoundedRect(this.px(x0), this.py(y0), w, h, { tl: r, tr: r, bl: 0, br: 0 });
    return this;
  }
  poly(points: number[], c: number): this {
    this.g.fillStyle(this.paint(c), 1).beginPath();
    for (let i = 0; i < points.length; i += 2) {
      if (i === 0) this.g.moveTo(this.px(points[i]!), this.py(points[i + 1]!));
      else this.g.lineTo(this.px(points[i]!), this.py(points[i + 1]!));
    }
    this.g.closePath().fillPath();
    return this;
  }
  /** A circle of radius `r` in units of the box's width. */
  circle(cx: number, cy: number, r: number, c: number): this {
    this.g.fillStyle(this.paint(c), 1).fillCircle(this.px(cx), this.py(cy), (r / 100) * this.w);
    return this;
  }
  ellipse(cx: number, cy: number, rx: number, ry: number, c: number, alpha = 1): this {
    this.g.fillStyle(this.paint(c), alpha).fillEllipse(this.px(cx), this.py(cy), (rx / 50) * this.w, (ry / 50) * this.h);
    return this;
  }
  line(x0: number, y0: number, x1: number, y1: number, c: number, width: number): this {
    this.g.lineStyle(width, this.paint(c), 1).lineBetween(this.px(x0), this.py(y0), this.px(x1), this.py(y1));
    return this;
  }
  ring(cx: number, cy: number, r: number, c: number, width: number): this {
    this.g.lineStyle(width, this.paint(c), 1).strokeCircle(this.px(cx), this.py(cy), (r / 100) * this.w);
    return this;
  }
  /** An awning: stripes of `c` and white over [x0, x1], scalloped at the bottom. */
  awning(x0: number, x1: number, y0: number, y1: number, c: number, stripes = 5): this {
    const step = (x1 - x0) / stripes;
    for (let i = 0; i < stripes; i++) this.rect(x0 + i * step, y0, x0 + (i + 1) * step, y1, i % 2 ? 0xfff8ec : c);
    for (let i = 0; i < stripes; i++) this.circle(x0 + (i + 0.5) * step, y1, step / 2, i % 2 ? 0xfff8ec : c);
    return this;
  }
}

/** Where the top of each look is, in its units: the pin of "you are here" floats above it. */
export const LOOK_TOP: Record<PlaceLook, number> = {
  archive: 8,
  square: -6,
  fablab: 16,
  market: 22,
  coworking: 0,
  funding: 4,
  belfry: -52,
  street: 8,
  mine: -4,
  house: 10,
};

/** Draws a place's landmark in its box (world pixels), greyed when not open yet. */
export function drawPlace(g: Phaser.GameObjects.Graphics, look: PlaceLook, x: number, y: number, w: number, h: number, locked: boolean): void {
  const s = new Sketch(g, x, y, w, h, locked);
  // Its ground: a soft shadow, so every place stands on the map.
  s.ellipse(50, 100, 56, 7, 0x000000, 0.16);
  switch (look) {
    case 'archive':
      // Columns under a pediment: the city's memory, in stone.
      s.rect(4, 92, 96, 100, 0xcdbf9f).rect(10, 85, 90, 92, 0xded2b8);
      s.rect(12, 40, 88, 85, 0xf3e6cc);
      s.arch(42, 56, 58, 85, 0x5b3a29);
      for (const cx of [18, 31, 69, 82]) s.rect(cx - 4, 44, cx + 4, 85, 0xfffaf0).rect(cx - 6, 42, cx + 6, 46, 0xe9dcc3);
      s.rect(7, 33, 93, 42, 0xe9dcc3);
      s.poly([4, 34, 50, 6, 96, 34], 0xc65d3b).poly([16, 31, 50, 13, 84, 31], 0xe0866b);
      s.circle(50, 23, 4, 0xfff8ec);
      break;
    case 'square':
      // The town hall on the Grand-Place, café parasols in front.
      s.rect(8, 34, 92, 100, 0xe2b45a);
      s.rect(5, 26, 95, 35, 0x4a5068);
      s.rect(43, 4, 57, 30, 0xe2b45a).poly([42, 5, 50, -8, 58, 5], 0x4a5068);
      s.circle(50, 15, 4, 0xfff8ec);
      for (const row of [42, 64]) for (const cx of [16, 30, 70, 84]) s.arch(cx - 4, row, cx + 4, row + 15, 0x34466e);
      s.arch(42, 70, 58, 100, 0x5b3a29);
      s.line(12, 100, 12, 80, INK, 2).line(88, 100, 88, 80, INK, 2);
      s.poly([-2, 82, 12, 70, 26, 82], 0xd62d2d).poly([74, 82, 88, 70, 102, 82], 0xd62d2d);
      s.poly([5, 82, 12, 70, 19, 82], 0xfff8ec).poly([81, 82, 88, 70, 95, 82], 0xfff8ec);
      break;
    case 'fablab':
      // A workshop under a saw-tooth roof, its big door, a gear for a sign.
      s.rect(6, 40, 94, 100, 0x1f9e8f);
      for (let i = 0; i < 3; i++) {
        const x0 = 6 + i * 29.3;
        s.poly([x0, 40, x0, 16, x0 + 29.3, 40], 0x137a6f).rect(x0, 16, x0 + 4, 40, 0x9fd3ff);
      }
      s.rect(52, 58, 88, 100, 0xe9eef2);
      for (let v = 64; v < 100; v += 8) s.rect(52, v, 88, v + 2, 0xb8c2cc);
      s.rect(14, 72, 26, 100, 0xffc94a);
      for (let i = 0; i < 8; i++) {
        const a = (i / 8) * Math.PI * 2;
        s.circle(32 + 10 * Math.cos(a), 55 + 12 * Math.sin(a), 3.2, 0xffc94a);
      }
      s.circle(32, 55, 9, 0xffc94a).circle(32, 55, 4, 0x1f9e8f);
      break;
    case 'market':
      // Three stalls under striped awnings, fruit piled on their counters.
      [
        { x0: 0, c: 0xe05a47, fruit: 0xf0802a, top: 30 },
        { x0: 34, c: 0x2e9e4f, fruit: 0xd62d2d, top: 22 },
        { x0: 68, c: 0xf0802a, fruit: 0x7cc242, top: 30 },
      ].forEach(({ x0, c, fruit, top }) => {
        s.rect(x0 + 2, top, x0 + 5, 100, 0x6b3f1f).rect(x0 + 27, top, x0 + 30, 100, 0x6b3f1f);
        s.rect(x0 + 1, 70, x0 + 31, 100, 0x9a6236).rect(x0 + 1, 70, x0 + 31, 75, 0x6b3f1f);
        for (let i = 0; i < 4; i++) s.circle(x0 + 6 + i * 6.5, 66, 3.6, fruit);
        s.circle(x0 + 9, 61, 3.6, fruit)
          .circle(x0 + 16, 61, 3.6, fruit)
          .circle(x0 + 23, 61, 3.6, fruit);
        s.awning(x0 - 1, x0 + 33, top, top + 14, c, 5);
      });
      break;
    case 'coworking':
      // A modern block of lit windows, a garden on its roof, a speech-bubble sign.
      s.circle(28, 2, 7, 0x4caf50).circle(42, 0, 8, 0x3f9944).circle(58, 2, 7, 0x4caf50).circle(72, 1, 6, 0x3f9944);
      s.rect(18, 4, 82, 100, 0xf0802a, 4);
      for (let r = 0; r < 5; r++)
        for (let c = 0; c < 4; c++) s.rect(23 + c * 14.5, 10 + r * 15, 33 + c * 14.5, 21 + r * 15, (r + c) % 3 ? 0xfff3c4 : 0x9fd3ff, 2);
      s.rect(42, 84, 58, 100, 0x2d3250);
      s.rect(82, 46, 98, 100, 0xf7b267);
      s.rect(80, 30, 100, 44, 0xfff8ec, 6).poly([84, 43, 84, 50, 90, 43], 0xfff8ec);
      for (const cx of [85, 90, 95]) s.circle(cx, 37, 1.8, 0x1f9e8f);
      break;
    case 'funding':
      // A desk that funds projects: a gold coin with a euro over its door.
      s.rect(10, 86, 90, 100, 0xcdbfd9);
      s.rect(12, 38, 88, 88, 0x8e63b8);
      s.rect(6, 30, 94, 39, 0x5c3a80);
      for (const cx of [22, 36, 64, 78]) s.arch(cx - 4.5, 46, cx + 4.5, 64, 0xf1e6ff).rect(cx - 4.5, 70, cx + 4.5, 82, 0xf1e6ff);
      s.arch(43, 62, 57, 88, 0x3b2452);
      s.circle(50, 15, 15, 0xb8860b).circle(50, 15, 12.5, 0xffc94a);
      // The € sign: an open ring and two bars.
      g.lineStyle(Math.max(2, w * 0.028), locked ? muted(0x8a5a00) : 0x8a5a00, 1)
        .beginPath()
        .arc(x + 0.52 * w, y + 0.15 * h, w * 0.065, 0.3 * Math.PI, 1.7 * Math.PI)
        .strokePath();
      s.line(41, 12.5, 50, 12.5, 0x8a5a00, Math.max(2, w * 0.022)).line(41, 17.5, 50, 17.5, 0x8a5a00, Math.max(2, w * 0.022));
      break;
    case 'belfry':
      // Mons's belfry: a stone tower, its clock, a big onion dome among four small ones.
      s.rect(20, 86, 80, 100, 0xcdbf9f);
      s.rect(30, 30, 70, 88, 0xead9ab);
      for (const cx of [40, 60]) s.arch(cx - 4, 44, cx + 4, 66, 0x5a6477);
      s.arch(44, 72, 56, 88, 0x5b3a29);
      s.rect(25, 22, 75, 31, 0xcdb98a);
      s.rect(32, -6, 68, 23, 0xead9ab);
      s.circle(50, 6, 8, 0xfff8ec).line(50, 6, 50, 0, INK, 2).line(50, 6, 54, 8, INK, 2);
      s.rect(24, -12, 76, -5, 0xcdb98a);
      s.ellipse(30, -16, 6, 6, 0x3d4660).ellipse(70, -16, 6, 6, 0x3d4660);
      s.ellipse(50, -22, 15, 13, 0x3d4660).rect(45, -36, 55, -29, 0x3d4660);
      s.ellipse(50, -38, 8, 6, 0x3d4660);
      s.poly([48, -42, 50, -54, 52, -42], 0xffc94a).circle(50, -43, 2, 0xffc94a);
      s.poly([29, -21, 30, -28, 31, -21], 0xffc94a).poly([69, -21, 70, -28, 71, -21], 0xffc94a);
      break;
    case 'street':
      // A row of shops under stepped gables, each with its awning.
      [
        { x0: 2, top: 30, c: 0xe98b8b, awning: 0xc65d3b },
        { x0: 34, top: 14, c: 0xf5c518, awning: 0x2e9e4f },
        { x0: 66, top: 36, c: 0x6fa8dc, awning: 0x7a4fa0 },
      ].forEach(({ x0, top, c, awning }) => {
        const w0 = 32;
        s.poly(
          [
            x0,
            100,
            x0,
            top + 12,
            x0 + 5,
            top + 12,
            x0 + 5,
            top + 6,
            x0 + 10,
            top + 6,
            x0 + 10,
            top,
            x0 + w0 - 10,
            top,
            x0 + w0 - 10,
            top + 6,
            x0 + w0 - 5,
            top + 6,
            x0 + w0 - 5,
            top + 12,
            x0 + w0,
            top + 12,
            x0 + w0,
            100,
          ],
          c,
        );
        s.rect(x0 + 6, top + 18, x0 + 13, top + 28, 0xfff8ec).rect(x0 + w0 - 13, top + 18, x0 + w0 - 6, top + 28, 0xfff8ec);
        s.rect(x0 + 3, 80, x0 + w0 - 3, 100, 0x34466e).rect(x0 + w0 / 2 - 4, 84, x0 + w0 / 2 + 4, 100, 0x5b3a29);
        s.awning(x0 + 1, x0 + w0 - 1, 70, 78, awning, 4);
      });
      break;
    case 'mine':
      // The colliery: a slag heap behind, the headframe and its wheel, the engine house and chimney.
      s.poly([-14, 100, 22, 22, 64, 100], 0x4a4650).poly([14, 38, 22, 22, 30, 38], 0x6a8f4e);
      s.rect(48, 56, 98, 100, 0xa4523a).poly([46, 57, 73, 40, 100, 57], 0x4a5068);
      for (const cx of [58, 73, 88]) s.arch(cx - 4, 66, cx + 4, 84, 0xffe29a);
      s.rect(86, 8, 94, 48, 0x8c4330).rect(85, 6, 95, 11, 0x6e3426);
      s.line(14, 100, 24, 10, 0x2d2a2e, 4).line(38, 100, 30, 10, 0x2d2a2e, 4).line(50, 70, 30, 16, 0x2d2a2e, 3);
      for (const v of [36, 58, 80]) s.line(15 + (100 - v) * 0.11, v, 37 - (100 - v) * 0.09, v, 0x2d2a2e, 3);
      s.rect(18, 8, 36, 13, 0x2d2a2e);
      s.ring(27, 0, 10, 0xc65d3b, Math.max(3, w * 0.03));
      s.line(19, 0, 35, 0, 0xc65d3b, 2).line(27, -8, 27, 8, 0xc65d3b, 2);
      s.circle(27, 0, 2.6, 0x2d2a2e);
      break;
    case 'house':
      s.rect(14, 44, 86, 100, 0xfff8ec).poly([6, 46, 50, 10, 94, 46], 0xc65d3b).rect(42, 66, 58, 100, 0x6b3f1f);
      break;
  }
}

/** "Not yet": a padlock on a white badge, at the place's top right. */
export function drawPadlock(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number): void {
  g.fillStyle(0xffffff, 1).fillCircle(cx, cy, r);
  g.lineStyle(Math.max(2, r * 0.14), INK, 1).strokeCircle(cx, cy, r);
  g.lineStyle(Math.max(2, r * 0.16), INK, 1)
    .beginPath()
    .arc(cx, cy - r * 0.12, r * 0.3, Math.PI, 2 * Math.PI)
    .strokePath();
  g.lineBetween(cx - r * 0.3, cy - r * 0.12, cx - r * 0.3, cy + r * 0.05).lineBetween(cx + r * 0.3, cy - r * 0.12, cx + r * 0.3, cy + r * 0.05);
  g.fillStyle(INK, 1).fillRoundedRect(cx - r * 0.48, cy - r * 0.02, r * 0.96, r * 0.62, r * 0.12);
}

/** Done: a gold star on the place's top right. */
export function drawStar(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number): void {
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.45 : r;
    points.push({ x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) });
  }
  const path = () => {
    g.beginPath().moveTo(points[0]!.x, points[0]!.y);
    for (const p of points.slice(1)) g.lineTo(p.x, p.y);
    g.closePath();
  };
  g.fillStyle(0xffc94a, 1);
  path();
  g.fillPath();
  g.lineStyle(Math.max(2, r * 0.12), INK, 1);
  path();
  g.strokePath();
}
