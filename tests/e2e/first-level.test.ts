/**
 * The first level, played end to end with the keyboard alone, in the production build:
 * title → self-check → city → archive room → code lock → debrief → city, then a reload.
 * Then the clues: a card read in the room is read again from the notebook, beside the lock;
 * the finale's cipher keeps a half-typed answer and puts its decoded message in the notebook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, focusedName, horizontalOverflow, openGame, playToCity, ready, shot, tabTo, useGame, watchErrors, type OpenGame } from './harness';
import { t } from './locale';

const game = useGame();

async function answerSelfCheck(page: Page, values: [number, number, number]): Promise<void> {
  for (const v of values) {
    await tabTo(page, '1 sur 5');
    for (let i = 1; i < v; i++) await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, 'Valider');
  await page.keyboard.press('Enter');
}

const panelText = (page: Page) => page.locator('#panel').innerText();

describe('the archive, with the keyboard alone', () => {
  it('plays the whole level to the debrief, and the progress survives a reload', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);

    await tabTo(page, 'Jouer');
    await page.keyboard.press('Enter');
    await answerSelfCheck(page, [2, 3, 4]);

    // City: only the first place is open; the others say they are locked.
    await expect.poll(() => panelText(page)).toContain('La ville');
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*ouvert/ }).count()).toBe(1);
    const locked = await page.locator('.place-button[aria-disabled="true"]').count();
    expect(locked).toBeGreaterThanOrEqual(2);
    await tabTo(page, /Les archives.*ouvert/);
    await page.keyboard.press('Enter');

    // Intro: the next action has the focus.
    await expect.poll(() => panelText(page)).toContain('Lison');
    expect(await focusedName(page)).toBe('Suivant');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe("C'est parti !");
    await page.keyboard.press('Enter');

    // The drawer is locked until the key is found.
    await tabTo(page, 'Tiroir à fiches');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('Le tiroir est fermé à clé');

    await tabTo(page, 'Étagère de livres');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('petite clé en laiton');
    await expect.poll(() => page.locator('.inventory').innerText()).toContain('Petite clé en laiton');
    await page.keyboard.press('Escape');

    await tabTo(page, 'Affiche au mur');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('toute première boutique');
    await page.keyboard.press('Escape');

    await tabTo(page, 'Tiroir à fiches');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('Vélos Dupont');
    await shot(page, 'room-1280x720');
    await page.keyboard.press('Escape');

    // The hint button opens the first tier.
    await tabTo(page, 'Un indice (1/3)');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('Coup de pouce');

    await tabTo(page, 'Armoire à code');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('Quelle année ouvre');
    await tabTo(page, 'Code à 4 chiffres');
    await page.keyboard.type('1955');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.feedback.wrong').innerText()).toContain("Ce n'est pas le bon code");
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1952');
    await page.keyboard.press('Enter');

    await expect.poll(() => panelText(page)).toContain("L'armoire s'ouvre");
    expect(await focusedName(page)).toBe('Continuer');
    await page.keyboard.press('Enter');

    await expect.poll(() => panelText(page)).toContain('Compétences entraînées');
    const debrief = await panelText(page);
    expect(debrief).toContain('Repérer les opportunités');
    expect(debrief).toContain('À discuter');
    expect(debrief).toContain('Nadia');
    // One nudge was opened: two stars, not three.
    await expect.poll(() => page.getByLabel('2 étoiles sur 3').count()).toBe(1);
    await shot(page, 'debrief-1280x720');
    expect(await horizontalOverflow(page)).toEqual([]);

    await tabTo(page, 'Retour à la ville');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('1 lieu terminé sur');
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*terminé/ }).count()).toBe(1);

    // Reload: the title offers to continue, and the archive is still done.
    await page.reload();
    await ready(page);
    await expect.poll(() => page.getByRole('button', { name: 'Continuer' }).count()).toBe(1);
    await tabTo(page, 'Continuer');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('La ville');
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*terminé/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays on a phone in portrait by touch, with nothing cut off', async () => {
    const context = await game.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);
    await shot(page, 'title-390x844');
    await page.getByRole('button', { name: 'Jouer' }).tap();
    for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="4"]`).tap();
    await page.getByRole('button', { name: 'Valider' }).tap();
    await shot(page, 'city-390x844');
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).tap();
    await page.getByRole('button', { name: 'Suivant' }).tap();
    await page.getByRole('button', { name: "C'est parti !" }).tap();
    await page.getByRole('button', { name: 'Étagère de livres' }).tap();
    await page.getByRole('button', { name: 'Fermer (Échap)' }).tap();
    await page.getByRole('button', { name: 'Tiroir à fiches' }).tap();
    await expect.poll(() => panelText(page)).toContain('Vélos Dupont');
    await shot(page, 'room-390x844');
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Armoire à code' }).tap();
    for (const d of '19') await page.locator('.keypad').getByRole('button', { name: d, exact: true }).tap();
    // The cards, read again by touch beside the lock; the digits typed so far stay.
    await page.getByRole('button', { name: t('notebook.open', { title: 'Tiroir à fiches' }) }).tap();
    await expect.poll(() => page.locator('.notebook .reading').innerText()).toContain('Vélos Dupont');
    await page.getByRole('button', { name: t('level.close'), exact: true }).tap();
    await expect.poll(() => page.locator('.notebook .reading').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Code à 4 chiffres' }).inputValue()).toBe('19');
    for (const d of '52') await page.locator('.keypad').getByRole('button', { name: d, exact: true }).tap();
    await page.getByRole('button', { name: 'Essayer ce code' }).tap();
    await page.getByRole('button', { name: 'Continuer' }).tap();
    await expect.poll(() => panelText(page)).toContain('Compétences entraînées');
    await shot(page, 'debrief-390x844');
    expect(await horizontalOverflow(page)).toEqual([]);
    // Three stars: no hint was opened.
    await expect.poll(() => page.getByLabel('3 étoiles sur 3').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('clues that can be read again', () => {
  async function atCity(): Promise<OpenGame> {
    const opened = await openGame(game.browser, game.url);
    await playToCity(opened.page);
    return opened;
  }
  const notebook = (page: Page) => page.getByRole('region', { name: t('notebook.title') });
  const clue = (page: Page, title: string) => notebook(page).getByRole('button', { name: t('notebook.open', { title }) });

  it('a card read in the room is read again from the notebook inside the lock, by keyboard, and after the lock opened', async () => {
    const { page, errors, close } = await atCity();
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
    await page.getByRole('button', { name: "Passer l'introduction" }).click();
    await expect.poll(() => notebook(page).innerText()).toContain(t('notebook.empty'));
    for (const spot of ['Étagère de livres', 'Affiche au mur', 'Tiroir à fiches']) {
      await page.locator('#overlay').getByRole('button', { name: spot, exact: true }).click();
      await expect.poll(() => page.locator('#reading-title').innerText()).toBe(spot);
      await page.keyboard.press('Escape');
    }
    // In the order found.
    expect(await notebook(page).getByRole('listitem').allInnerTexts()).toEqual(['Étagère de livres', 'Affiche au mur', 'Tiroir à fiches']);

    await page.locator('#overlay').getByRole('button', { name: 'Armoire à code', exact: true }).click();
    await expect.poll(() => page.locator('#puzzle-title').innerText()).toBe("L'armoire à code");
    await page.getByRole('textbox', { name: 'Code à 4 chiffres' }).click();
    await page.keyboard.type('19');
    // Keyboard: Tab to the card in the notebook, Enter opens it and puts the focus on it.
    await tabTo(page, t('notebook.open', { title: 'Tiroir à fiches' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notebook .reading .card-text').innerText()).toContain('3 ans avant la boulangerie');
    await expect.poll(() => focusedName(page)).toBe('Tiroir à fiches');
    expect(await page.locator('#puzzle-title').innerText()).toBe("L'armoire à code");
    await shot(page, 'notebook-beside-lock-1280x720');
    // Escape closes the card, not the lock; the focus goes back to the card's button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reading').count()).toBe(0);
    expect(await focusedName(page)).toBe(t('notebook.open', { title: 'Tiroir à fiches' }));
    expect(await page.locator('#puzzle-title').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Code à 4 chiffres' }).inputValue()).toBe('19');

    // Back in the room, then the lock again: the cards are all still there.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.level-screen.state-exploring').count()).toBe(1);
    await clue(page, 'Affiche au mur').click();
    await expect.poll(() => page.locator('.reading .card-text').innerText()).toContain('toute première boutique');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toBe(t('notebook.open', { title: 'Affiche au mur' }));
    expect(errors).toEqual([]);
    await close();
  });

  it("the finale's cipher keeps a half-typed answer through a wheel turn and a hint; the whole message is no mistake; the decoded message stays in the notebook", async () => {
    const { page, errors, close } = await atCity();
    // The finale, loaded as a trainer's file, so it opens without playing the whole journey first.
    const mine = JSON.parse(readFileSync(join(ROOT, 'levels', 'act-3', 'mine.json'), 'utf8'));
    mine.id = 'finale-test';
    mine.title = { fr: 'Finale de test', en: 'Test finale' };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: t('trainer.load') }).click()]);
    await chooser.setFiles({ name: 'finale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.getByRole('button', { name: t('trainer.play', { title: 'Finale de test' }) }).click();
    await page.getByRole('button', { name: "Passer l'introduction" }).click();
    await page.locator('#overlay').getByRole('button', { name: 'Vieux tableau noir', exact: true }).click();

    const frame = page.locator('.puzzle-frame');
    const answer = frame.getByRole('textbox', { name: t('cipher.answer') });
    const feedback = frame.locator('.puzzle .feedback');
    await answer.click();
    await page.keyboard.type('VOY');
    await frame.getByRole('button', { name: t('cipher.turnRight') }).click();
    await expect.poll(() => frame.locator('.wheel-shift').innerText()).toContain(t('cipher.shift', { n: 1 }));
    expect(await answer.inputValue(), 'a wheel turn keeps the draft').toBe('VOY');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.locator('.cipher-text.decoded').innerText()).toBe("LE CODE SUIT L'ORDRE DE TON VOYAGE");
    expect(await answer.inputValue()).toBe('VOY');
    await frame.getByRole('button', { name: t('level.hint', { n: 1 }) }).click();
    await expect.poll(() => frame.locator('.hint-list li').count()).toBe(1);
    expect(await answer.inputValue(), 'a hint keeps the draft').toBe('VOY');

    // The whole decoded message: reading done, not a mistake; the message asks for one word.
    await answer.fill("Le code suit l'ordre de ton voyage");
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback.innerText()).toBe(t('cipher.wholeMessage'));
    expect(await feedback.getAttribute('class')).toContain('info');
    await answer.fill('voyage');
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.count()).toBe(0);

    // Back in the room: the decoded message is in the notebook, to read again.
    await clue(page, 'Le message du chef mineur').click();
    await expect.poll(() => page.locator('.reading .card-text').innerText()).toBe("LE CODE SUIT L'ORDRE DE TON VOYAGE");
    expect(await focusedName(page)).toBe('Le message du chef mineur');
    expect(errors).toEqual([]);
    await close();
  });
});
