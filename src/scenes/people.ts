/**
 * People in the room: the face of src/world/faces.ts (the one their portraits show) on a body
 * drawn with Phaser Graphics, standing in their prop's box.
 */
import type Phaser from 'phaser';
import type { Face, Mood } from '../world/cast';
import { faceLayers, shadeColor, type Shape } from '../world/faces';

const INK = 0x1d2433;

/** Draws face shapes (in their 100 × 100 box) at (ox, oy), `s` pixels per unit. */
export function drawShapes(g: Phaser.GameObjects.Graphics, shapes: readonly Shape[], ox: number, oy: number, s: number): void {
  const X = (v: number) => ox + v * s;
  const Y = (v: number) => oy + v * s;
  for (const sh of shapes) {
    switch (sh.kind) {
      case 'circle':
        g.fillStyle(sh.fill, sh.alpha ?? 1).fillCircle(X(sh.x), Y(sh.y), sh.r * s);
        break;
      case 'ellipse':
        g.fillStyle(sh.fill, sh.alpha ?? 1).fillEllipse(X(sh.x), Y(sh.y), sh.rx * 2 * s, sh.ry * 2 * s);
        break;
      case 'rect': {
        const w = sh.w * s;
        const h = sh.h * s;
        const r = Math.min((sh.r ?? 0) * s, w / 2, h / 2);
        g.fillStyle(sh.fill, sh.alpha ?? 1);
        if (r > 0.5) g.fillRoundedRect(X(sh.x), Y(sh.y), w, h, r);
        else g.fillRect(X(sh.x), Y(sh.y), w, h);
        break;
      }
      case 'poly': {
        g.fillStyle(sh.fill, sh.alpha ?? 1).beginPath();
        for (let i = 0; i < sh.points.length; i += 2) {
          const px = X(sh.points[i]!);
          const py = Y(sh.points[i + 1]!);
          if (i === 0) g.moveTo(px, py);
          else g.lineTo(px, py);
        }
        g.closePath().fillPath();
        break;
      }
      case 'arc': {
        const w = sh.width * s;
        g.lineStyle(w, sh.stroke, 1)
          .beginPath()
          .arc(X(sh.x), Y(sh.y), sh.r * s, sh.from, sh.to)
          .strokePath();
        // Phaser's lines have square ends: round them as the portraits' SVG does.
        if (sh.to - sh.from < 2 * Math.PI - 1e-6) {
          g.fillStyle(sh.stroke, 1)
            .fillCircle(X(sh.x + sh.r * Math.cos(sh.from)), Y(sh.y + sh.r * Math.sin(sh.from)), w / 2)
            .fillCircle(X(sh.x + sh.r * Math.cos(sh.to)), Y(sh.y + sh.r * Math.sin(sh.to)), w / 2);
        }
        break;
      }
      case 'line': {
        const w = sh.width * s;
        g.lineStyle(w, sh.stroke, 1).lineBetween(X(sh.x1), Y(sh.y1), X(sh.x2), Y(sh.y2));
        g.fillStyle(sh.stroke, 1)
          .fillCircle(X(sh.x1), Y(sh.y1), w / 2)
          .fillCircle(X(sh.x2), Y(sh.y2), w / 2);
        break;
      }
      case 'chord':
        g.fillStyle(sh.fill, 1)
          .beginPath()
          .arc(X(sh.x), Y(sh.y), sh.r * s, sh.from, sh.to)
          .closePath()
          .fillPath();
        break;
    }
  }
}

/**
 * A person standing in the box (x, y, w, h): their face on top, their clothes' colour (or the
 * one the level names) on the body, legs and shoes below.
 */
