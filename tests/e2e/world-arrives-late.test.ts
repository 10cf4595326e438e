/**
 * On a slow line the title does not wait for Phaser: its buttons work while the world's chunk
 * is still on its way, and the world, once there, shows the screen the player has reached.
 * The chunk is held back by the test itself (not a fixed delay), so the check cannot race it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phaserChunks, titleScripts } from './bundle';
import { blankPage, holdBack, playToCity, ready, screenshotPixels, shot, useGame } from './harness';

const game = useGame();

/** The stage as the player sees it (a screenshot, whatever drew it), at an eighth of its size. */
async function stagePixels(page: Page): Promise<number[]> {
  return (await screenshotPixels(page, await page.locator('#game canvas').screenshot(), 1 / 8)).pixels;
}

/**
 * The page paints above and below the world in the colours of the world's own edges: the colours
 * it says (`--world-top`, `--world-bottom`) against the picture's corners as drawn (a plain sky,
 * wall or grass there), within a little of each other.
 */
async function expectEdgesMatchTheWorld(page: Page): Promise<void> {
  const { width, height, pixels } = await screenshotPixels(page, await page.locator('#game canvas').screenshot());
  const rgb = (p: number) => [(p >> 16) & 255, (p >> 8) & 255, p & 255];
  const said = await page.evaluate(() =>
    ['--world-top', '--world-bottom'].map((name) => {
      const hex = getComputedStyle(document.getElementById('game')!).getPropertyValue(name).trim();
      return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    }),
  );
  const found = { top: rgb(pixels[width + 4]!), bottom: rgb(pixels[(height - 2) * width + 4]!), saidTop: said[0]!, saidBottom: said[1]! };
  for (const [drawn, said] of [
    [found.top, found.saidTop],
    [found.bottom, found.saidBottom],
  ] as const)
    drawn.forEach((channel, i) => expect(Math.abs(channel - said[i]!), `${drawn} against ${said}`).toBeLessThan(8));
}

/** Share of pixels that differ clearly between two looks at the stage. */
function changed(a: number[], b: number[]): number {
  const channel = (p: number, shift: number) => (p >> shift) & 255;
  return a.filter((p, i) => [16, 8, 0].reduce((sum, s) => sum + Math.abs(channel(p, s) - channel(b[i]!, s)), 0) > 60).length / a.length;
}

/** The language toggle works both ways on the title. */
async function toggleLanguage(page: Page): Promise<void> {
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('button', { name: /Français/ }).click();
  await page.getByRole('button', { name: 'Jouer', exact: true }).waitFor();
}

/** Title, self-check, city: the city map is a view of its own, unlike the title's. */
async function reachCity(page: Page): Promise<void> {
  await playToCity(page);
  await expect.poll(() => page.getByRole('button', { name: /Les archives.*ouvert/ }).count()).toBe(1);
}

/** The stage once the world has settled (it redraws for half a second after a change), pointer away. */
async function settledStage(page: Page): Promise<number[]> {
  await page.mouse.move(2, 2);
  await page.waitForTimeout(700);
  return stagePixels(page);
}

describe('the world arrives after the title', () => {
  it('lets the player use the title before Phaser is there, then draws the screen reached', async () => {
    const chunks = phaserChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const { context, page, errors } = await blankPage(game.browser, { width: 1280, height: 720 });
    const phaser = await holdBack(page, (url) => chunks.some((chunk) => url.pathname.endsWith(`/${chunk}`)));
    try {
      await page.goto(game.url);
      await page.getByRole('button', { name: 'Jouer', exact: true }).waitFor();
      // Phaser is asked for once the title is drawn, and the title does not wait for it.
      await expect.poll(() => phaser.asked.length).toBeGreaterThan(0);
      expect(await page.locator('#splash').count()).toBe(0);
      await toggleLanguage(page);
      await reachCity(page);
      expect(phaser.answered, 'the world was still held back while the player played').toBe(0);
      expect(await page.locator('#game canvas').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();

      phaser.release();
      await ready(page);
      expect(['webgl', 'canvas']).toContain(await page.evaluate(() => document.documentElement.dataset.renderer));
      expect(await page.locator('#game canvas').count()).toBe(1);
      const late = await settledStage(page);
      await shot(page, 'world-arrived-late-1280x720');

      // The same steps with the world there from the start: the late world draws the city too, not the title.
      const prompt = await context.newPage();
      await prompt.addInitScript(() => localStorage.clear());
      await prompt.goto(game.url);
      await ready(prompt);
      const title = await settledStage(prompt);
      await expectEdgesMatchTheWorld(prompt);
      await reachCity(prompt);
      const city = await settledStage(prompt);
      await expectEdgesMatchTheWorld(prompt);
      expect(changed(title, city), '(canary) the city is drawn unlike the title').toBeGreaterThan(0.1);
      expect(changed(late, city)).toBeLessThan(0.02);
      expect(errors).toEqual([]);
    } finally {
      phaser.release();
      await context.close();
    }
  });

  it("draws the title before the game's own code is there; a button pressed meanwhile shows the wait, then is done", async () => {
    const title = new Set(titleScripts());
    const { context, page, errors } = await blankPage(game.browser, { width: 390, height: 844 });
    // Every script the title does not need (the game's machines and levels checker, Phaser, howler) waits for the test.
    const scripts = await holdBack(
      page,
      (url) => url.pathname.endsWith('.js') && url.pathname.includes('/assets/') && !title.has(url.pathname.slice(url.pathname.indexOf('assets/'))),
    );
    try {
      await page.goto(game.url);
      await page.getByRole('button', { name: 'Jouer', exact: true }).waitFor();
      await expect.poll(() => scripts.asked.length).toBeGreaterThan(1);
      // Everything the title offers without the game works at once: the language, the text size.
      await toggleLanguage(page);
      await page.getByRole('button', { name: 'Grand texte' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
      // Play is answered at once, and after a moment a bar shows the wait.
      await page.getByRole('button', { name: 'Jouer', exact: true }).click();
      const bar = page.getByRole('progressbar', { name: 'Le jeu se prépare…' });
      await bar.waitFor();
      await expect.poll(() => bar.isVisible()).toBe(true);
      await shot(page, 'title-waits-for-the-game-390x844');
      expect(await page.locator('input[name="q1"]').count()).toBe(0);

      scripts.release();
      // The game arrives and does what was asked: the journey starts, at its first question.
      await page.locator('input[name="q1"]').first().waitFor();
      expect(await bar.count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
      expect(errors).toEqual([]);
    } finally {
      scripts.release();
      await context.close();
    }
  });
});
