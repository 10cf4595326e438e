/**
 * The levels come act by act. A new journey starts as soon as the first act is in, and the later
 * acts join the running game; a button that needs a later act (continue, a workshop) waits for it,
 * with the bar, then does what was asked. The later acts' files are held back by the test itself
 * (not a fixed delay), so the checks cannot race them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { blankPage, holdBack, playToCity, ready, ROOT, saveWith, shot, useGame, type HeldBack } from './harness';

const game = useGame();
/** A file dropped once is asked for again a second later: the polls after a release wait longer than that. */
const POLL = { timeout: 10_000 };

const index = JSON.parse(readFileSync(join(ROOT, 'levels', 'index.json'), 'utf8')) as { levels: string[] };
const levelsOf = (act: number): string[] =>
  index.levels
    .filter((file) => file.startsWith(`act-${act}/`))
    .map((file) => (JSON.parse(readFileSync(join(ROOT, 'levels', file), 'utf8')) as { id: string }).id);

/** Holds back the level files of these acts until `release`; those in `dropOnce` fail once, as on a connection that drops. */
const holdActs = (page: Page, acts: number[], dropOnce: string[] = []): Promise<HeldBack> =>
  holdBack(page, (url) => acts.some((act) => url.pathname.includes(`/levels/act-${act}/`)), dropOnce);
/** The level files asked for, as the index names them. */
const levelFiles = (held: HeldBack): string[] => held.asked.map((path) => path.replace(/^.*\/levels\//, ''));

const cityTitle = (page: Page) => page.locator('#screen-title').innerText();
const waitBar = (page: Page) => page.getByRole('progressbar', { name: 'Le jeu se prépare…' });

describe('the levels come act by act', () => {
  it('a new journey starts with the first act; the later acts join it, and a button that needs them waits', async () => {
    const { context, page, errors } = await blankPage(game.browser, { width: 1280, height: 720 });
    const acts = await holdActs(page, [2, 3]);
    try {
      await page.goto(game.url);
      await playToCity(page);
      await expect.poll(() => page.getByRole('button', { name: /^Les archives · .*ouvert/ }).count()).toBe(1);
      // The second act was asked for once the first was in; the third waits for the second.
      expect(levelFiles(acts).sort()).toEqual(index.levels.filter((file) => file.startsWith('act-2/')).sort());
      // The later places say their level is on its way; the journey counts every place all the same.
      await page.getByRole('button', { name: 'Le marché, en route…' }).click({ force: true });
      await expect.poll(() => page.locator('#why-market').innerText()).toBe('Le marché : le niveau arrive dans un instant.');
      // The same words in a bubble on the map, whole, though the market stands near its edge.
      await page.locator('#overlay .world-button.place').nth(3).click();
      await expect.poll(() => page.locator('#overlay .map-note').innerText()).toBe('Le marché : le niveau arrive dans un instant.');
      const [note, map] = await Promise.all([page.locator('#overlay .map-note').boundingBox(), page.locator('#game').boundingBox()]);
      expect(note!.x).toBeGreaterThanOrEqual(map!.x);
      expect(note!.x + note!.width).toBeLessThanOrEqual(map!.x + map!.width + 1);
      expect(await page.locator('.city-screen .progress').innerText()).toMatch(/sur 9$/);
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
      await shot(page, 'acts-on-their-way-1280x720');

      // Back on the title, "continue" needs every act: it waits, with the bar, and takes the player on once they are in.
      await page.getByRole('button', { name: 'Menu principal' }).click();
      await page.getByRole('button', { name: 'Continuer', exact: true }).click();
      await expect.poll(() => waitBar(page).isVisible()).toBe(true);
      expect(await cityTitle(page)).toBe('Envol');

      acts.release();
      await expect.poll(() => cityTitle(page), POLL).toBe('La ville');
      expect(await waitBar(page).count()).toBe(0);
      await page.getByRole('button', { name: /^Le marché · .*, fermé pour l'instant$/ }).waitFor();
      await page.getByRole('button', { name: /^Le vieux charbonnage · .*, fermé pour l'instant$/ }).waitFor();
      expect(levelFiles(acts).filter((file) => file.startsWith('act-3/'))).toHaveLength(levelsOf(3).length);
      await ready(page);
      expect(errors).toEqual([]);
    } finally {
      acts.release();
      await context.close();
    }
  });

  it('a returning player in the last act presses continue at once: the title waits for that act, then opens the city there', async () => {
    const { context, page, errors } = await blankPage(game.browser, { width: 390, height: 844 });
    await page.addInitScript((text) => localStorage.setItem('envol.save', text), saveWith([...levelsOf(1), ...levelsOf(2)]));
    // The belfry's file is lost once on the way: it is asked for again.
    const acts = await holdActs(page, [3], ['act-3/belfry.json']);
    try {
      await page.goto(game.url);
      await page.getByRole('button', { name: 'Continuer', exact: true }).click();
      await expect.poll(() => waitBar(page).isVisible()).toBe(true);
      await shot(page, 'continue-waits-for-the-last-act-390x844');
      expect(await cityTitle(page)).toBe('Envol');

      acts.release();
      await expect.poll(() => cityTitle(page), POLL).toBe('La ville');
      // Where the player left off: the last act's first place, open and marked.
      await page.getByRole('button', { name: /^Le beffroi · .*, ouvert · Tu es ici$/ }).waitFor();
      expect(await page.locator('.city-screen .progress').innerText()).toMatch(/^6 .* sur 9$/);
      expect(levelFiles(acts).filter((file) => file === 'act-3/belfry.json')).toHaveLength(2);
      await ready(page);
      expect(errors).toEqual([]);
    } finally {
      acts.release();
      await context.close();
    }
  });

  it('a workshop kept in the browser, in the second act, comes back whole though Play was pressed before that act was in', async () => {
    const { context, page, errors } = await blankPage(game.browser, { width: 1280, height: 720 });
    try {
      // A trainer runs a workshop on the second act and is in its first level when the page is reloaded.
      await page.goto(game.url);
      await ready(page);
      await page.getByRole('button', { name: 'Préparer un atelier' }).click();
      await page.getByRole('button', { name: 'Acte 2', exact: true }).click();
      await page.getByRole('button', { name: "Commencer l'atelier" }).click();
      await page.getByRole('button', { name: /^Jouer : / }).click();
      await page.getByRole('button', { name: "Passer l'introduction" }).click();
      const stage = () => page.evaluate(() => (JSON.parse(localStorage.getItem('envol.workshop') ?? '{}') as { stage?: string }).stage);
      await expect.poll(stage, POLL).toBe('level');

      // The learner's save is gone (a shared PC cleared between learners): the title offers "Jouer", not "Continuer".
      await page.evaluate(() => localStorage.removeItem('envol.save'));
      const acts = await holdActs(page, [2, 3]);
      await page.reload();
      // Nothing says a workshop is kept before the game is here: "Jouer" is pressed at once. The game waits for every act.
      await page.getByRole('button', { name: 'Jouer', exact: true }).click();
      await expect.poll(() => waitBar(page).isVisible()).toBe(true);
      acts.release();
      // The session comes back paused, in its level, with nothing lost.
      await expect.poll(() => page.locator('.pause-curtain').isVisible(), POLL).toBe(true);
      expect(await stage()).toBe('level');
      await page.keyboard.press('p');
      await expect.poll(() => page.locator('.turn-banner').count()).toBe(1);
      expect(await stage()).toBe('level');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
