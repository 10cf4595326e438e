/**
 * What the build (dist/, or ENVOL_DIST) sends a browser, read from its files: the title's own
 * JavaScript (the entry chunk and what it imports statically) and the chunks fetched later.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './harness';

export const DIST = process.env.ENVOL_DIST ?? join(ROOT, 'dist');

export const distExists = () => existsSync(join(DIST, 'index.html'));

export const readDist = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** Files the built game is made of, relative to dist/ (sw.js aside: it lists them). */
export function distFiles(dir = ''): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? distFiles(path) : [path];
  });
}

/** Strings only Phaser's code carries (its version table and its banner's link), whatever the minifier renamed. */
export const looksLikePhaser = (code: string) => code.includes('LOG_VERSION') || code.includes('https://phaser.io');
/** Howler's own field names. */
export const looksLikeHowler = (code: string) => code.includes('_html5AudioPool');

/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`: what must load before the module runs. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g;

/** The title's JavaScript: the entry script of index.html, its modulepreloads and their static imports, as dist/ paths. */
export function titleScripts(): string[] {
  const html = readDist('index.html');
  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [entry, ...preloads];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of readDist(file).matchAll(STATIC_IMPORT)) queue.push(dir + m[1]!.slice(2));
  }
  return [...seen];
}

export function sizeOf(files: readonly string[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(DIST, file));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/** The JavaScript files that carry Phaser (the world's chunk), as dist/ paths. */
export const phaserChunks = () => distFiles('assets').filter((f) => f.endsWith('.js') && looksLikePhaser(readDist(f)));
