/**
 * The game as an offline app: once visited it reloads and plays without the network, and a new
 * version of the game, published while a learner plays, waits until they are between levels,
 * where a notice offers it; taking it reloads the page into the new version.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { playToCity, ready, serveDist, useGame, watchErrors } from './harness';
import { DIST, distExists } from './bundle';

/**
 * Serves the build as it is, or as the next version: the same files, but index.html marked and
 * its revision changed in the worker's precache manifest, as a new build would publish them.
 */
async function serveVersions(): Promise<{ url: string; publishNext(): void; close(): Promise<void> }> {
  let next = false;
  const served = await serveDist((file, body) => {
    if (next && file === join(DIST, 'index.html')) return body.toString('utf8').replace('</head>', '<meta name="envol-version" content="next" /></head>');
    if (next && file === join(DIST, 'sw.js')) return body.toString('utf8').replace(/(\{url:"index\.html",revision:")([0-9a-f]+)"/, '$1$2-next"');
    return body;
  });
  return { ...served, publishNext: () => void (next = true) };
}

const panelText = (page: Page) => page.locator('#panel').innerText();
const updateNotice = (page: Page) => page.getByRole('status').filter({ hasText: "Une nouvelle version d'Envol est prête." });

/** Resolves once the service worker controls the page: from then on, the page's files come from its cache. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** From the city: the archive level, past its opening dialogue. */
async function enterArchive(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
  await expect.poll(() => panelText(page)).toContain('Lison');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: "C'est parti !" }).click();
}

describe.runIf(distExists())('the offline app', () => {
  const game = useGame(serveVersions);

  /** A fresh browser profile on the game, once its worker controls the page. */
  async function openControlled() {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);
    await controlled(page);
    return { context, page, errors };
  }

  it('reloads and plays offline after a first visit, the phone page too; the live server stays out of its cache', async () => {
    const { context, page, errors } = await openControlled();
    // The live classroom's addresses are the server's: no page of the game answers for them.
    const matchmake = await page.evaluate(async () => (await fetch('live/matchmake/joinOrCreate/class', { method: 'POST', body: '{}' })).status);
    expect(matchmake).toBe(404);
    const liveNavigation = await context.newPage();
    const response = await liveNavigation.goto(`${game.url}live/room`);
    expect(response?.status()).toBe(404);
    expect(response?.fromServiceWorker()).toBe(false);
    await liveNavigation.close();

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await playToCity(page);
    await enterArchive(page);
    await expect.poll(() => page.getByRole('button', { name: 'Retour à la ville' }).count()).toBe(1);

    // A phone that once joined finds its page again, whatever room its link names.
    const phone = await context.newPage();
    await phone.goto(`${game.url}phone.html?room=abc`);
    // Its script ran too: it names the page in the browser's language.
    await expect.poll(() => phone.title()).toBe('Envol · In class');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a new version between levels, never in one, and reloads into it when asked', async () => {
    const { context, page, errors } = await openControlled();
    await playToCity(page);
    await enterArchive(page);
    await page.evaluate(() => ((window as unknown as { envolMarker: number }).envolMarker = 1));
    // What the worker Envol had before Workbox left on a device: the new version's worker clears it.
    await page.evaluate(() => caches.open('envol-0123456789ab'));

    game.server.publishNext();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 15_000 }).toBe(true);
    // The new version is there and waits: in the level, no offer, no reload.
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Un indice (1/3)' }).click();
    expect(await updateNotice(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { envolMarker?: number }).envolMarker)).toBe(1);

    await page.getByRole('button', { name: 'Retour à la ville' }).click();
    await expect.poll(() => updateNotice(page).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { envolMarker?: number }).envolMarker)).toBe(1);
    // Back in a level, the offer waits again.
    await page.getByRole('button', { name: /Les archives/ }).click();
    await expect.poll(() => updateNotice(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Retour à la ville' }).click();
    await expect.poll(() => updateNotice(page).count()).toBe(1);

    await Promise.all([page.waitForEvent('load'), updateNotice(page).getByRole('button', { name: 'Mettre à jour' }).click()]);
    await ready(page);
    expect(await page.evaluate(() => (window as unknown as { envolMarker?: number }).envolMarker)).toBeUndefined();
    expect(await page.locator('meta[name="envol-version"]').getAttribute('content')).toBe('next');
    await expect.poll(() => page.evaluate(() => caches.has('envol-0123456789ab'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
