/** URL settings are never trusted: known ones are validated, unknown ones are reported. */
import { isLang, type Lang } from './i18n';

const KNOWN = ['lang'] as const;

export interface UrlSettings {
  lang: Lang | null;
  /** Parameter names the game does not know (shown to the player, then ignored). */
  unknown: string[];
}

export function readUrlSettings(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const unknown = [...new Set([...params.keys()])].filter((k) => !(KNOWN as readonly string[]).includes(k)).map((k) => k.slice(0, 40));
  if (lang !== null && !isLang(lang)) unknown.push(`lang=${lang.slice(0, 10)}`);
  return { lang: isLang(lang) ? lang : null, unknown };
}
