/**
 * Rules of the code base that a reviewer should not have to check by eye:
 * the core stays pure, the DOM layer never pulls Phaser in, nothing writes HTML from strings,
 * and both languages say everything.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CORE = join(SRC, 'core');
const UI = join(SRC, 'ui');
const SCENES = join(SRC, 'scenes');
const WORLD = join(SRC, 'world');
const LOCALES = join(SRC, 'locales');
const PUZZLES = join(SRC, 'puzzles');
/** A kind's view (and its CSS): DOM code that the pure core must never load. */
const isKindView = (path: string) => path.startsWith(PUZZLES + sep) && /[\\/]view(\.ts|\.css)?$/.test(path);

const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

const CODE_EXTS = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.mts', '.cts'] as const;

/**
 * Splits source into code without comments (`code`) and code without comments nor the inside
 * of string and template literals (`bare`), so a word in a comment or a string ('window' as
 * a prop name) is not taken for a use. Regex literals are kept in `code` and blanked in `bare`.
 */
function scan(source: string): { code: string; bare: string } {
  let code = '';
  let bare = '';
  let i = 0;
  const n = source.length;
  const lastSignificant = () => {
    const m = /(\S+)\s*$/.exec(bare);
    return m ? m[1]! : '';
  };
  const regexCanStart = () => {
    const prev = lastSignificant();
    if (prev === '') return true;
    if (/(^|[^\w$])(return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(prev)) return true;
    return /[(,=:[!&|?{};+\-*%<>~^]$/.test(prev);
  };
  const both = (s: string) => {
    code += s;
    bare += s;
  };
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      // Keep line breaks so line numbers still match.
      const lines = source.slice(i, stop).replace(/[^\n]/g, '');
      both(lines || ' ');
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let depth = 0;
      while (j < n) {
        const d = source[j]!;
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (c === '`' && d === '$' && source[j + 1] === '{') depth++;
        else if (c === '`' && d === '}' && depth > 0) depth--;
        else if (d === c && depth === 0) break;
        j++;
      }
      const literal = source.slice(i, j + 1);
      code += literal;
      bare += c + literal.slice(1, -1).replace(/[^\n]/g, ' ') + c;
      i = j + 1;
      continue;
    }
    if (c === '/' && regexCanStart()) {
      let j = i + 1;
      let inClass = false;
      while (j < n && source[j] !== '\n') {
        const d = source[j]!;
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      while (j + 1 < n && /[a-z]/i.test(source[j + 1]!)) j++;
      const literal = source.slice(i, j + 1);
      code += literal;
      bare += literal.replace(/[^\n]/g, ' ');
      i = j + 1;
      continue;
    }
    both(c);
    i++;
  }
  return { code, bare };
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function importsOf(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?(['"])([^'"]+)\1/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+[\w$]+)?\s+from\s+(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"`])([^'"`]+)\1/g,
    /\brequire\s*\(\s*(['"`])([^'"`]+)\1/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[2]!);
  return out;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

const coreFiles = filesUnder(CORE, CODE_EXTS);
const srcFiles = filesUnder(SRC, CODE_EXTS);
const scanned = new Map(srcFiles.map((f) => [f, scan(readFileSync(f, 'utf8'))]));

/** Uses of browser globals in a file, as "file:line uses name". */
function browserGlobalsIn(file: string): string[] {
  const { bare } = scanned.get(file)!;
  const out: string[] = [];
  for (const m of bare.matchAll(/(?<![\w$.])(document|window|localStorage|sessionStorage)\b/g)) out.push(`${rel(file)}:${lineOf(bare, m.index)} uses ${m[1]}`);
  for (const m of bare.matchAll(/\bglobalThis\s*\.\s*(document|window|localStorage|sessionStorage)\b/g))
    out.push(`${rel(file)}:${lineOf(bare, m.index)} uses globalThis.${m[1]}`);
  return out;
}

describe('the scanner used by these rules', () => {
  it('ignores words in comments and strings, sees real uses', () => {
    const { bare } = scan(
      [
        "// window.alert('x')",
        '/* document.body */',
        "const prop = 'window';",
        'const t = `localStorage ${ 1 + 1 } text`;',
        'const re = /document/g;',
        'const half = a / b / c;',
        'window.scrollTo(0, 0);',
      ].join('\n'),
    );
    expect(bare).not.toMatch(/\bdocument\b|\blocalStorage\b/);
    expect(bare.match(/\bwindow\b/g)).toHaveLength(1);
    expect(bare).toContain('a / b / c');
  });

  it('finds every kind of import', () => {
    const { code } = scan(
      [
        "import Phaser from 'phaser';",
        "import type { X } from '../ui/x';",
        "import '../audio/sound';",
        "export { y } from '../scenes/y';",
        "export * from './z';",
        "const h = await import('howler');",
        "// import nope from 'commented-out';",
      ].join('\n'),
    );
    expect(importsOf(code).sort()).toEqual(['../audio/sound', '../scenes/y', '../ui/x', './z', 'howler', 'phaser']);
  });
});

describe('src/core stays pure', () => {
  it('has files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  const FORBIDDEN_PACKAGES = ['phaser', 'howler'];
  const FORBIDDEN_DIRS = ['ui', 'scenes', 'audio'].map((d) => join(SRC, d));

  it('imports no phaser, howler, ui, scenes or audio', () => {
    const offences: string[] = [];
    for (const file of coreFiles) {
      for (const spec of importsOf(scanned.get(file)!.code)) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (FORBIDDEN_PACKAGES.includes(pkg)) offences.push(`${rel(file)} imports "${spec}"`);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (FORBIDDEN_DIRS.some((d) => target === d || target.startsWith(d + sep))) offences.push(`${rel(file)} imports "${spec}"`);
          // The level schema and machines are built from the kinds' logic; a kind's view stays out.
          else if (isKindView(target)) offences.push(`${rel(file)} imports "${spec}", a puzzle view`);
          else if (!(target === CORE || target.startsWith(CORE + sep) || target.startsWith(PUZZLES + sep) || target === PUZZLES))
            offences.push(`${rel(file)} imports "${spec}", outside src/core and the puzzle kinds' logic`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('uses no document, window or localStorage', () => {
    expect(coreFiles.flatMap(browserGlobalsIn)).toEqual([]);
  });

  it('(canary) the same check does see the DOM code of src/ui', () => {
    const uiFiles = srcFiles.filter((f) => f.startsWith(join(SRC, 'ui') + sep));
    expect(uiFiles.flatMap(browserGlobalsIn).length).toBeGreaterThan(0);
  });

  it('(canary) the word "window" as a prop name in fields.ts is not taken for a use', () => {
    const schema = join(CORE, 'level', 'fields.ts');
    expect(scanned.get(schema)!.code).toContain("'window'");
    expect(browserGlobalsIn(schema)).toEqual([]);
  });
});

/** The package a bare specifier names: `phaser/src/x` → `phaser`, `@scope/pkg/x` → `@scope/pkg`. */
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

const isUnder = (dir: string) => (path: string) => path === dir || path.startsWith(dir + sep);

/**
 * Resolves a relative import the way the bundler does for these sources: the path itself
 * (a .css or .json file, a `?url` asset), else with a code extension, else its folder's index.
 */
function resolveImport(from: string, spec: string, isFile: (path: string) => boolean): string | null {
  const target = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [target, ...CODE_EXTS.map((e) => target + e), ...CODE_EXTS.map((e) => join(target, `index${e}`))];
  return candidates.find(isFile) ?? null;
}

interface ImportGraph {
  /** The specifiers a file imports; only code files are read, other files are leaves. */
  importsOf(file: string): string[];
  isFile(path: string): boolean;
}

const diskGraph: ImportGraph = {
  importsOf: (file) => {
    if (!CODE_EXTS.some((e) => file.endsWith(e))) return [];
    const known = scanned.get(file);
    return importsOf(known ? known.code : scan(readFileSync(file, 'utf8')).code);
  },
  isFile: (path) => existsSync(path) && statSync(path).isFile(),
};

/**
 * Everything the entry files load, following relative imports from file to file: each module
 * reached with the chain of imports that led to it, each package with the file that named it,
 * and the relative imports that led nowhere (a blind spot, reported rather than skipped).
 */
function reach(entries: readonly string[], graph: ImportGraph) {
  const chainTo = new Map<string, string[]>(entries.map((f) => [f, [f]]));
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chainTo.get(file)!;
    for (const spec of graph.importsOf(file)) {
      if (!spec.startsWith('.')) {
        const pkg = packageOf(spec);
        if (!packages.has(pkg)) packages.set(pkg, chain);
        continue;
      }
      const target = resolveImport(file, spec, graph.isFile);
      if (target === null) unresolved.push(`${rel(file)} imports "${spec}"`);
      else if (!chainTo.has(target)) {
        chainTo.set(target, [...chain, target]);
        queue.push(target);
      }
    }
  }
  return { chainTo, packages, unresolved };
}

/** Modules under src/scenes and the 'phaser' package that the entries reach, each with its chain. */
function phaserReachedFrom(entries: readonly string[], graph: ImportGraph = diskGraph): string[] {
  const { chainTo, packages } = reach(entries, graph);
  const show = (chain: string[]) => chain.map(rel).join(' → ');
  const scenes = [...chainTo].filter(([file]) => isUnder(SCENES)(file)).map(([, chain]) => show(chain));
  const phaser = packages.has('phaser') ? [`${show(packages.get('phaser')!)} → 'phaser'`] : [];
  return [...scenes, ...phaser];
}

describe('src/ui never pulls Phaser in (it runs, and is tested, without it)', () => {
  const uiFiles = srcFiles.filter(isUnder(UI));

  it('has files to check', () => {
    expect(uiFiles.length).toBeGreaterThan(10);
  });

  // Type-only imports count too: a view type kept in a scene file still ties the DOM layer to Phaser.
  it('no file under src/ui imports src/scenes or phaser, directly or through the files it imports', () => {
    expect(phaserReachedFrom(uiFiles)).toEqual([]);
  });

  it('every relative import reached from src/ui resolves to a file (no blind spot in the check above)', () => {
    expect(reach(uiFiles, diskGraph).unresolved).toEqual([]);
  });

  it('(canary) the walk crosses folders: from src/ui it reaches the store, the world view and the journey wiring', () => {
    const { chainTo } = reach(uiFiles, diskGraph);
    for (const file of ['core/store.ts', 'core/journeyActor.ts', 'world/view.ts', 'world/decor.ts']) expect(chainTo.has(join(SRC, file)), file).toBe(true);
  });

  it('(canary) the same check sees Phaser behind the boot file, two imports deep', () => {
    const found = phaserReachedFrom([join(SRC, 'main.ts')]);
    expect(found).toContain('src/main.ts → src/scenes/createWorld.ts');
    expect(found.some((line) => line.endsWith("→ 'phaser'"))).toBe(true);
  });

  it('(canary) it follows type imports, re-exports and dynamic imports, and names the chain', () => {
    const files: Record<string, string> = {
      'ui/a.ts': "import type { B } from './b';\nimport './a.css';",
      'ui/a.css': '',
      'ui/b.ts': "export { c } from '../world';",
      'world/index.ts': "const d = await import('../scenes/d');",
      'scenes/d.ts': "import Phaser from 'phaser';",
    };
    const graph: ImportGraph = {
      importsOf: (file) => importsOf(scan(files[relative(SRC, file).split(sep).join('/')] ?? '').code),
      isFile: (path) => relative(SRC, path).split(sep).join('/') in files,
    };
    expect(phaserReachedFrom([join(SRC, 'ui/a.ts')], graph)).toEqual([
      'src/ui/a.ts → src/ui/b.ts → src/world/index.ts → src/scenes/d.ts',
      "src/ui/a.ts → src/ui/b.ts → src/world/index.ts → src/scenes/d.ts → 'phaser'",
    ]);
    expect(reach([join(SRC, 'ui/a.ts')], { ...graph, importsOf: () => ['./missing'] }).unresolved).toEqual(['src/ui/a.ts imports "./missing"']);
  });
});

describe('src/world describes the world without drawing it', () => {
  const worldFiles = srcFiles.filter(isUnder(WORLD));

  it('has files to check', () => {
    expect(worldFiles.length).toBeGreaterThan(0);
  });

  it('imports only src/core and src/world (no phaser, no howler, no ui, no scenes, no audio)', () => {
    const offences: string[] = [];
    for (const file of worldFiles)
      for (const spec of importsOf(scanned.get(file)!.code)) {
        if (!spec.startsWith('.')) offences.push(`${rel(file)} imports "${spec}"`);
        else if (!isUnder(CORE)(resolve(dirname(file), spec)) && !isUnder(WORLD)(resolve(dirname(file), spec))) offences.push(`${rel(file)} imports "${spec}"`);
      }
    expect(offences).toEqual([]);
  });

  it('uses no document, window or localStorage', () => {
    expect(worldFiles.flatMap(browserGlobalsIn)).toEqual([]);
  });
});

describe('no HTML from strings anywhere in src', () => {
  it('has files to check', () => {
    expect(srcFiles.length).toBeGreaterThan(coreFiles.length);
  });

  it('uses no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const offences: string[] = [];
    for (const file of srcFiles) {
      // Strings are kept here: el['innerHTML'] is still a use.
      const { code } = scanned.get(file)!;
      for (const m of code.matchAll(/\b(innerHTML|outerHTML|insertAdjacentHTML)\b|\bdocument\s*\.\s*(writeln|write)\b/g)) {
        offences.push(`${rel(file)}:${lineOf(code, m.index)} uses ${m[1] ?? `document.${m[2]}`}`);
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('locales', () => {
  const LANG_DIRS = ['fr', 'en'];
  const jsonIn = (lang: string) => filesUnder(join(LOCALES, lang), ['.json']).map((f) => relative(join(LOCALES, lang), f));
  const read = (lang: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8'));
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

  it('fr and en have the same files', () => {
    expect(jsonIn('fr').length).toBeGreaterThan(0);
    expect(jsonIn('en')).toEqual(jsonIn('fr'));
  });

  it('every file is a flat object of strings', () => {
    for (const lang of LANG_DIRS)
      for (const file of jsonIn(lang)) {
        const dict = read(lang, file);
        expect(typeof dict === 'object' && dict !== null && !Array.isArray(dict), `${lang}/${file}`).toBe(true);
        const notStrings = Object.entries(dict)
          .filter(([, v]) => typeof v !== 'string')
          .map(([k]) => `${lang}/${file}: ${k}`);
        expect(notStrings).toEqual([]);
      }
  });

  it('each file has the same keys in fr and en', () => {
    for (const file of jsonIn('fr')) {
      const fr = Object.keys(read('fr', file)).sort();
      const en = Object.keys(read('en', file)).sort();
      expect({ file, missingInEn: fr.filter((k) => !en.includes(k)), missingInFr: en.filter((k) => !fr.includes(k)) }).toEqual({
        file,
        missingInEn: [],
        missingInFr: [],
      });
    }
  });

  it('no empty (or blank) string', () => {
    const empty: string[] = [];
    for (const lang of LANG_DIRS)
      for (const file of jsonIn(lang))
        for (const [k, v] of Object.entries(read(lang, file))) if (typeof v === 'string' && v.trim() === '') empty.push(`${lang}/${file}: ${k}`);
    expect(empty).toEqual([]);
  });

  it('a translation keeps the same {placeholders}', () => {
    const mismatches: string[] = [];
    for (const file of jsonIn('fr')) {
      const fr = read('fr', file);
      const en = read('en', file);
      for (const [k, v] of Object.entries(fr)) {
        const other = en[k];
        if (typeof v !== 'string' || typeof other !== 'string') continue;
        if (placeholders(v).join() !== placeholders(other).join()) mismatches.push(`${file}: ${k} fr {${placeholders(v)}} en {${placeholders(other)}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('no key is defined in two files of one language (they are merged into one dictionary)', () => {
    for (const lang of LANG_DIRS) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const file of jsonIn(lang))
        for (const k of Object.keys(read(lang, file))) {
          const first = owner.get(k);
          if (first) clashes.push(`${lang}: "${k}" in ${first} and ${file}`);
          else owner.set(k, file);
        }
      expect(clashes).toEqual([]);
    }
  });
});
