/**
 * Finds the glossary's words in a text, the way a reader sees them: case, accents and a plural
 * ending do not count, a word is never found inside another word, and each word is found once
 * per text (a definition offered at every line would be noise).
 */
import type { Lang } from './i18n';

export interface GlossaryEntry {
  id: string;
  /** The forms of the word to look for, per language ("micro-crédit", "microcrédit"). */
  words: Partial<Record<string, readonly string[]>>;
}

export interface GlossaryMatch {
  /** The entry's id. */
  id: string;
  /** Where the word is in the text (a JavaScript string range, `end` excluded). */
  start: number;
  end: number;
}

/** One character folded for comparison: lower case, no accent, a curly apostrophe made straight. */
function foldSlowly(c: string): string {
  if (c === '’' || c === 'ʼ') return "'";
  const folded = c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  // Folding keeps one character for one, so a place in the folded text is the same place in the text.
  return folded.length === c.length ? folded : c.toLowerCase().length === c.length ? c.toLowerCase() : c;
}

/** Each character beyond ASCII is folded once: levels fold thousands of them when they load. */
const folded = new Map<string, string>();

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : c;
  let f = folded.get(c);
  if (f === undefined) folded.set(c, (f = foldSlowly(c)));
  return f;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Letters, digits and the hyphen make a word: "pitch" is not found in "pitcher" nor in "auto-pitch". */
const BEFORE = '(?<![\\p{L}\\p{N}-])';
const AFTER = '(?![\\p{L}\\p{N}-])';

/** A form as a pattern: spaces match any space, the last word may take a plural ending. */
function formPattern(form: string): string {
  const words = fold(form.trim()).split(/\s+/).map(escape);
  return words.join('\\s+') + '(?:s|x|es)?';
}

const patterns = new WeakMap<GlossaryEntry, Map<string, RegExp | null>>();

function patternOf(entry: GlossaryEntry, lang: string): RegExp | null {
  let byLang = patterns.get(entry);
  if (!byLang) patterns.set(entry, (byLang = new Map()));
  if (!byLang.has(lang)) {
    const forms = (entry.words[lang] ?? []).filter((f) => f.trim());
    // The longest form first, so "fonds régionaux" wins over "fonds".
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    byLang.set(lang, sorted.length ? new RegExp(`${BEFORE}(?:${sorted.map(formPattern).join('|')})${AFTER}`, 'gu') : null);
  }
  return byLang.get(lang) ?? null;
}

/** The glossary words of a text, in reading order, each entry once (its first place), none overlapping. */
export function findTerms(text: string, entries: readonly GlossaryEntry[], lang: Lang | string): GlossaryMatch[] {
  const folded = fold(text);
  const found: GlossaryMatch[] = [];
  for (const entry of entries) {
    const pattern = patternOf(entry, lang);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(folded);
    if (m) found.push({ id: entry.id, start: m.index, end: m.index + m[0].length });
  }
  // Two words over the same letters: the one that starts first, then the longer one, is kept.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GlossaryMatch[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

/** A text cut into plain pieces and glossary words, to be shown piece by piece. */
export type TextPiece = { text: string } | { text: string; term: string };

export function splitByTerms(text: string, entries: readonly GlossaryEntry[], lang: Lang | string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of findTerms(text, entries, lang)) {
    if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
    pieces.push({ text: text.slice(m.start, m.end), term: m.id });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
