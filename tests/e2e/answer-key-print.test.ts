/**
 * The trainer's answer key printed by Chromium, as a trainer would print it: A4 pages, each
 * level from a new page, text at 11 pt or more, nothing wider than the paper. No build needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runAnswerKey } from '../../scripts/answer-key/cli';
import { launch, ROOT } from './harness';

const POINTS_PER_PX = 0.75;

describe('the answer key on paper', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'envol-answer-key-'));
    const out = join(dir, 'answer-key.html');
    const quiet = { out: () => {}, error: (line: string) => console.error(line) };
    expect(await runAnswerKey(['act-1', '-o', out], { root: ROOT, cwd: ROOT }, quiet)).toBe(0);
    browser = await launch();
    page = await browser.newPage();
    await page.goto(pathToFileURL(out).href);
    await page.emulateMedia({ media: 'print' });
    pdf = await page.pdf({ preferCSSPageSize: true });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints on A4, a cover then each level from a page of its own', async () => {
    const text = pdf.toString('latin1');
    const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(3);
    // A4 is 210 × 297 mm: 595 × 842 points.
    for (const [w, h] of sizes) expect([w, h]).toEqual([595, 842]);
    const levels = await page.locator('section.level').count();
    expect(levels).toBe(3);
    expect(await page.locator('section.level').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore))).toEqual(['page', 'page', 'page']);
    expect(sizes.length, 'pages').toBeGreaterThanOrEqual(1 + levels);
  });

  it('reads at 11 pt or more, and nothing runs off the paper', async () => {
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.line, .said, .prompt, .facts p, .hints li, .note, .effects')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes) * POINTS_PER_PX).toBeGreaterThanOrEqual(11);
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize)) * POINTS_PER_PX).toBeGreaterThanOrEqual(11);
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(tooWide).toEqual([]);
  });
});
