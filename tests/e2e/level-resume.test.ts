/**
 * A level is saved as it is played: in the archive, with the key taken, a card read and the
 * code cabinet open with a hint and a wrong code, a reload then "Continuer" opens the same
 * puzzle as it was left; "Retour à la ville" then walking back in keeps it too.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, playToCity, ready, useGame } from './harness';

const game = useGame();

const panelText = (page: Page) => page.locator('#panel').innerText();

/** The cabinet as it was left: its question, the first hint shown, the second still to ask; the key and the card kept. */
async function expectCabinetAsLeft(page: Page): Promise<void> {
  await expect.poll(() => panelText(page)).toContain('Quelle année ouvre');
  await expect.poll(() => page.locator('.hint-list').innerText()).toContain('Le code est une année.');
  expect(await page.locator('.hint-list li').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Un indice (2/3)' }).count()).toBe(1);
  expect(await page.locator('.notebook').innerText()).toContain('Tiroir à fiches');
  expect(await page.locator('.notebook').innerText()).toContain('Étagère de livres');
}

describe('a level left half-way', () => {
  it('comes back as it was left after a reload ("Continuer") and after a walk to the city', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url);
    await playToCity(page);
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: "C'est parti !" }).click();

    await page.getByRole('button', { name: 'Étagère de livres' }).click();
    await expect.poll(() => page.locator('.inventory').innerText()).toContain('Petite clé en laiton');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tiroir à fiches' }).click();
    await expect.poll(() => panelText(page)).toContain('Vélos Dupont');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Armoire à code' }).click();
    await expect.poll(() => panelText(page)).toContain('Quelle année ouvre');
    await page.getByRole('button', { name: 'Un indice (1/3)' }).click();
    await page.getByLabel('Code à 4 chiffres').fill('1955');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.feedback.wrong').innerText()).toContain("Ce n'est pas le bon code");
    await expectCabinetAsLeft(page);

    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expectCabinetAsLeft(page);
    // The wrong code counts once: the lock remembers it was tried.
    await page.getByLabel('Code à 4 chiffres').fill('1955');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain('1955');
    await expect.poll(() => page.locator('.feedback').innerText()).not.toContain("Ce n'est pas le bon code");
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.inventory').innerText()).toContain('Petite clé en laiton');
    await page.getByRole('button', { name: 'Armoire à code' }).click();
    await expectCabinetAsLeft(page);

    await page.getByRole('button', { name: 'Retour à la ville' }).click();
    await expect.poll(() => panelText(page)).toContain('La ville');
    await page.getByRole('button', { name: /Les archives/ }).click();
    await expectCabinetAsLeft(page);
    // Nothing was lost: back in the room the key is still held, and the cabinet opens with the right year.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.inventory').innerText()).toContain('Petite clé en laiton');
    await page.getByRole('button', { name: 'Armoire à code' }).click();
    await page.getByLabel('Code à 4 chiffres').fill('1952');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelText(page)).toContain("L'armoire s'ouvre");
    expect(errors).toEqual([]);
    await close();
  });
});
