/**
 * Serves and ships the level files. Each file goes through the game's own checker first, on
 * its text, so a problem is found with its line and column before anything else happens. Then
 * every plain `answer` of a kind whose answer is secret (a code lock, a cipher…) is replaced by
 * its salted hash, so the built game never holds an answer in clear.
 * The build stops on any level problem. The dev server serves a file with problems as it is
 * written, so the running game finds and shows the same problems; it tells the open game when a
 * level file changes, so a trainer sees an edit without reloading by hand.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { hashAnswerSpec } from '../src/core/answers';
import { INDEX_FILE } from '../src/core/level/catalogue';
import { GLOSSARY_FILE, parseGlossary } from '../src/core/level/glossary';
import { checkLevel, describeProblem, isWarning, parseLevelIndex, type LevelProblem } from '../src/core/level/loader';
import { readSource } from '../src/core/level/source';
import { puzzleKind } from '../src/puzzles';
import type { GlossaryEntry } from '../src/core/glossary';

/** The custom event the open game listens to, to load the levels again. */
export const LEVELS_CHANGED = 'envol:levels';
/** The JSON Schema for editors sits with the levels, but is no level. */
export const SCHEMA_FILE = 'level.schema.json';

/**
 * Hashes the secret answers of a level's text. A text that is not JSON (or is nested deeper
 * than any level) comes back untouched: the checker, which runs first, reports it.
 */
export function hashLevelAnswers(source: string): string {
  const read = readSource(source);
  if (!read.ok) return source;
  const level = read.source.value;
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
  const read = readSource(published);
  if (!read.ok) return 'not valid JSON';
  const puzzles = (read.source.value as { puzzles?: unknown } | null)?.puzzles;
  if (!Array.isArray(puzzles)) return null;
  const i = puzzles.findIndex((p) => typeof p === 'object' && p !== null && 'answer' in p);
  return i >= 0 ? `puzzles[${i}] keeps its "answer" in clear (is its "kind" spelt right?)` : null;
}

export type Published = { ok: true; text: string; warnings: LevelProblem[] } | { ok: false; problems: LevelProblem[] };

/** A level as the game receives it: checked on its text, then its answers hashed. */
export function publishLevel(file: string, text: string, glossary?: readonly GlossaryEntry[]): Published {
  const problems = checkLevel(file, text, { glossary });
  if (problems.some((p) => !isWarning(p))) return { ok: false, problems };
  return { ok: true, text: hashLevelAnswers(text), warnings: problems };
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

export function levelsPlugin(levelsDir: string): Plugin {
  const nameOf = (full: string) => relative(levelsDir, full).split(sep).join('/');
  return {
    name: 'envol-levels',
    configureServer(server) {
      const say = (problems: LevelProblem[]) => problems.forEach((p) => server.config.logger.warn(`levels/${describeProblem(p)}`));
      server.middlewares.use('/levels/', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[a-z0-9/_.-]+\.json$/.test(path) || path.includes('..')) return next();
        let text: string;
        try {
          text = readFileSync(join(levelsDir, path), 'utf8');
        } catch {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (path === INDEX_FILE || path === SCHEMA_FILE || path === GLOSSARY_FILE) return void res.end(text);
        const published = publishLevel(path, text);
        if (!published.ok) say(published.problems);
        // A level with problems goes out as written: the game's loader finds them again, at the same lines.
        res.end(published.ok ? published.text : text);
      });
      const changed = (full: string) => {
        const file = nameOf(full);
        if (file.startsWith('..') || !file.endsWith('.json')) return;
        server.environments.client.hot.send({ type: 'custom', event: LEVELS_CHANGED, data: { file } });
      };
      server.watcher.add(levelsDir);
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
    generateBundle() {
      const problems: LevelProblem[] = [];
      // The glossary is published as written, and its words are what the levels are checked against.
      const glossaryPath = join(levelsDir, GLOSSARY_FILE);
      const glossaryText = existsSync(glossaryPath) ? readFileSync(glossaryPath, 'utf8') : undefined;
      const glossary = glossaryText === undefined ? undefined : parseGlossary(GLOSSARY_FILE, glossaryText);
      if (glossary && !glossary.ok) problems.push(...glossary.problems);
      if (glossaryText !== undefined) this.emitFile({ type: 'asset', fileName: `levels/${GLOSSARY_FILE}`, source: glossaryText });
      for (const full of jsonFiles(levelsDir)) {
        const name = nameOf(full);
        if (name === SCHEMA_FILE || name === GLOSSARY_FILE) continue;
        const text = readFileSync(full, 'utf8');
        if (name === INDEX_FILE) {
          const index = parseLevelIndex(name, text);
          if (!index.ok) problems.push(...index.problems);
          this.emitFile({ type: 'asset', fileName: `levels/${name}`, source: text });
          continue;
        }
        const published = publishLevel(name, text, glossary?.ok ? glossary.value.terms : undefined);
        if (!published.ok) {
          problems.push(...published.problems.filter((p) => !isWarning(p)));
          continue;
        }
        // The build must never publish an answer: one left in clear (say, under a misspelt kind) stops it too.
        const leak = answerLeft(published.text);
        if (leak) this.error(`levels/${name}: ${leak}; run \`npm run levels:check\` to see the problem`);
        this.emitFile({ type: 'asset', fileName: `levels/${name}`, source: published.text });
      }
      if (problems.length)
        this.error(
          `${problems.length} level ${problems.length === 1 ? 'problem' : 'problems'}; run \`npm run levels:check\`:\n` +
            problems.map((p) => `  levels/${describeProblem(p)}`).join('\n'),
        );
    },
  };
}
