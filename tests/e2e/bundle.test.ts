/**
 * The title's JavaScript stays small, so the first screen comes quickly on a phone or an old
 * school PC: Phaser, the world's art and howler come as chunks of their own, after it. The
 * offline cache (Workbox's precache, in sw.js) still keeps every chunk. Reads the build (`npm run build` first), no browser.
 */
import { describe, expect, it } from 'vitest';
import { distExists, distFiles, looksLikeHowler, looksLikePhaser, phaserChunks, readDist, sizeOf, titleScripts } from './bundle';

/** The files Workbox's worker keeps, as written in its precache manifest. */
function precached(): { url: string; revision: string | null }[] {
  const list = /precacheAndRoute\((\[.*?\]),\{/.exec(readDist('sw.js'))?.[1];
  if (!list) throw new Error('sw.js has no precache manifest');
  return JSON.parse(list.replace(/(\{|,)(url|revision):/g, '$1"$2":')) as { url: string; revision: string | null }[];
}

/** The first screen's JS, gzipped: the title needs only the store, the save and the strings. */
const TITLE_JS_GZIP_BUDGET = 80_000;

describe.runIf(distExists())("the title's JavaScript", () => {
  const title = titleScripts();

  it(`stays under ${TITLE_JS_GZIP_BUDGET / 1000} KB gzipped`, () => {
    const { raw, gzip } = sizeOf(title);
    console.info(`[bundle] title JS: ${title.join(', ')}: ${(raw / 1000).toFixed(1)} KB, ${(gzip / 1000).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(TITLE_JS_GZIP_BUDGET);
  });

  it('holds no Phaser and no howler: they load after the title', () => {
    for (const file of title) {
      const code = readDist(file);
      expect(looksLikePhaser(code), `${file} carries Phaser`).toBe(false);
      expect(looksLikeHowler(code), `${file} carries howler`).toBe(false);
    }
  });

  it('(canary) the build does have Phaser chunks, which the title asks for by name', () => {
    // Phaser comes in parts, evaluated one task each (src/scenes/phaserParts/).
    const chunks = phaserChunks();
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const name = chunk.split('/').pop()!;
      expect(title.some((file) => readDist(file).includes(`./${name}`))).toBe(true);
      expect(title).not.toContain(chunk);
    }
  });

  it('is all in the offline cache, with every other file the game loads later', () => {
    const kept = precached();
    const urls = kept.map((entry) => entry.url);
    // The worker and Workbox's runtime are the cache itself; a browser with a worker reads WOFF2, never the WOFF fallback.
    const files = distFiles().filter((f) => !['sw.js', 'sw-old-cache.js'].includes(f) && !/^workbox-[\w-]+\.js$/.test(f) && !f.endsWith('.woff'));
    expect(files.filter((f) => f.startsWith('assets/') && f.endsWith('.js')).length).toBeGreaterThan(1);
    expect(files.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^levels\/.+\.json$/.test(f)).length).toBeGreaterThan(1);
    expect([...urls].sort()).toEqual(files.sort());
    for (const chunk of phaserChunks()) expect(urls).toContain(chunk);
    // A file whose name does not change with its bytes carries a revision, so an update replaces it.
    for (const entry of kept) if (!entry.url.startsWith('assets/')) expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/);
    const size = sizeOf(urls);
    console.info(`[bundle] offline cache: ${urls.length} files, ${(size.raw / 1000).toFixed(1)} KB`);
  });

  it("lets the live classroom's addresses through to the server", () => {
    const worker = readDist('sw.js');
    expect(worker).toContain('createHandlerBoundToURL("index.html")');
    expect(worker).toMatch(/denylist:\[\/\^\\\/live/);
    // A new version waits for the player (src/ui/update.ts): the worker only skips waiting when asked.
    expect(worker).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
  });
});
