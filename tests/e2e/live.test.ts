/**
 * The live classroom in real Chromium, against the real live server on loopback: a projector and
 * three phones (each its own browser context) join by code in two teams; a vote opens on the
 * dialogue on screen, the team's phones vote, the projector shows the tally, one phone reloads
 * mid-vote and keeps its vote, the majority's choice is played; the phones' self-check reaches
 * the session report, anonymously.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLiveServer, type LiveServer } from '../../server/app';
import { staticFiles } from '../../server/serve';
import { launch, ready, ROOT, shot, watchErrors } from './harness';

const DIST = process.env.ENVOL_DIST ?? join(ROOT, 'dist');
const POLL = { timeout: 15_000 };

let live: LiveServer;
let url = '';
let browser: Browser;

beforeAll(async () => {
  live = await createLiveServer({ handler: staticFiles(DIST) });
  const port = await live.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

async function phone(code: string, name: string, team: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-BE' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}phone.html?code=${code}`);
  await page.getByRole('textbox', { name: 'Ton prénom ou ton surnom' }).fill(name);
  await button(page, team).click();
  await button(page, "C'est moi !").click();
  await expect.poll(() => page.locator('.who').innerText(), POLL).toContain(name);
  return { context, page, errors };
}

describe('a live classroom', () => {
  it('lets three phones join by code in two teams, vote on the screen, keep a vote through a reload, and answer the self-check', async () => {
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await projectorContext.newPage();
    const errors = watchErrors(projector);
    projector.on('dialog', (d) => void d.accept());
    await projector.goto(url);
    await ready(projector);

    // A workshop of two teams on the market level, played in turns.
    await button(projector, 'Préparer un atelier').click();
    await button(projector, /^Retirer Les Hiboux/).click();
    await button(projector, 'Acte 2').click();
    for (const name of [/L'équipe du coworking/, /Le guichet des projets/]) await projector.getByRole('checkbox', { name }).uncheck();
    await button(projector, "Commencer l'atelier").click();
    await button(projector, /^Jouer : /).click();
    await button(projector, "Passer l'introduction").click();
    await expect.poll(() => projector.locator('#panel').innerText(), POLL).toContain('Une interview');

    // L opens the room: the lobby shows the code, the QR code and the address.
    await projector.keyboard.press('l');
    await expect.poll(() => projector.locator('.lobby-code').count(), POLL).toBe(1);
    const code = (await projector.locator('.lobby-code').innerText()).trim();
    expect(code).toMatch(/^[ACDEFHJKMNPRTWXY3479]{5}$/);
    expect(await projector.locator('.lobby svg.qr path').count()).toBe(1);

    const amina = await phone(code, 'Amina', 'Les Renards');
    const bilal = await phone(code, 'Bilal', 'Les Renards');
    const chloe = await phone(code, 'Chloé', 'Les Abeilles');
    await expect.poll(() => projector.locator('.lobby-names li').count(), POLL).toBe(3);
    expect(await projector.locator('.lobby-count').innerText()).toContain('3');
    await shot(projector, 'live-lobby-1920');
    await shot(amina.page, 'live-phone-joined-390');
    await button(projector, 'Cacher le code').click();

    // O opens a vote for the team whose turn it is (the foxes); the bees' phone waits.
    await projector.keyboard.press('o');
    await expect.poll(() => amina.page.locator('.vote .option').count(), POLL).toBe(2);
    await expect.poll(() => chloe.page.locator('.card[role="status"]').innerText(), POLL).toContain('une autre équipe');
    const choice = 'Comment tu viens au centre-ville, d’habitude ?'.replace('’', "'");
    await amina.page.getByRole('button', { name: choice }).click();
    await bilal.page.getByRole('button', { name: /Tu adores le vélo/ }).click();
    await expect.poll(() => projector.locator('.tally-total').innerText(), POLL).toContain('2 vote');
    // Bilal changes his mind, then his phone reloads in the middle of the vote: the vote is kept.
    await bilal.page.getByRole('button', { name: choice }).click();
    await bilal.page.reload();
    await expect.poll(() => bilal.page.getByRole('button', { name: choice }).getAttribute('aria-pressed'), POLL).toBe('true');
    await expect.poll(() => projector.locator('.tally-bars li', { hasText: choice }).innerText(), POLL).toMatch(/2$/);
    expect(await projector.locator('.tally-bars li', { hasText: 'Tu adores le vélo' }).innerText()).toMatch(/0$/);
    expect(await projector.locator('.tally-total').innerText()).toContain('2 vote');
    await shot(projector, 'live-tally-1920');
    await shot(bilal.page, 'live-phone-vote-390');

    // O closes the vote; the room's choice is played on the screen.
    await projector.keyboard.press('o');
    await projector.keyboard.press('t');
    await button(projector, `Jouer : ${choice}`).click();
    await expect.poll(() => projector.locator('.transcript, #panel').first().innerText(), POLL).toMatch(/Toi\s*:\s*Comment tu viens au centre-ville/);

    // The projector reloads: the session comes back paused, and the room with it, the projector its trainer again.
    await projector.reload();
    await ready(projector);
    await expect.poll(() => projector.locator('.pause-curtain').isVisible(), POLL).toBe(true);
    await projector.keyboard.press('p');
    await projector.keyboard.press('t');
    await expect.poll(() => projector.locator('.trainer-phones').innerText(), POLL).toContain('3 téléphone');

    // The self-check, privately on each phone; the report shows the room's spread, without names.
    await button(projector, 'Avant (3 questions)').click();
    // Chloé starts first; her classmates' answers must not redraw her form under her finger.
    const chloeForm = chloe.page.locator('form', { has: chloe.page.locator('input[name="q1"]') });
    await chloe.page.locator('input[name="q1"][value="4"]').check({ force: true });
    await chloeForm.evaluate((form) => Object.assign(form, { started: true }));
    for (const [p, value] of [
      [amina.page, 2],
      [bilal.page, 4],
      [chloe.page, 4],
    ] as const) {
      if (p === chloe.page) expect(await chloeForm.evaluate((form) => 'started' in form)).toBe(true);
      for (const q of [1, 2, 3]) await p.locator(`input[name="q${q}"][value="${value}"]`).check({ force: true });
      await button(p, 'Envoyer').click();
    }
    for (const p of [amina.page, bilal.page, chloe.page])
      await expect.poll(() => p.locator('#phone').innerText(), POLL).toContain('Tes réponses sont envoyées');
    await expect.poll(() => projector.locator('.trainer-phones').innerText(), POLL).toContain('3 réponse');
    await button(projector, "Clore l'auto-évaluation").click();
    // Closed: the room's answers are in, and the panel offers a new self-check.
    await button(projector, 'Avant (3 questions)').waitFor();
    await projector.keyboard.press('e');
    await expect.poll(() => projector.locator('#panel').innerText(), POLL).toContain("Rapport de l'atelier");
    const spread = await projector.locator('.room-self-check tbody tr').first().innerText();
    expect(spread).toContain('2: 1');
    expect(spread).toContain('4: 2');
    expect(await projector.locator('.session-report').innerText()).not.toContain('Amina');
    expect(await projector.locator('.debrief-script').innerText()).toContain('Comment tu viens au centre-ville');

    // The room is closed with the session: the phones are told.
    await expect.poll(() => amina.page.locator('#phone').innerText(), POLL).toContain('La salle est fermée');
    expect([...errors, ...amina.errors, ...bilal.errors, ...chloe.errors]).toEqual([]);
    for (const c of [amina, bilal, chloe]) await c.context.close();
    await projectorContext.close();
  });
});
