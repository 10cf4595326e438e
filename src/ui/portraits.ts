/**
 * Portraits of the people who speak, as inline SVG built from the same shapes the room draws
 * (src/world/faces.ts): no image file, no markup string. A portrait is decoration: the speaker's
 * name is written beside it, so screen readers skip it.
 */
import type { Text } from '../core/level/schema';
import { faceFor, type Face, type Mood } from '../world/cast';
import { mixColor, portraitShapes, type Shape } from '../world/faces';
import './portraits.css';

const SVG = 'http://www.w3.org/2000/svg';

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A point on a circle, at an angle measured clockwise on screen. */
const at = (x: number, y: number, r: number, a: number) => `${round(x + r * Math.cos(a))} ${round(y + r * Math.sin(a))}`;

function arcPath(s: { x: number; y: number; r: number; from: number; to: number }, close: boolean): string {
  const span = s.to - s.from;
  // A full turn is drawn as two half turns: an SVG arc whose ends meet draws nothing.
  if (span >= 2 * Math.PI - 1e-6) {
    const mid = s.from + Math.PI;
    return `M ${at(s.x, s.y, s.r, s.from)} A ${s.r} ${s.r} 0 1 1 ${at(s.x, s.y, s.r, mid)} A ${s.r} ${s.r} 0 1 1 ${at(s.x, s.y, s.r, s.from)}`;
  }
  const large = span > Math.PI ? 1 : 0;
  return `M ${at(s.x, s.y, s.r, s.from)} A ${s.r} ${s.r} 0 ${large} 1 ${at(s.x, s.y, s.r, s.to)}${close ? ' Z' : ''}`;
}

function shapeNode(s: Shape): SVGElement {
  const fill = (c: number, alpha?: number) => ({ fill: hex(c), ...(alpha !== undefined ? { 'fill-opacity': alpha } : {}) });
  const stroke = (c: number, width: number) => ({ fill: 'none', stroke: hex(c), 'stroke-width': width, 'stroke-linecap': 'round' });
  switch (s.kind) {
    case 'circle':
      return el('circle', { cx: s.x, cy: s.y, r: s.r, ...fill(s.fill, s.alpha) });
    case 'ellipse':
      return el('ellipse', { cx: s.x, cy: s.y, rx: s.rx, ry: s.ry, ...fill(s.fill, s.alpha) });
    case 'rect':
      return el('rect', { x: s.x, y: s.y, width: s.w, height: s.h, rx: s.r ?? 0, ...fill(s.fill, s.alpha) });
    case 'poly':
      return el('polygon', { points: s.points.map(round).join(' '), ...fill(s.fill, s.alpha) });
    case 'arc':
      return el('path', { d: arcPath(s, false), ...stroke(s.stroke, s.width) });
    case 'line':
      return el('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, ...stroke(s.stroke, s.width) });
    case 'chord':
      return el('path', { d: arcPath(s, true), ...fill(s.fill) });
  }
}

let clipCount = 0;

/** The SVG of a face in a round frame tinted with the person's colours. */
export function faceSvg(face: Face, mood: Mood): SVGSVGElement {
  const svg = el('svg', { viewBox: '0 0 100 100', 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  const clipId = `portrait-clip-${++clipCount}`;
  const clip = el('clipPath', { id: clipId });
  clip.append(el('circle', { cx: 50, cy: 50, r: 49 }));
  const defs = el('defs', {});
  defs.append(clip);
  const art = el('g', { 'clip-path': `url(#${clipId})` });
  art.append(el('rect', { x: 0, y: 0, width: 100, height: 100, fill: hex(mixColor(face.clothes, 0xffffff, 0.78)) }));
  for (const s of portraitShapes(face, mood)) art.append(shapeNode(s));
  svg.append(defs, art, el('circle', { cx: 50, cy: 50, r: 48.5, fill: 'none', stroke: '#1d2433', 'stroke-width': 3 }));
  return svg;
}

export type PortraitSize = 'small' | 'medium' | 'large';

/**
 * The portrait of a speaker (a level's `speaker` text or a name) with a mood, wrapped in a
 * span the layout can place. The face follows the French name, the one every language shares.
 */
export function portrait(speaker: Text | string, mood: Mood = 'neutral', size: PortraitSize = 'medium', options: { enter?: boolean } = {}): HTMLSpanElement {
  const face = faceFor(typeof speaker === 'string' ? speaker : speaker.fr);
  const wrap = document.createElement('span');
  // `enter`: the speaker steps in with a short rise (none when reduced motion is asked).
  wrap.className = `portrait ${size} mood-${mood}${options.enter ? ' enter' : ''}`;
  wrap.dataset.face = face.id;
  wrap.dataset.mood = mood;
  wrap.setAttribute('aria-hidden', 'true');
  wrap.append(faceSvg(face, mood));
  return wrap;
}
