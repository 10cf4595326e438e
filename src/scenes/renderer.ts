/**
 * Which renderer draws the world. Old school PCs often have no WebGL (blocklisted GPUs), or only a
 * software one (a PC without a graphics chip): WebGL drawn by the processor is slower than the
 * Canvas renderer for the world's flat shapes, and holds the page longer at start. So the game
 * draws with WebGL only where a graphics chip does the work, with the Canvas renderer otherwise.
 * No Phaser here, so the browser tests read the same names.
 */
import type { RendererChoice } from '../core/urlParams';

/** What a browser names its WebGL when the processor draws it (Chromium, Mesa, Windows). */
export const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * What WebGL this browser offers: none, one drawn by the processor, or one drawn by a graphics chip
 * (as far as the browser says: one that hides its renderer's name, or refuses a software context
 * with `failIfMajorPerformanceCaveat`, is trusted to have a chip).
 */
function webglKind(): 'none' | 'software' | 'hardware' {
  try {
    const canvas = () => document.createElement('canvas');
    const strict: WebGLContextAttributes = { failIfMajorPerformanceCaveat: true };
    const gl = canvas().getContext('webgl2', strict) ?? canvas().getContext('webgl', strict);
    if (!gl) return canvas().getContext('webgl2') || canvas().getContext('webgl') ? 'software' : 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' && SOFTWARE_GL.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

/** The renderer asked for in the address if it can run, else WebGL where a graphics chip draws it. */
export function chooseRenderer(asked: RendererChoice | null): RendererChoice {
  if (asked === 'canvas') return 'canvas';
  const kind = webglKind();
  return kind === 'hardware' || (asked === 'webgl' && kind === 'software') ? 'webgl' : 'canvas';
}
