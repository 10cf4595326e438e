/**
 * The world behind the text: title skyline, city map, or a level's room. It only draws what
 * the UI hands it and makes the highlighted thing glow; every click goes to the DOM layer above.
 */
import Phaser from 'phaser';
import type { Backdrop } from '../core/level/schema';
import { PLACE_SIZE, pct, WORLD_HEIGHT, WORLD_WIDTH, type CityPlace, type RoomProp, type WorldView } from '../world/view';
import { backdropEdges, CITY_GRASS, drawBackdrop, drawBelfry, drawCityGround, drawGlow, drawProp, PALETTE } from './art';
import { drawPadlock, drawPlace, drawStar, LOOK_TOP } from './places';

export const WORLD_SCENE = 'world' as const;

/** The title's sky and the ground of the town under it. */
const TITLE_SKY = 0xffd6a5;
const TITLE_GROUND = PALETTE.night;
/** The texture the art is drawn into. */
const ART_TEXTURE = 'world-art';
/** How long a cabinet's or a door's leaves take to swing open, and a found tick to pop in. */
const SWING_MS = 320;
/** Props whose opening is shown turning, not just appearing open. */
const SWINGS = new Set(['cabinet', 'door']);

/** Calm motion, and none at all when the player's system asks for reduced motion. */
function motionAllowed(): boolean {
  return !(typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

export class WorldScene extends Phaser.Scene {
  private view: WorldView = { kind: 'title' };
  private highlight: string | null = null;
  private art?: Phaser.GameObjects.Graphics;
  private glow?: Phaser.GameObjects.Graphics;
  /** Props swinging open, or whose found tick pops in: their id and when it started. */
  private swinging = new Map<string, number>();

  constructor() {
    super(WORLD_SCENE);
  }

  create(): void {
    // The art is drawn once per change, off screen, into a picture of the world's size: a frame then
    // shows one image (and the glow), not hundreds of shapes.
    this.art = this.make.graphics({}, false);
    this.add.image(0, 0, this.textures.createCanvas(ART_TEXTURE, WORLD_WIDTH, WORLD_HEIGHT)!).setOrigin(0, 0);
    this.glow = this.add.graphics();
    this.redraw();
  }

  show(view: WorldView): void {
    const before = this.view;
    this.view = view;
    this.swinging.clear();
    // A cabinet or door the player just opened, in the room they are in, swings open.
    if (before.kind === 'room' && view.kind === 'room' && before.backdrop === view.backdrop && motionAllowed()) {
      const now = performance.now();
      for (const p of view.props) {
        const was = before.props.find((q) => q.id === p.id);
        if (SWINGS.has(p.prop) && p.state === 'open' && was && was.state !== 'open') this.swinging.set(p.id, now);
        if (p.found && was && !was.found) this.swinging.set(p.id, now);
      }
    }
    this.redraw();
  }

  /**
   * The colours of the picture's top and bottom edges (the sky, the wall; the ground, the floor),
   * for the page to paint above and below it: known from what the scene paints, never read back
   * from the screen (a read waits for the drawing to finish, long on a software renderer).
   */
  get edges(): { top: number; bottom: number } {
    const v = this.view;
    if (v.kind === 'title') return { top: TITLE_SKY, bottom: TITLE_GROUND };
    if (v.kind === 'city') return { top: CITY_GRASS, bottom: CITY_GRASS };
    return backdropEdges(v.backdrop);
  }

  /** True while something moves (a door swinging open): the frame loop must not rest. */
  get animating(): boolean {
    return this.swinging.size > 0;
  }

  /** The frame loop only animates: while leaves swing, the room is drawn again each frame. */
  override update(): void {
    if (this.swinging.size === 0) return;
    const now = performance.now();
    for (const [id, start] of this.swinging) if (now - start >= SWING_MS) this.swinging.delete(id);
    this.redraw();
  }

  setHighlight(id: string | null): void {
    this.highlight = id;
    this.drawGlow();
  }

  private redraw(): void {
    if (!this.art) return;
    this.art.clear();
    const v = this.view;
    if (v.kind === 'title') this.drawTitle();
    else if (v.kind === 'city') this.drawCity(v.places);
    else this.drawRoom(v.backdrop, v.props);
    // Every view starts with an opaque fill of the whole world: the picture is drawn over entirely.
    this.art.generateTexture(ART_TEXTURE, WORLD_WIDTH, WORLD_HEIGHT);
    this.drawGlow();
  }

  private drawTitle(): void {
    const g = this.art!;
    g.fillStyle(TITLE_SKY, 1).fillRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT);
    g.fillStyle(0xffb4a2, 1).fillRect(0, WORLD_HEIGHT * 0.45, WORLD_WIDTH, WORLD_HEIGHT * 0.55);
    g.fillStyle(PALETTE.sun, 1).fillCircle(WORLD_WIDTH * 0.5, WORLD_HEIGHT * 0.62, 150);
    g.fillStyle(PALETTE.night, 1);
    // Slag heaps of the Borinage, then the old town and its belfry.
    g.fillTriangle(0, 620, 220, 430, 460, 620).fillTriangle(900, 620, 1100, 450, 1280, 620);
    for (let x = 0; x < WORLD_WIDTH; x += 110) g.fillRect(x, 560 - ((x * 7) % 60), 100, 200);
    drawBelfry(g, WORLD_WIDTH / 2, 600, 1.3, PALETTE.night);
    g.fillStyle(TITLE_GROUND, 1).fillRect(0, 600, WORLD_WIDTH, 120);
    // A paper plane taking off: "envol".
    g.fillStyle(PALETTE.paper, 1).fillTriangle(880, 190, 1010, 140, 930, 230);
    g.fillStyle(0xe9dcc3, 1).fillTriangle(930, 230, 1010, 140, 940, 200);
  }

  private drawCity(places: CityPlace[]): void {
    const g = this.art!;
    const boxes = places.map((p) => ({
      p,
      x: pct.x(p.x - PLACE_SIZE.w / 2),
      y: pct.y(p.y - PLACE_SIZE.h / 2),
      w: pct.x(PLACE_SIZE.w),
      h: pct.y(PLACE_SIZE.h),
    }));
    drawCityGround(g, boxes);
    for (const { p, x, y, w, h } of boxes) {
      const open = p.status === 'open' || p.status === 'done';
      drawPlace(g, p.look, x, y, w, h, !open);
      const badge = Math.max(16, w * 0.14);
      if (!open) drawPadlock(g, x + w - badge * 0.2, y + badge * 0.6, badge);
      if (p.status === 'done') drawStar(g, x + w - badge * 0.2, y + badge * 0.6, badge * 1.05);
      if (p.current) {
        // "You are here": a pin over the place's highest point.
        // The belfry rises near the map's top edge: there the pin stays inside the map.
        const top = Math.max(60, y + (LOOK_TOP[p.look] / 100) * h - 6);
        const cx = x + w / 2;
        g.fillStyle(PALETTE.ink, 1).fillTriangle(cx - 14, top - 26, cx + 14, top - 26, cx, top);
        g.fillStyle(PALETTE.brick, 1).fillCircle(cx, top - 34, 18);
        g.lineStyle(3, PALETTE.ink, 1).strokeCircle(cx, top - 34, 18);
        g.fillStyle(PALETTE.paper, 1).fillCircle(cx, top - 34, 7);
      }
    }
  }

  private drawRoom(backdrop: Backdrop, props: RoomProp[]): void {
    const g = this.art!;
    drawBackdrop(g, backdrop);
    for (const p of props) {
      drawProp(g, {
        prop: p.prop,
        x: pct.x(p.x),
        y: pct.y(p.y),
        w: pct.x(p.w),
        h: pct.y(p.h),
        color: p.color,
        open: p.state === 'open',
        swing: this.swingOf(p.id),
        accent: PALETTE.teal,
        who: p.who ?? p.id,
      });
      if (p.found) {
        const cx = pct.x(p.x + p.w) - 6;
        const cy = pct.y(p.y) + 6;
        // Just found: the tick pops in, a little past its size and back.
        const t = this.swingOf(p.id) ?? 1;
        const k = t < 0.7 ? (1.2 * t) / 0.7 : 1.2 - (0.2 * (t - 0.7)) / 0.3;
        g.fillStyle(0x1b7f3b, 1).fillCircle(cx, cy, 20 * k);
        g.lineStyle(6 * k, 0xffffff, 1)
          .lineBetween(cx - 9 * k, cy, cx - 2 * k, cy + 8 * k)
          .lineBetween(cx - 2 * k, cy + 8 * k, cx + 10 * k, cy - 8 * k);
      }
    }
  }

  /** How far a prop's motion has gone (eased, 0 to 1), or undefined when it is still. */
  private swingOf(id: string): number | undefined {
    const start = this.swinging.get(id);
    if (start === undefined) return undefined;
    const t = Math.min(1, (performance.now() - start) / SWING_MS);
    return 1 - (1 - t) * (1 - t);
  }

  private drawGlow(): void {
    const glow = this.glow;
    if (!glow) return;
    glow.clear();
    if (!this.highlight) return;
    const v = this.view;
    if (v.kind === 'room') {
      const p = v.props.find((r) => r.id === this.highlight);
      if (p) drawGlow(glow, pct.x(p.x), pct.y(p.y), pct.x(p.w), pct.y(p.h));
    } else if (v.kind === 'city') {
      const p = v.places.find((r) => r.id === this.highlight);
      if (p) drawGlow(glow, pct.x(p.x - PLACE_SIZE.w / 2), pct.y(p.y - PLACE_SIZE.h / 2), pct.x(PLACE_SIZE.w), pct.y(PLACE_SIZE.h));
    }
  }
}
