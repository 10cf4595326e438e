/**
 * A corpus of broken level files, one mistake each, with the problem a trainer must see: its
 * field, its line, a piece of its message and whether it stops the level. The command line and
 * the game's loader must say the same thing, at the same place, for every one.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblem, isWarning, parseLevel, type LevelProblem } from '../../src/core/level/loader';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'tests', 'fixtures', 'levels', 'broken');
const MANIFEST = 'expected.json';

interface Expected {
  file: string;
  mistake: string;
  field: string;
  line: number;
  severity: 'error' | 'warning';
  /** A piece of the English message; the French one must be there too. */
  fragment: string;
}

const expected = JSON.parse(readFileSync(join(DIR, MANIFEST), 'utf8')) as Expected[];
const path = (file: string) => relative(ROOT, join(DIR, file)).split('\\').join('/');

function problemsOf(file: string): { loaded: boolean; problems: LevelProblem[] } {
  const result = parseLevel(path(file), readFileSync(join(DIR, file), 'utf8'));
  return result.ok ? { loaded: true, problems: result.warnings ?? [] } : { loaded: false, problems: result.problems };
}

describe('the corpus of broken levels', () => {
  it('holds at least 30 files, each described once in the manifest', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== MANIFEST);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(expected.map((e) => e.file).sort()).toEqual(files.sort());
  });

  it.each(expected)('$file ($mistake): "$fragment" on $field, line $line', (e) => {
    const { loaded, problems } = problemsOf(e.file);
    expect(loaded, 'a warning alone lets the level load; an error stops it').toBe(e.severity === 'warning');
    const found = problems.find((p) => p.field === e.field && p.message.en.includes(e.fragment));
    expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(found!.line).toBe(e.line);
    expect(found!.column).toBeGreaterThanOrEqual(1);
    expect(isWarning(found!)).toBe(e.severity === 'warning');
    expect(found!.message.fr.length).toBeGreaterThan(10);
    expect(found!.message.fr).not.toBe(found!.message.en);
  });

  it('the command line prints exactly what the loader finds, file by file, line and column included', () => {
    const files = expected.map((e) => path(e.file));
    let out = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/levels-check.ts', ...files], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect.fail('levels:check should exit 1 on these files');
    } catch (error) {
      const failed = error as { status?: number; stderr?: string };
      expect(failed.status).toBe(1);
      out = failed.stderr ?? '';
    }
    const printed = out.split('\n').filter(Boolean).sort();
    const fromLoader = expected.flatMap((e) => problemsOf(e.file).problems.map((p) => describeProblem(p))).sort();
    expect(printed).toEqual(fromLoader);
  }, 30_000);
});
