import { describe, expect, it } from 'vitest';
import { answerLeft, hashLevelAnswers } from '../../vite-plugins/levelsPlugin';

const level = (puzzles: unknown[]) => JSON.stringify({ formatVersion: 1, id: 'x', puzzles });

describe('publishing level files', () => {
  it('replaces code-lock and cipher answers by their hashes', () => {
    const out = hashLevelAnswers(
      level([
        { kind: 'code-lock', id: 'lock', answer: '1952' },
        { kind: 'cipher', id: 'c', answer: { fr: 'voyage', en: 'journey' } },
      ]),
    );
    expect(out).not.toMatch(/1952|voyage|journey/);
    expect(JSON.parse(out).puzzles[0].answerHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(answerLeft(out)).toBeNull();
  });

  it('refuses to publish a file it cannot read or an answer left in clear', () => {
    expect(answerLeft('{ "puzzles": [1952,')).toBe('not valid JSON');
    const misspelt = hashLevelAnswers(level([{ kind: 'code_lock', id: 'lock', answer: '1952' }]));
    expect(answerLeft(misspelt)).toContain('puzzles[0]');
    // A dialogue node that happens to be called "answer" is not an answer.
    expect(answerLeft(level([{ kind: 'dialogue', id: 'd', start: 'answer', nodes: [{ id: 'answer' }] }]))).toBeNull();
  });
});
