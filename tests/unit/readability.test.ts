import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLevel } from '../../src/core/level/loader';
import { parseGlossary } from '../../src/core/level/glossary';
import { readabilityOf, readabilityWarnings, readingEase, sentencesOf, syllablesOf, wordsOf } from '../../src/core/level/readability';

const glossary = (() => {
  const parsed = parseGlossary('glossary.json', readFileSync(join(import.meta.dirname, '../../levels/glossary.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the shipped glossary does not load');
  return parsed.value.terms;
})();

describe('reading ease', () => {
  it('counts words, sentences and syllables as a reader hears them', () => {
    expect(sentencesOf('Salut ! Tu m’aides ?\n• Une clé.')).toEqual(['Salut !', 'Tu m’aides ?', 'Une clé.']);
    expect(wordsOf("l'armoire du micro-crédit coûte 2\u00a0000 €")).toEqual(["l'armoire", 'du', 'micro-crédit', 'coûte', '2\u00a0000']);
    expect(syllablesOf('porte', 'fr')).toBe(1);
    expect(syllablesOf('armoire', 'fr')).toBe(2);
    expect(syllablesOf('idée', 'fr')).toBe(2);
    expect(syllablesOf('make', 'en')).toBe(1);
    expect(syllablesOf('table', 'en')).toBe(2);
  });

  it('gives Kandel–Moles in French on a known sentence', () => {
    // "Le chat dort sur le lit." : 6 words, 1 sentence, 6 syllables (le, chat, dort, sur, le, lit).
    // 207 − 1.015 × 6 − 73.6 × 6/6 = 207 − 6.09 − 73.6 = 127.31
    const r = readabilityOf(['Le chat dort sur le lit.'], 'fr');
    expect(r.words).toBe(6);
    expect(r.score).toBeCloseTo(127.31, 2);
  });

  it('gives Flesch in English on a known sentence', () => {
    // "The cat sat on the mat." : 6 words, 1 sentence, 6 syllables.
    // 206.835 − 1.015 × 6 − 84.6 × 6/6 = 206.835 − 6.09 − 84.6 = 116.145
    expect(readabilityOf(['The cat sat on the mat.'], 'en').score).toBeCloseTo(116.145, 3);
    // "Financial literacy helps everybody." : 4 words; fi-nan-cial (3) li-te-ra-cy (4) helps (1) ev-e-ry-bo-dy (5 by vowel groups: e, e, y, o, y) = 13.
    // 206.835 − 1.015 × 4 − 84.6 × 13/4 = 206.835 − 4.06 − 274.95 = −72.175
    expect(readingEase(4, 1, 13, 'en')).toBeCloseTo(-72.175, 3);
  });

  it('names the hardest sentences', () => {
    const r = readabilityOf(['Le chat dort sur le lit. Une conversation particulièrement interminable décourage énormément les lecteurs débutants.'], 'fr');
    expect(r.hardest[0]?.text).toMatch(/^Une conversation/);
  });
});

describe('readability warnings', () => {
  const level = (fr: string, en = 'Short and kind.') => ({ intro: [{ speaker: { fr: 'Lison', en: 'Lison' }, text: { fr, en } }] });

  it('warns on a sentence over 20 words', () => {
    const long = 'Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un.';
    const w = readabilityWarnings(level(long));
    expect(w).toHaveLength(1);
    expect(w[0]!.field).toBe('intro[0].text.fr');
    expect(w[0]!.message.en).toContain('21 words');
    expect(
      readabilityWarnings(level('Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt.')),
    ).toEqual([]);
  });

  it('warns on an inclusive dot', () => {
    const w = readabilityWarnings(level('Tu es un·e entrepreneur·e. Sûr·e ?'));
    expect(w.map((x) => x.message.fr.match(/« (.*?) »/)?.[1])).toEqual(['un·e', 'entrepreneur·e', 'Sûr·e']);
  });

  it('warns on a business word the glossary does not explain, once per text', () => {
    const text = 'Tu fais un business plan. Puis un business plan encore.';
    expect(readabilityWarnings(level(text), glossary).map((w) => w.message.en)).toEqual([expect.stringContaining('"business plan"')]);
    // A word the glossary explains is fine, and without a glossary nothing is compared.
    expect(readabilityWarnings(level('Tu prends des précommandes.', 'You take pre-orders.'), glossary)).toEqual([]);
    expect(readabilityWarnings(level(text))).toEqual([]);
  });

  it('reports the warnings with their place in the level file', () => {
    const file = readFileSync(join(import.meta.dirname, '../../levels/act-1/archive.json'), 'utf8').replace(
      "Lis l'affiche au mur.",
      "Lis l'affiche au mur, formateur·rice.",
    );
    const problems = checkLevel('archive.json', file, { glossary });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'room.hints[0].fr', severity: 'warning', line: expect.any(Number), column: expect.any(Number) }),
    ]);
  });
});
