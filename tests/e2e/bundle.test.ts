/**
 * The title's JavaScript stays small, so the first screen comes quickly on a phone or an old
 * school PC: Phaser, the world's art and howler come as chunks of their own, after it. The
 * offline cache still keeps every chunk. Reads the build (`npm run build` first), no browser.
 */
import { describe, expect, it } from 'vitest';
import { distExists, distFiles, looksLikeHowler, looksLikePhaser, phaserChunks, readDist, sizeOf, titleScripts } from './bundle';

/** The budget ("A screen that works in class and on a phone"): the first screen's JS, gzipped. */
const TITLE_JS_GZIP_BUDGET = 300_000;

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

  it('(canary) the build does have a Phaser chunk, which the title asks for by name', () => {
    const chunks = phaserChunks();
    expect(chunks).toHaveLength(1);
    const name = chunks[0]!.split('/').pop()!;
    expect(title.some((file) => readDist(file).includes(`./${name}`))).toBe(true);
    expect(title).not.toContain(chunks[0]);
  });

  it('is all in the offline cache, with every other file the game loads later', () => {
    const listed = JSON.parse(/const FILES = (\[.*\]);/.exec(readDist('sw.js'))?.[1] ?? '[]') as string[];
    const files = distFiles().filter((f) => f !== 'sw.js');
    expect(files.filter((f) => f.startsWith('assets/') && f.endsWith('.js')).length).toBeGreaterThan(1);
    expect(listed.filter((f) => f !== './').sort()).toEqual(files.sort());
  });
});
