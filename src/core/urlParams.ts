/** URL settings are never trusted: known ones are validated, unknown ones are reported. */
import { isLang, type Lang } from './i18n';

const KNOWN = ['lang', 'renderer'] as const;

/** How the world is drawn: WebGL, or the Canvas renderer (what a PC without a graphics chip draws fastest). */
export const RENDERERS = ['webgl', 'canvas'] as const;
export type RendererChoice = (typeof RENDERERS)[number];
const isRenderer = (value: unknown): value is RendererChoice => typeof value === 'string' && (RENDERERS as readonly string[]).includes(value);

export interface UrlSettings {
  lang: Lang | null;
  /** The renderer asked for (a PC whose drawing looks wrong with one can try the other); null: the game chooses. */
  renderer: RendererChoice | null;
  /** Parameter names the game does not know (shown to the player, then ignored). */
  unknown: string[];
}

export function readUrlSettings(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const renderer = params.get('renderer');
  const unknown = [...new Set([...params.keys()])].filter((k) => !(KNOWN as readonly string[]).includes(k)).map((k) => k.slice(0, 40));
  if (lang !== null && !isLang(lang)) unknown.push(`lang=${lang.slice(0, 10)}`);
  if (renderer !== null && !isRenderer(renderer)) unknown.push(`renderer=${renderer.slice(0, 10)}`);
  return { lang: isLang(lang) ? lang : null, renderer: isRenderer(renderer) ? renderer : null, unknown };
}
