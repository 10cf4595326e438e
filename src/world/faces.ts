/**
 * A face as flat shapes in a 100 × 100 box, from a cast member and a mood: the DOM turns them
 * into an SVG portrait, the Phaser room into Graphics calls, so a speaker is the same drawing in
 * both. The head sits at (50, 44); the bust (shoulders and neck) fills the bottom of the box.
 */
import type { Face, Mood } from './cast';

export type Shape =
  | { kind: 'circle'; x: number; y: number; r: number; fill: number; alpha?: number }
  | { kind: 'ellipse'; x: number; y: number; rx: number; ry: number; fill: number; alpha?: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r?: number; fill: number; alpha?: number }
  /** A filled polygon, its points flat: x0, y0, x1, y1… */
  | { kind: 'poly'; points: number[]; fill: number; alpha?: number }
  /** An arc's stroke, angles in radians, clockwise on screen (y down), as SVG and Phaser draw them. */
  | { kind: 'arc'; x: number; y: number; r: number; from: number; to: number; stroke: number; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: number; width: number }
  /** A filled slice of a disc closed by its chord (an open mouth). */
  | { kind: 'chord'; x: number; y: number; r: number; from: number; to: number; fill: number };

/** The face drawn in layers: hair behind the head, the bust, then the head and what is on it. */
export interface FaceLayers {
  behind: Shape[];
  bust: Shape[];
  head: Shape[];
  /** A hand at the chin when thinking: drawn over the head, in portraits only. */
  gesture: Shape[];
}

const INK = 0x1d2433;
const LIPS = 0x8a2b2b;
const PI = Math.PI;

