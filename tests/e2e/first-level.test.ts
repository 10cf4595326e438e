/**
 * The first level, played end to end with the keyboard alone, in the production build:
 * title → self-check → city → archive room → code lock → debrief → city, then a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusedName, horizontalOverflow, ready, shot, tabTo, useGame, watchErrors } from './harness';

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
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*\(ouvert\)/ }).count()).toBe(1);
    const locked = await page.locator('.place-button[aria-disabled="true"]').count();
    expect(locked).toBeGreaterThanOrEqual(2);
    await tabTo(page, /Les archives.*\(ouvert\)/);
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
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*\(terminé\)/ }).count()).toBe(1);

    // Reload: the title offers to continue, and the archive is still done.
    await page.reload();
    await ready(page);
    await expect.poll(() => page.getByRole('button', { name: 'Continuer' }).count()).toBe(1);
    await tabTo(page, 'Continuer');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('La ville');
    await expect.poll(() => page.getByRole('button', { name: /Les archives.*\(terminé\)/ }).count()).toBe(1);
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
    await page.getByRole('button', { name: /Les archives.*\(ouvert\)/ }).tap();
    await page.getByRole('button', { name: 'Suivant' }).tap();
    await page.getByRole('button', { name: "C'est parti !" }).tap();
    await page.getByRole('button', { name: 'Étagère de livres' }).tap();
    await page.getByRole('button', { name: 'Fermer (Échap)' }).tap();
    await page.getByRole('button', { name: 'Tiroir à fiches' }).tap();
    await expect.poll(() => panelText(page)).toContain('Vélos Dupont');
    await shot(page, 'room-390x844');
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Armoire à code' }).tap();
    for (const d of '1952') await page.locator('.keypad').getByRole('button', { name: d, exact: true }).tap();
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
