/**
 * How easy a level is to read, for players who read with effort: sentences of 20 words at most
 * (the level guide's rule), no inclusive dot ("entrepreneur·e" is hard to decode), no business
 * word left without a glossary entry, and a reading-ease score per language.
 * French: Kandel–Moles (207 − 1.015 × words/sentence − 73.6 × syllables/word);
 * English: Flesch (206.835 − 1.015 × words/sentence − 84.6 × syllables/word). Higher is easier.
 */
import { findTerms, fold, type GlossaryEntry } from '../glossary';
import type { Lang } from '../i18n';
import type { Message } from './messages';

export const MAX_SENTENCE_WORDS = 20;
const HARDEST_MIN_WORDS = 8;

/** Fields that hold no prose for the player: a coded message is meant to be unreadable. */
const NOT_PROSE = new Set(['ciphertext', 'answer', 'answerHash']);

/** Words a newcomer to business may not know: each needs an entry in levels/glossary.json. */
export const BUSINESS_TERMS: Record<Lang, readonly string[]> = {
  fr: [
    'micro-crédit',
    'microcrédit',
    'fonds régional',
    'fonds régionaux',
    'financement participatif',
    'précommande',
    'pitch',
    'mentor',
    'mentore',
    'prototype',
    'coûts fixes',
    'coûts variables',
    'chiffre d’affaires',
    'trésorerie',
    'business plan',
    'modèle économique',
    'investisseur',
    'subside',
    'prime',
  ],
  en: [
    'micro-credit',
    'microcredit',
    'regional fund',
    'crowdfunding',
    'pre-order',
    'preorder',
    'pitch',
    'mentor',
    'prototype',
    'fixed costs',
    'variable costs',
    'turnover',
    'cash flow',
    'business plan',
    'business model',
    'investor',
    'grant',
  ],
};

/** The business words as glossary entries, made once: their patterns are compiled once too. */
const BUSINESS_ENTRIES: Record<Lang, readonly GlossaryEntry[]> = {
  fr: BUSINESS_TERMS.fr.map((w, i) => ({ id: `business-${i}`, words: { fr: [w] } })),
  en: BUSINESS_TERMS.en.map((w, i) => ({ id: `business-${i}`, words: { en: [w] } })),
};

/** Every text of a level the player reads, with its dotted path (`puzzles[0].prompt`). */
export function playerTexts(level: unknown): { field: string; text: Record<string, string> }[] {
  const out: { field: string; text: Record<string, string> }[] = [];
  const walk = (value: unknown, path: string, key: string) => {
    if (NOT_PROSE.has(key)) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, key));
    else if (typeof value === 'object' && value !== null) {
      const o = value as Record<string, unknown>;
      if (typeof o.fr === 'string' && typeof o.en === 'string') {
        out.push({ field: path, text: Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string')) });
        return;
      }
      for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k, k);
    }
  };
  walk(level, '', '');
  return out;
}

/** The sentences of a text: cut after . ! ? … (and at a line break), quotes and bullets left out. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…]+[»"”)]?)\s+/u)
    .map((s) => s.replace(/^[\s•\-–—«»"“”]+/u, '').trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Words as a reader counts them: "l'armoire", "micro-crédit" and "2 000" are one each. */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’\-\u00a0\u202f][\p{L}\p{N}]+)*/gu) ?? [];
}

const VOWELS = /[aeiouyàâäéèêëîïôöûùüÿœæ]+/gu;

