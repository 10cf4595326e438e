/**
 * A puzzle kind is one folder: nothing outside it knows the kind's name, no kind leans on
 * another, and the seams between a level and its puzzles are typed, not cast.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { levelMachine } from '../../src/core/machines/level';
import { isActorOf } from '../../src/core/puzzle';
import { PUZZLE_KINDS } from '../../src/puzzles';
import { codeLock as codeLockKind } from '../../src/puzzles/code-lock';
import { codeLock, levelData, loadLevel } from './support/levels';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const PUZZLES = join(SRC, 'puzzles');
/** A kind's unit tests, in a folder that mirrors the kind's: src/ holds only what the game ships and plays. */
const KIND_TESTS = join(ROOT, 'tests', 'puzzles');
const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|css|json)$/.test(name) ? [path] : [];
  });
}

/** Code without comments, so a kind named in a comment ("unlike a quiz…") is not a switch. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const sourceFiles = filesUnder(SRC).filter((f) => f.endsWith('.ts'));
const kindFolders = readdirSync(PUZZLES).filter((name) => statSync(join(PUZZLES, name)).isDirectory());
const kindNames = PUZZLE_KINDS.map((k) => k.kind);
const folderOf = (file: string): string | null => {
  const r = relative(PUZZLES, file);
  return r.startsWith('..') || !r.includes(sep) ? null : r.split(sep)[0]!;
};

/**
 * A kind's name written as a string in code: `'code-lock'`, `"quiz"`, `` `sort` ``; not a
 * field looked up by name (`Room['hotspots']` is the room's list of hotspots, not the kind).
 */
function kindNamesIn(code: string): string[] {
  return kindNames.filter((name) => new RegExp(`(?<!\\[)(['"\`])${name}\\1`).test(code));
}

