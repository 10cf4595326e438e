/**
 * The built game must not hand out the answers: no code-lock or cipher answer from the source
 * level files appears in plain text anywhere in dist/ (JS, level files, HTML).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../../src/core/answers';
import { ROOT } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function sourceAnswers(): string[] {
  const index = JSON.parse(readFileSync(join(ROOT, 'levels', 'index.json'), 'utf8')) as { levels: string[] };
  return index.levels.flatMap((file) => {
    const level = JSON.parse(readFileSync(join(ROOT, 'levels', file), 'utf8')) as { puzzles: { kind: string; answer?: string | Record<string, string> }[] };
    return level.puzzles
      .filter((p) => p.kind === 'code-lock' || p.kind === 'cipher')
      .flatMap((p) => (typeof p.answer === 'string' ? [p.answer] : Object.values(p.answer ?? {})));
  });
}

describe('the built game', () => {
  it('holds no code-lock or cipher answer in plain text', () => {
    const answers = sourceAnswers();
    expect(answers.length).toBeGreaterThan(0);
    const built = files(join(ROOT, 'dist')).filter((f) => /\.(js|json|html|css)$/.test(f));
    expect(built.some((f) => f.endsWith('archive.json'))).toBe(true);
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      for (const answer of answers) {
        expect(text.includes(`"${answer}"`), `"${answer}" in ${file}`).toBe(false);
        // Digit codes must not stand anywhere as a whole number either.
        if (file.includes('/levels/') && /^\d+$/.test(normalizeAnswer(answer)))
          expect(new RegExp(`\\b${normalizeAnswer(answer)}\\b`).test(text), `${answer} in ${file}`).toBe(false);
      }
      if (file.includes('/levels/')) expect(/"answer"\s*:/.test(text), `"answer" field in ${file}`).toBe(false);
    }
  });
});