/** Spoken syllables of a word, by its vowel groups; a number counts one syllable per digit. */
export function syllablesOf(word: string, lang: Lang): number {
  const w = word.toLowerCase();
  if (!/\p{L}/u.test(w)) return Math.max(1, w.replace(/\D/g, '').length);
  // A word of several parts ("micro-crédit", "l'armoire") is the sum of its parts.
  const parts = w.split(/['’\-\u00a0\u202f]/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((n, p) => n + syllablesOf(p, lang), 0);
  let n = (w.match(VOWELS) ?? []).length;
  if (lang === 'fr') {
    // A final "e", "es" or verb "ent" is not heard ("porte", "portes", "portent").
    if (n > 1 && /[^aeiouyéèêëàâîïôûù](e|es|ent)$/u.test(w)) n--;
  } else {
    // A silent final "e" ("make"), except after a consonant + "l" ("table"), and "-ed" after most consonants.
    if (n > 1 && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) n--;
    else if (n > 1 && /[^aeiouytd]ed$/.test(w)) n--;
  }
  return Math.max(1, n);
}

export interface SentenceStats {
  text: string;
  words: number;
  syllables: number;
}

export function sentenceStats(sentence: string, lang: Lang): SentenceStats {
  const words = wordsOf(sentence);
  return { text: sentence, words: words.length, syllables: words.reduce((n, w) => n + syllablesOf(w, lang), 0) };
}

/** Kandel–Moles for French, Flesch for English, over words and syllables per sentence. */
export function readingEase(words: number, sentences: number, syllables: number, lang: Lang): number {
  if (!words || !sentences) return 0;
  const perSentence = words / sentences;
  const perWord = syllables / words;
  return lang === 'fr' ? 207 - 1.015 * perSentence - 73.6 * perWord : 206.835 - 1.015 * perSentence - 84.6 * perWord;
}

export interface Readability {
  score: number;
  sentences: number;
  words: number;
  /** The hardest sentences first: the ones with the lowest ease of their own. */
  hardest: SentenceStats[];
}

/** The reading ease of a set of texts in one language, and the sentences that weigh on it most. */
export function readabilityOf(texts: readonly string[], lang: Lang, hardestCount = 2): Readability {
  const stats = texts.flatMap((t) => sentencesOf(t)).map((s) => sentenceStats(s, lang));
  const words = stats.reduce((n, s) => n + s.words, 0);
  const syllables = stats.reduce((n, s) => n + s.syllables, 0);
  const ease = (s: SentenceStats) => readingEase(s.words, 1, s.syllables, lang);
  // A label of two long words is not what tires a reader: the hardest are looked for among real sentences first.
  const long = stats.filter((s) => s.words >= HARDEST_MIN_WORDS);
  const hardest = [...(long.length >= hardestCount ? long : stats)].sort((a, b) => ease(a) - ease(b)).slice(0, hardestCount);
  return { score: readingEase(words, stats.length, syllables, lang), sentences: stats.length, words, hardest };
}

/** A level's score in each language, over every text its player reads. */
export function levelReadability(level: unknown, langs: readonly Lang[] = ['fr', 'en']): Record<Lang, Readability> {
  const texts = playerTexts(level);
  return Object.fromEntries(
    langs.map((lang) => [
      lang,
      readabilityOf(
        texts.map((t) => t.text[lang] ?? ''),
        lang,
      ),
    ]),
  ) as Record<Lang, Readability>;
}

/** An inclusive dot between letters: "un·e", "entrepreneur·e", "formateur·rice". */
const INCLUSIVE_DOT = /[\p{L}]+(?:[·⋅•][\p{L}]+)+/gu;

export interface ReadabilityWarning {
  field: string;
  message: Message;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Warnings on a level's texts: a sentence over 20 words, an inclusive dot, a business word the
 * glossary does not explain. Without a glossary (a level checked on its own), business words
 * are not checked: there is nothing to compare them with.
 */
export function readabilityWarnings(level: unknown, glossary?: readonly GlossaryEntry[]): ReadabilityWarning[] {
  const warnings: ReadabilityWarning[] = [];
  for (const { field, text } of playerTexts(level)) {
    for (const lang of ['fr', 'en'] as const) {
      const value = text[lang];
      if (!value) continue;
      const at = `${field}.${lang}`;
      for (const s of sentencesOf(value)) {
        const n = wordsOf(s).length;
        if (n > MAX_SENTENCE_WORDS)
          warnings.push({
            field: at,
            message: {
              fr: `phrase de ${n} mots (20 au plus) : « ${short(s)} ». Coupe-la en deux phrases courtes`,
              en: `a sentence of ${n} words (20 at most): "${short(s)}". Cut it into two short sentences`,
            },
          });
      }
      for (const m of value.matchAll(INCLUSIVE_DOT))
        warnings.push({
          field: at,
          message: {
            fr: `« ${m[0]} » : le point médian se lit mal. Prends un mot épicène (« une personne », « l'équipe ») ou écris les deux formes en entier`,
            en: `"${m[0]}": the inclusive dot is hard to read. Use a word for everyone ("a person", "the team") or write both forms in full`,
          },
        });
      if (glossary) {
        const explained = findTerms(value, glossary, lang);
        const seen = new Set<string>();
        for (const m of findTerms(value, BUSINESS_ENTRIES[lang], lang)) {
          const word = value.slice(m.start, m.end);
          if (seen.has(fold(word)) || explained.some((e) => e.start <= m.start && m.end <= e.end)) continue;
          seen.add(fold(word));
          warnings.push({
            field: at,
            message: {
              fr: `« ${word} » est un mot d'affaires que le glossaire n'explique pas : ajoute-le à levels/glossary.json, ou dis-le avec des mots simples`,
              en: `"${word}" is a business word the glossary does not explain: add it to levels/glossary.json, or say it in plain words`,
            },
          });
        }
      }
    }
  }
  return warnings;
}
