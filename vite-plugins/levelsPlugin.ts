/**
 * Serves and ships the level files. On the way out, every plain `answer` of a kind whose
 * answer is secret (a code lock, a cipher…) is replaced by its salted hash, so the built game
 * never holds an answer in clear.
 * A file that is not valid JSON is passed through untouched: the game reports it in plain words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { hashAnswerSpec } from '../src/core/answers';
import { puzzleKind } from '../src/puzzles';

export function hashLevelAnswers(source: string): string {
  let level: unknown;
  try {
    level = JSON.parse(source);
  } catch {
    return source;
  }
  if (typeof level !== 'object' || level === null || !Array.isArray((level as { puzzles?: unknown }).puzzles)) return source;
  for (const p of (level as { puzzles: unknown[] }).puzzles) {
    if (typeof p !== 'object' || p === null) continue;
    const puzzle = p as { kind?: unknown; id?: unknown; answer?: unknown; answerHash?: unknown };
    if (!puzzleKind(String(puzzle.kind))?.secretAnswer || typeof puzzle.id !== 'string' || puzzle.answer === undefined) continue;
    if (typeof puzzle.answer === 'string') puzzle.answerHash = hashAnswerSpec(puzzle.id, puzzle.answer);
    else if (typeof puzzle.answer === 'object' && puzzle.answer !== null)
      puzzle.answerHash = hashAnswerSpec(puzzle.id, Object.fromEntries(Object.entries(puzzle.answer).map(([lang, a]) => [lang, String(a)])));
    delete puzzle.answer;
  }
  return JSON.stringify(level);
}

/** Why a level file, as it would be published, may still hold an answer in clear. */
export function answerLeft(published: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(published);
  } catch {
    return 'not valid JSON';
  }
  const puzzles = (data as { puzzles?: unknown }).puzzles;
  if (!Array.isArray(puzzles)) return null;
  const i = puzzles.findIndex((p) => typeof p === 'object' && p !== null && 'answer' in p);
  return i >= 0 ? `puzzles[${i}] keeps its "answer" in clear (is its "kind" spelt right?)` : null;
}

function levelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return levelFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

export function levelsPlugin(levelsDir: string): Plugin {
  return {
    name: 'envol-levels',
    configureServer(server) {
      server.middlewares.use('/levels/', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[a-z0-9/_-]+\.json$/.test(path) || path.includes('..')) return next();
        try {
          const text = readFileSync(join(levelsDir, path), 'utf8');
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(hashLevelAnswers(text));
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const file of levelFiles(levelsDir)) {
        const name = relative(levelsDir, file).split(sep).join('/');
        const source = hashLevelAnswers(readFileSync(file, 'utf8'));
        // The build must never publish an answer: a file it cannot read, or an answer left in
        // clear (say, under a misspelt kind), stops the build instead.
        const leak = answerLeft(source);
        if (leak) this.error(`levels/${name}: ${leak}; run \`npm run levels:check\` to see the problem`);
        this.emitFile({ type: 'asset', fileName: `levels/${name}`, source });
      }
    },
  };
}