describe('puzzle kinds are folders', () => {
  it('every kind in the list has its folder, named after it, and every folder is in the list', () => {
    expect([...kindFolders].sort()).toEqual([...kindNames].sort());
    expect(kindNames.length).toBeGreaterThanOrEqual(10);
  });

  it('every folder holds the whole kind: schema, machine, view, strings in both languages and solver; its tests mirror it', () => {
    const missing = kindFolders.flatMap((kind) => [
      ...['index.ts', 'schema.ts', 'machine.ts', 'view.ts', 'locales/fr.json', 'locales/en.json', 'solver.ts']
        .filter((file) => !sourceFilesAndJson.has(join(PUZZLES, kind, file)))
        .map((file) => `src/puzzles/${kind}/${file}`),
      ...(existsSync(join(KIND_TESTS, kind, 'machine.test.ts')) ? [] : [`tests/puzzles/${kind}/machine.test.ts`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("no file outside a kind's folder switches on the kind's name", () => {
    const offences = sourceFiles
      .filter((file) => folderOf(file) === null)
      .flatMap((file) => kindNamesIn(withoutComments(readFileSync(file, 'utf8'))).map((name) => `${rel(file)} names "${name}"`));
    expect(offences).toEqual([]);
  });

  it('(canary) the search above sees a kind named in code', () => {
    expect(kindNamesIn("if (p.kind === 'hotspots') return;")).toEqual(['hotspots']);
    expect(kindNamesIn("type Hotspot = Room['hotspots'][number];")).toEqual([]);
    expect(kindNamesIn('// a quiz, unlike "quiz" in a comment'.replace(/\/\/.*$/, ''))).toEqual([]);
  });

  it("no kind's folder imports another kind's folder", () => {
    const offences: string[] = [];
    for (const file of sourceFiles) {
      const own = folderOf(file);
      if (!own) continue;
      for (const [, spec] of withoutComments(readFileSync(file, 'utf8')).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        if (!spec!.startsWith('.')) continue;
        const target = resolve(dirname(file), spec!);
        const other = folderOf(join(target, 'x'));
        if (target === PUZZLES || (other && other !== own && (target + sep).startsWith(join(PUZZLES, other) + sep)))
          offences.push(`${rel(file)} imports "${spec}"`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("a kind's logic (schema, machine, checks) touches no DOM, so the loader, the build and the server can use it", () => {
    const offences = sourceFiles
      .filter((file) => folderOf(file) && /[/\\](index|schema|machine)\.ts$/.test(file))
      .flatMap((file) => {
        const code = withoutComments(readFileSync(file, 'utf8'));
        const bad = [/\bdocument\./, /\bwindow\./, /from '[^']*\/ui\//, /from '[^']*\/scenes\//, /\.css'/, /from 'phaser'/].filter((re) => re.test(code));
        return bad.map((re) => `${rel(file)} matches ${re}`);
      });
    expect(offences).toEqual([]);
  });
});

describe('every kind speaks French and English, and says nothing it has no words for', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const dictionary = (kind: string, lang: string): Record<string, string> => JSON.parse(readFileSync(join(PUZZLES, kind, 'locales', `${lang}.json`), 'utf8'));

  it.each(kindFolders)("%s: the same keys in both languages, with the same {placeholders}, all under the kind's prefix", (kind) => {
    const fr = dictionary(kind, 'fr');
    const en = dictionary(kind, 'en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      expect(fr[key], `${kind} fr ${key}`).not.toBe('');
      expect(placeholders(en[key]!), `${kind} ${key}`).toEqual(placeholders(fr[key]!));
    }
    const prefixes = new Set(Object.keys(fr).map((k) => k.split('.')[0]));
    expect(prefixes.size, `${kind} keys share one prefix: ${[...prefixes].join(', ')}`).toBe(1);
  });

  it.each(kindFolders)('%s: every message key its machine and view name exists', (kind) => {
    const fr = dictionary(kind, 'fr');
    const prefix = Object.keys(fr)[0]!.split('.')[0]!;
    const code = ['machine.ts', 'view.ts'].map((f) => withoutComments(readFileSync(join(PUZZLES, kind, f), 'utf8'))).join('\n');
    const named = [...code.matchAll(new RegExp(`['"\`](${prefix}\\.[\\w.]+)['"\`]`, 'g'))].map((m) => m[1]!);
    const plural = (key: string) => `${key}.one` in fr && `${key}.other` in fr;
    expect(named.filter((key) => !(key in fr) && !plural(key))).toEqual([]);
  });
});

describe('the seams are typed, not cast', () => {
  const CASTS = [/\bas unknown as\b/, /\bas never\b/, /\bAnyActorRef\b/];

  it('no `as unknown as`, `as never` or `AnyActorRef` anywhere in src/', () => {
    const offences = sourceFiles.flatMap((file) => {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      return lines.flatMap((line, i) => CASTS.filter((re) => re.test(line)).map((re) => `${rel(file)}:${i + 1} ${re}`));
    });
    expect(offences).toEqual([]);
  });

  it('(canary) the search above sees a cast', () => {
    expect(CASTS.some((re) => re.test('const x = y as unknown as Z;'))).toBe(true);
  });
});

describe('a running puzzle is known by its kind', () => {
  it("the level spawns the machine of the puzzle's kind, and a view of that kind (only) recognises it", () => {
    const level = loadLevel(levelData({ puzzles: [codeLock('lock', '12')] }));
    const actor = createActor(levelMachine, { input: { level, flags: {} } }).start();
    actor.send({ type: 'intro.next' });
    const ref = actor.getSnapshot().context.puzzleRef!;
    expect(ref).toBeTruthy();
    const own = codeLockKind;
    expect(isActorOf(ref, own)).toBe(true);
    const recognising = PUZZLE_KINDS.map((k): { kind: string; machine: AnyStateMachine } => k).filter((k) => isActorOf(ref, k));
    expect(recognising.map((k) => k.kind)).toEqual(['code-lock']);
    // The narrowing gives the kind's own snapshot: the code lock's puzzle, with its length.
    if (isActorOf(ref, own)) expect(ref.getSnapshot().context.puzzle.length).toBe(2);
  });
});

const sourceFilesAndJson = new Set(filesUnder(SRC));