export function drawPerson(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  face: Face,
  mood: Mood = 'neutral',
  clothes?: number,
): void {
  const cx = x + w / 2;
  // Face units to pixels: the head takes about a quarter of the height, never wider than the box.
  const s = Math.min((w * 0.82) / 52, (h * 0.3) / 58);
  const ox = cx - 50 * s;
  const oy = y - 10 * s;
  const layers = faceLayers(face, mood);
  const coat = clothes ?? face.clothes;
  const shoulderY = oy + 74 * s;
  const hipY = y + h * 0.68;
  const footY = y + h;
  const torsoW = Math.min(w * 0.8, 44 * s);
  const armW = torsoW * 0.22;
  const legW = torsoW * 0.34;

  // A soft shadow on the floor.
  g.fillStyle(0x000000, 0.16).fillEllipse(cx, footY - 2, torsoW * 1.3, Math.max(8, h * 0.04));
  drawShapes(g, layers.behind, ox, oy, s);
  // Legs and shoes.
  g.fillStyle(face.legs, 1)
    .fillRoundedRect(cx - legW - 2, hipY - 10, legW, footY - hipY, Math.min(6, legW / 2))
    .fillRoundedRect(cx + 2, hipY - 10, legW, footY - hipY, Math.min(6, legW / 2));
  g.fillStyle(INK, 1)
    .fillEllipse(cx - legW / 2 - 4, footY - 5, legW * 1.35, 12)
    .fillEllipse(cx + legW / 2 + 4, footY - 5, legW * 1.35, 12);
  // Arms, then the body over their tops, hands at the end of the sleeves.
  const armH = (hipY - shoulderY) * 0.92;
  g.fillStyle(shadeColor(coat, 0.85), 1)
    .fillRoundedRect(cx - torsoW / 2 - armW + 5, shoulderY + 8, armW, armH, armW / 2)
    .fillRoundedRect(cx + torsoW / 2 - 5, shoulderY + 8, armW, armH, armW / 2);
  g.fillStyle(face.skin, 1)
    .fillCircle(cx - torsoW / 2 - armW / 2 + 5, shoulderY + 8 + armH, armW * 0.55)
    .fillCircle(cx + torsoW / 2 + armW / 2 - 5, shoulderY + 8 + armH, armW * 0.55);
  const corner = Math.min(16 * s, torsoW / 2);
  g.fillStyle(coat, 1).fillRoundedRect(cx - torsoW / 2, shoulderY, torsoW, hipY - shoulderY + 4, { tl: corner, tr: corner, bl: 6, br: 6 });
  drawTop(g, face, cx, shoulderY, torsoW, hipY, s);
  g.fillStyle(face.skin, 1).fillRect(cx - 6 * s, oy + 58 * s, 12 * s, shoulderY - (oy + 58 * s) + 4);
  drawShapes(g, layers.head, ox, oy, s);
}

/** The clothes' detail that tells people apart from afar: an apron, lapels, hood strings, a collar. */
function drawTop(g: Phaser.GameObjects.Graphics, face: Face, cx: number, top: number, torsoW: number, hip: number, s: number): void {
  const accent = face.accent;
  switch (face.top) {
    case 'apron':
      g.fillStyle(accent, 1).fillRoundedRect(cx - torsoW * 0.32, top + 12 * s, torsoW * 0.64, hip - top - 6 * s, 4);
      break;
    case 'blazer':
      g.fillStyle(accent, 1).fillTriangle(cx - 7 * s, top, cx + 7 * s, top, cx, top + 20 * s);
      g.fillStyle(shadeColor(face.clothes, 0.72), 1)
        .fillTriangle(cx - 9 * s, top, cx, top + 24 * s, cx - 12 * s, top + 10 * s)
        .fillTriangle(cx + 9 * s, top, cx, top + 24 * s, cx + 12 * s, top + 10 * s);
      break;
    case 'hoodie':
      g.fillStyle(shadeColor(face.clothes, 0.8), 1).fillEllipse(cx, top + 3 * s, 30 * s, 9 * s);
      g.lineStyle(Math.max(2, 1.6 * s), accent, 1)
        .lineBetween(cx - 4 * s, top + 6 * s, cx - 5 * s, top + 22 * s)
        .lineBetween(cx + 4 * s, top + 6 * s, cx + 5 * s, top + 22 * s);
      g.fillStyle(shadeColor(face.clothes, 0.8), 1).fillRoundedRect(cx - torsoW * 0.3, hip - 18 * s, torsoW * 0.6, 12 * s, 4);
      break;
    case 'collar':
      g.fillStyle(accent, 1)
        .fillTriangle(cx - 9 * s, top - 1, cx, top + 10 * s, cx - 6 * s, top + 13 * s)
        .fillTriangle(cx + 9 * s, top - 1, cx, top + 10 * s, cx + 6 * s, top + 13 * s);
      break;
    case 'crew':
      break;
  }
}