/** A colour made darker (`f` < 1) or lighter (`f` > 1), channel by channel. */
export function shadeColor(color: number, f: number): number {
  const ch = (shift: number) => Math.max(0, Math.min(255, Math.round(((color >> shift) & 0xff) * f)));
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Two colours mixed: `t` = 0 is `a`, 1 is `b`. */
export function mixColor(a: number, b: number, t: number): number {
  const ch = (shift: number) => Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Points along an ellipse from angle `from` to `to` (clockwise on screen), for a polygon. */
function ellipseArc(x: number, y: number, rx: number, ry: number, from: number, to: number, steps = 16): number[] {
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    out.push(x + rx * Math.cos(a), y + ry * Math.sin(a));
  }
  return out;
}

const HEAD = { x: 50, y: 44, rx: 20, ry: 23 } as const;

/** The hairline: the top of the head, down to the temples, with a soft dip at the forehead. */
function hairline(fill: number, dip = 30, sideY = 42, widen = 1.5): Shape {
  const top = ellipseArc(HEAD.x, sideY, HEAD.rx + widen, sideY - (HEAD.y - HEAD.ry) + widen, PI, 2 * PI);
  return { kind: 'poly', points: [...top, 69, 36, 62, dip - 1, 50, dip, 38, dip - 1, 31, 36], fill };
}

function hair(face: Face): { behind: Shape[]; front: Shape[] } {
  const c = face.hair;
  const accent = face.hairAccent ?? shadeColor(c, 1.4);
  switch (face.hairStyle) {
    case 'bob':
      return {
        behind: [{ kind: 'rect', x: 26, y: 20, w: 48, h: 44, r: 20, fill: c }],
        front: [
          { kind: 'poly', points: [...ellipseArc(50, 38, 23.5, 18, PI, 2 * PI), 73.5, 40, 26.5, 40], fill: c },
          { kind: 'poly', points: [26.5, 38, 33, 36, 31, 58, 26, 60], fill: c },
          { kind: 'poly', points: [73.5, 38, 67, 36, 69, 58, 74, 60], fill: c },
        ],
      };
    case 'bun':
      return {
        behind: [
          { kind: 'circle', x: 50, y: 17, r: 9, fill: c },
          { kind: 'ellipse', x: 50, y: 38, rx: 22.5, ry: 18, fill: c },
        ],
        front: [hairline(c, 29), { kind: 'arc', x: 50, y: 40, r: 16, from: 1.25 * PI, to: 1.6 * PI, stroke: shadeColor(c, 1.25), width: 1.6 }],
      };
    case 'puff':
      return {
        behind: [
          { kind: 'circle', x: 50, y: 20, r: 18, fill: c },
          { kind: 'circle', x: 36, y: 24, r: 11, fill: c },
          { kind: 'circle', x: 64, y: 24, r: 11, fill: c },
        ],
        front: [hairline(c, 29), { kind: 'arc', x: 50, y: 44, r: 20.5, from: 1.16 * PI, to: 1.84 * PI, stroke: accent, width: 4 }],
      };
    case 'ponytail':
      return {
        behind: [
          { kind: 'ellipse', x: 50, y: 38, rx: 22.5, ry: 18, fill: c },
          { kind: 'ellipse', x: 73, y: 46, rx: 6, ry: 17, fill: c },
          { kind: 'circle', x: 70, y: 29, r: 4, fill: accent },
        ],
        front: [hairline(c, 31), { kind: 'poly', points: [...ellipseArc(44, 34, 15, 8, PI, 2 * PI), 58, 35, 44, 31, 30, 40], fill: c }],
      };
    case 'side-part':
      return {
        behind: [{ kind: 'ellipse', x: 50, y: 35, rx: 22, ry: 15, fill: c }],
        front: [hairline(c, 29, 38, 1), { kind: 'poly', points: [38, 23, 60, 20, 72, 30, 70, 37, 60, 30, 44, 31, 34, 37, 31, 30], fill: c }],
      };
    case 'crop':
      return {
        behind: [],
        front: [hairline(c, 28, 38, 0.6), { kind: 'arc', x: 50, y: 48, r: 21, from: 1.2 * PI, to: 1.8 * PI, stroke: shadeColor(c, 1.6), width: 0.8 }],
      };
    case 'beanie':
      return {
        behind: [{ kind: 'ellipse', x: 50, y: 38, rx: 22.5, ry: 16, fill: c }],
        front: [
          { kind: 'poly', points: [29, 38, 34, 34, 33, 44, 29, 46], fill: c },
          { kind: 'poly', points: [71, 38, 66, 34, 67, 44, 71, 46], fill: c },
          { kind: 'poly', points: [...ellipseArc(50, 33, 23, 20, PI, 2 * PI), 73, 33, 27, 33], fill: accent },
          { kind: 'rect', x: 26, y: 29, w: 48, h: 8, r: 3, fill: shadeColor(accent, 0.82) },
          { kind: 'circle', x: 50, y: 12, r: 5, fill: shadeColor(accent, 0.82) },
        ],
      };
    case 'wavy':
      return {
        behind: [{ kind: 'ellipse', x: 50, y: 40, rx: 25, ry: 22, fill: c }],
        front: [
          hairline(c, 31),
          { kind: 'circle', x: 36, y: 28, r: 8, fill: c },
          { kind: 'circle', x: 47, y: 24, r: 9, fill: c },
          { kind: 'circle', x: 59, y: 25, r: 8.5, fill: c },
          { kind: 'circle', x: 68, y: 32, r: 6.5, fill: c },
          { kind: 'circle', x: 30, y: 40, r: 5, fill: c },
          { kind: 'circle', x: 70, y: 42, r: 5, fill: c },
        ],
      };
    case 'curly': {
      const curls: Shape[] = [];
      for (let i = 0; i < 9; i++) {
        const a = PI * 0.85 + (i / 8) * PI * 1.3;
        curls.push({ kind: 'circle', x: 50 + 24 * Math.cos(a), y: 42 + 22 * Math.sin(a), r: 8, fill: c });
      }
      return {
        behind: [...curls, { kind: 'circle', x: 27, y: 58, r: 8, fill: c }, { kind: 'circle', x: 73, y: 58, r: 8, fill: c }],
        front: [
          hairline(c, 31),
          { kind: 'circle', x: 38, y: 28, r: 6, fill: c },
          { kind: 'circle', x: 62, y: 28, r: 6, fill: c },
          { kind: 'arc', x: 50, y: 44, r: 21, from: 1.18 * PI, to: 1.82 * PI, stroke: accent, width: 4 },
        ],
      };
    }
    case 'braids': {
      const braids: Shape[] = [];
      for (let i = 0; i < 7; i++) braids.push({ kind: 'rect', x: 25 + i * 7.5, y: 26, w: 5.5, h: 50 - Math.abs(i - 3) * 4, r: 2.75, fill: c });
      return {
        behind: [{ kind: 'ellipse', x: 50, y: 36, rx: 23, ry: 17, fill: c }, ...braids],
        front: [
          hairline(c, 29),
          { kind: 'line', x1: 50, y1: 22, x2: 50, y2: 29, stroke: shadeColor(c, 1.8), width: 1 },
          { kind: 'rect', x: 26.5, y: 56, w: 4, h: 4, r: 2, fill: accent },
          { kind: 'rect', x: 69.5, y: 56, w: 4, h: 4, r: 2, fill: accent },
        ],
      };
    }
    case 'cap':
      return {
        behind: [
          { kind: 'ellipse', x: 30, y: 44, rx: 4, ry: 7, fill: c },
          { kind: 'ellipse', x: 70, y: 44, rx: 4, ry: 7, fill: c },
        ],
        front: [
          { kind: 'poly', points: [...ellipseArc(50, 32, 22, 15, PI, 2 * PI), 72, 32, 28, 32], fill: accent },
          { kind: 'rect', x: 27, y: 30, w: 46, h: 5, r: 2, fill: shadeColor(accent, 0.6) },
          { kind: 'ellipse', x: 50, y: 35.5, rx: 17, ry: 3, fill: shadeColor(accent, 0.45) },
          { kind: 'circle', x: 50, y: 24, r: 3.2, fill: 0xffc94a },
        ],
      };
    case 'scarf':
      return {
        behind: [{ kind: 'ellipse', x: 50, y: 44, rx: 26, ry: 29, fill: accent }],
        front: [
          { kind: 'poly', points: [...ellipseArc(50, 44, 26, 29, PI * 0.98, 2.02 * PI), 72, 40, 62, 29, 50, 27.5, 38, 29, 28, 40], fill: accent },
          { kind: 'arc', x: 50, y: 45, r: 23, from: 1.15 * PI, to: 1.85 * PI, stroke: shadeColor(accent, 0.8), width: 1.4 },
        ],
      };
  }
}

function bust(face: Face): Shape[] {
  const { clothes, accent, skin } = face;
  const dark = shadeColor(clothes, 0.8);
  const out: Shape[] = [
    { kind: 'rect', x: 14, y: 77, w: 72, h: 40, r: 18, fill: clothes },
    { kind: 'rect', x: 43, y: 56, w: 14, h: 24, r: 4, fill: skin },
    { kind: 'ellipse', x: 50, y: 65, rx: 7, ry: 4, fill: shadeColor(skin, 0.86) },
  ];
  // A scarf covers the neck: no neckline shows (see `drape`).
  if (face.hairStyle === 'scarf') return out;
  switch (face.top) {
    case 'collar':
      out.push(
        { kind: 'poly', points: [42, 78, 50, 88, 58, 78], fill: skin },
        { kind: 'poly', points: [41, 76, 50, 88, 43, 90, 37, 80], fill: accent },
        { kind: 'poly', points: [59, 76, 50, 88, 57, 90, 63, 80], fill: accent },
      );
      break;
    case 'crew':
      out.push(
        { kind: 'chord', x: 50, y: 77, r: 8, from: 0, to: PI, fill: skin },
        { kind: 'arc', x: 50, y: 77, r: 9, from: 0.05 * PI, to: 0.95 * PI, stroke: dark, width: 2.4 },
      );
      break;
    case 'hoodie':
      out.push(
        { kind: 'ellipse', x: 50, y: 80, rx: 17, ry: 6, fill: dark },
        { kind: 'chord', x: 50, y: 78, r: 8, from: 0, to: PI, fill: skin },
        { kind: 'line', x1: 45, y1: 85, x2: 44, y2: 96, stroke: accent, width: 1.6 },
        { kind: 'line', x1: 55, y1: 85, x2: 56, y2: 96, stroke: accent, width: 1.6 },
      );
      break;
    case 'apron':
      out.push(
        { kind: 'chord', x: 50, y: 77, r: 8, from: 0, to: PI, fill: skin },
        { kind: 'rect', x: 36, y: 86, w: 28, h: 20, r: 3, fill: accent },
        { kind: 'line', x1: 38, y1: 87, x2: 34, y2: 78, stroke: accent, width: 2.5 },
        { kind: 'line', x1: 62, y1: 87, x2: 66, y2: 78, stroke: accent, width: 2.5 },
      );
      break;
    case 'blazer':
      out.push(
        { kind: 'poly', points: [41, 77, 50, 96, 59, 77], fill: accent },
        { kind: 'poly', points: [42, 77, 50, 86, 58, 77], fill: skin },
        { kind: 'poly', points: [39, 77, 50, 100, 44, 100, 34, 82], fill: dark },
        { kind: 'poly', points: [61, 77, 50, 100, 56, 100, 66, 82], fill: dark },
      );
      break;
  }
  if (face.necklace !== undefined) {
    for (let i = 0; i < 7; i++) {
      const a = PI * (0.15 + (i / 6) * 0.7);
      out.push({ kind: 'circle', x: 50 + 8.5 * Math.cos(a), y: 76 + 7 * Math.sin(a), r: 1.4, fill: face.necklace });
    }
  }
  return out;
}

/** The eyes, brows and mouth that make the mood. */
function features(face: Face, mood: Mood): Shape[] {
  const brow = face.hairStyle === 'cap' || face.hair > 0xc00000 ? shadeColor(face.hair, 0.7) : shadeColor(face.hair, 0.85);
  const out: Shape[] = [];
  const eyeY = 46;
  if (mood === 'happy') {
    // Eyes smiling shut, brows up, an open laugh.
    for (const x of [41, 59]) out.push({ kind: 'arc', x, y: eyeY + 1.5, r: 3.4, from: 1.15 * PI, to: 1.85 * PI, stroke: INK, width: 2.2 });
    out.push(
      { kind: 'arc', x: 41, y: 42, r: 6, from: 1.3 * PI, to: 1.7 * PI, stroke: brow, width: 2 },
      { kind: 'arc', x: 59, y: 42, r: 6, from: 1.3 * PI, to: 1.7 * PI, stroke: brow, width: 2 },
      { kind: 'chord', x: 50, y: 56, r: 7, from: 0, to: PI, fill: LIPS },
      { kind: 'rect', x: 44.5, y: 56, w: 11, h: 2.2, r: 1, fill: 0xffffff },
      { kind: 'ellipse', x: 50, y: 61, rx: 3.6, ry: 1.8, fill: 0xe8706a },
    );
  } else {
    // Thinking: eyes up and aside, one brow raised, the mouth pulled to one side.
    const look = mood === 'thinking' ? { x: 1.2, y: -1 } : { x: 0, y: 0 };
    for (const x of [41, 59]) {
      out.push(
        { kind: 'ellipse', x: x + look.x, y: eyeY + look.y, rx: 2.6, ry: 3.3, fill: INK },
        { kind: 'circle', x: x + look.x + 0.9, y: eyeY + look.y - 1.2, r: 0.9, fill: 0xffffff },
      );
    }
    if (mood === 'thinking') {
      out.push(
        { kind: 'line', x1: 36, y1: 40, x2: 45, y2: 40.5, stroke: brow, width: 2 },
        { kind: 'arc', x: 59, y: 41, r: 6, from: 1.25 * PI, to: 1.75 * PI, stroke: brow, width: 2 },
        { kind: 'line', x1: 46, y1: 58.5, x2: 55, y2: 57, stroke: LIPS, width: 2.2 },
      );
    } else {
      out.push(
        { kind: 'arc', x: 41, y: 43, r: 6, from: 1.32 * PI, to: 1.68 * PI, stroke: brow, width: 2 },
        { kind: 'arc', x: 59, y: 43, r: 6, from: 1.32 * PI, to: 1.68 * PI, stroke: brow, width: 2 },
        { kind: 'arc', x: 50, y: 52, r: 6, from: 0.22 * PI, to: 0.78 * PI, stroke: LIPS, width: 2.2 },
      );
    }
  }
  // Nose and cheeks.
  out.push(
    { kind: 'ellipse', x: 50, y: 51, rx: 2.2, ry: 1.5, fill: shadeColor(face.skin, 0.82) },
    { kind: 'ellipse', x: 37, y: 54, rx: 4, ry: 2.4, fill: 0xff6f61, alpha: mood === 'happy' ? 0.4 : 0.22 },
    { kind: 'ellipse', x: 63, y: 54, rx: 4, ry: 2.4, fill: 0xff6f61, alpha: mood === 'happy' ? 0.4 : 0.22 },
  );
  return out;
}

function extras(face: Face, mood: Mood): Shape[] {
  const out: Shape[] = [];
  if (face.beard === 'full') {
    const mouthGap: Shape =
      mood === 'happy'
        ? { kind: 'chord', x: 50, y: 56, r: 7, from: 0, to: PI, fill: LIPS }
        : { kind: 'ellipse', x: 50, y: 57.5, rx: 5, ry: 1.6, fill: shadeColor(face.skin, 0.9) };
    out.push({ kind: 'poly', points: [...ellipseArc(50, 48, 20.5, 21, 0, PI), 31, 50, 40, 54, 60, 54, 69, 50], fill: face.hair }, mouthGap);
    if (mood === 'happy') out.push({ kind: 'rect', x: 44.5, y: 56, w: 11, h: 2.2, r: 1, fill: 0xffffff });
  } else if (face.beard === 'stubble') {
    out.push({ kind: 'poly', points: [...ellipseArc(50, 50, 19, 17, 0.1 * PI, 0.9 * PI), 33, 56, 67, 56], fill: face.hair, alpha: 0.22 });
  } else if (face.beard === 'moustache') {
    out.push({ kind: 'ellipse', x: 45.5, y: 53.5, rx: 5, ry: 2.4, fill: face.hair }, { kind: 'ellipse', x: 54.5, y: 53.5, rx: 5, ry: 2.4, fill: face.hair });
  }
  if (face.glasses !== undefined) {
    for (const x of [41, 59]) out.push({ kind: 'arc', x, y: 46, r: 6, from: 0, to: 2 * PI, stroke: face.glasses, width: 1.6 });
    out.push({ kind: 'line', x1: 47, y1: 45.5, x2: 53, y2: 45.5, stroke: face.glasses, width: 1.6 });
  }
  if (face.earrings !== undefined)
    out.push({ kind: 'circle', x: 29.5, y: 55, r: 1.8, fill: face.earrings }, { kind: 'circle', x: 70.5, y: 55, r: 1.8, fill: face.earrings });
  return out;
}

/** The whole face, in the layers it is drawn in. */
export function faceLayers(face: Face, mood: Mood = 'neutral'): FaceLayers {
  const h = hair(face);
  const ears: Shape[] =
    face.hairStyle === 'scarf'
      ? []
      : [
          { kind: 'circle', x: 30, y: 48, r: 4.5, fill: shadeColor(face.skin, 0.93) },
          { kind: 'circle', x: 70, y: 48, r: 4.5, fill: shadeColor(face.skin, 0.93) },
        ];
  // The scarf falls over the neck and the shoulders, under the face.
  const drape: Shape[] =
    face.hairStyle === 'scarf' ? [{ kind: 'poly', points: [...ellipseArc(50, 60, 24, 22, 0, PI), 26, 56, 74, 56], fill: face.hairAccent ?? face.hair }] : [];
  return {
    behind: h.behind,
    bust: bust(face),
    head: [...drape, ...ears, { kind: 'ellipse', ...HEAD, fill: face.skin }, ...h.front, ...features(face, mood), ...extras(face, mood)],
    gesture: mood === 'thinking' ? thinkingHand(face) : [],
  };
}

/** A hand under the chin, its sleeve coming up from the shoulder. */
function thinkingHand(face: Face): Shape[] {
  const hand = shadeColor(face.skin, 0.9);
  return [
    { kind: 'poly', points: [50, 104, 70, 104, 63, 77, 50, 75], fill: shadeColor(face.clothes, 0.88) },
    { kind: 'ellipse', x: 56, y: 72, rx: 7, ry: 5.5, fill: hand },
    { kind: 'line', x1: 60, y1: 70, x2: 63, y2: 60, stroke: hand, width: 3.8 },
  ];
}

/** Every shape of a portrait, back to front. */
export function portraitShapes(face: Face, mood: Mood = 'neutral'): Shape[] {
  const l = faceLayers(face, mood);
  return [...l.behind, ...l.bust, ...l.head, ...l.gesture];
}
