import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTerms, splitByTerms, type GlossaryEntry } from '../../src/core/glossary';
import { parseGlossary } from '../../src/core/level/glossary';
import { COMPETENCE_IDS } from '../../src/core/competences';

const ENTRIES: GlossaryEntry[] = [
  { id: 'micro-credit', words: { fr: ['micro-crédit'], en: ['micro-credit'] } },
  { id: 'pitch', words: { fr: ['pitch'], en: ['pitch'] } },
  { id: 'regional-fund', words: { fr: ['fonds régional', 'fonds régionaux'], en: ['regional fund'] } },
  { id: 'idea', words: { fr: ['idée'], en: ['idea'] } },
];
const found = (text: string, lang = 'fr') => findTerms(text, ENTRIES, lang).map((m) => text.slice(m.start, m.end));

describe('glossary words in a text', () => {
  it('finds a word whatever its case, accents or plural', () => {
    expect(found('Le MICRO-CREDIT aide.')).toEqual(['MICRO-CREDIT']);
    expect(found('Deux micro-crédits, et des idees.')).toEqual(['micro-crédits', 'idees']);
    expect(found('Les Fonds Régionaux de Wallonie.')).toEqual(['Fonds Régionaux']);
    expect(found('Le fonds\u00a0régional aide.')).toEqual(['fonds\u00a0régional']);
    expect(found('Three pitches and an idea.', 'en')).toEqual(['pitches', 'idea']);
  });

  it('never finds a word inside another word', () => {
    expect(found('Le pitcher lance.')).toEqual([]);
    expect(found('Un auto-pitch.')).toEqual([]);
    expect(found('Les idéesfixes.')).toEqual([]);
    expect(found("L'idée est là.")).toEqual(['idée']);
  });

  it('marks each word once per text, in reading order', () => {
    expect(found('Une idée, un pitch, une autre idée, un autre pitch.')).toEqual(['idée', 'pitch']);
    expect(findTerms('Un pitch, puis une idée.', ENTRIES, 'fr').map((m) => m.id)).toEqual(['pitch', 'idea']);
  });

  it('cuts a text into plain pieces and words', () => {
    expect(splitByTerms("Ton pitch, c'est l'idée.", ENTRIES, 'fr')).toEqual([
      { text: 'Ton ' },
      { text: 'pitch', term: 'pitch' },
      { text: ", c'est l'" },
      { text: 'idée', term: 'idea' },
      { text: '.' },
    ]);
  });
});

describe('levels/glossary.json', () => {
  const text = readFileSync(join(import.meta.dirname, '../../levels/glossary.json'), 'utf8');
  const parsed = parseGlossary('glossary.json', text);

  it('loads, and explains every competence and the business words the issue named', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ids = parsed.value.terms.map((t) => t.id);
    for (const id of COMPETENCE_IDS) expect(ids).toContain(id);
    for (const id of ['micro-credit', 'regional-fund', 'crowdfunding', 'pre-order', 'pitch', 'mentor']) expect(ids).toContain(id);
  });

  it('reports a problem with its field, line and column', () => {
    const broken = text.replace('"id": "pitch"', '"id": "Pitch!"');
    const result = parseGlossary('glossary.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'glossary.json', field: expect.stringMatching(/^terms\[\d+\]\.id$/), line: expect.any(Number) });
  });
});
