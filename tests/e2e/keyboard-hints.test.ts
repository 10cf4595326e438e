/**
 * Keyboard hints ("Tab puis Entrée", "Échap pour revenir") are for keyboard users: shown once
 * the player moves with the keys, hidden after a tap or a click.
 */
import { describe, expect, it } from 'vitest';
import { playToCity, ready, useGame } from './harness';
import { t } from './locale';

const game = useGame();

describe('keyboard hints', () => {
  it('shows "Tab then Enter" in the room and "Escape" in a puzzle to a keyboard user only', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(game.url);
    await ready(page);
    await playToCity(page);
    await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
    await page.getByRole('button', { name: t('level.skipIntro') }).click();
    const hint = page.locator('.key-hint').filter({ hasText: t('keys.room') });
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(() => hint.isVisible()).toBe(true);
    // A click hides it, and lands where it was aimed: the page does not move between press and release.
    await page.getByRole('button', { name: t('level.hint', { n: 1 }) }).click();
    await expect.poll(() => page.locator('.hint-list').innerText()).toContain(t('level.hintTier.1'));
    await expect.poll(() => hint.isVisible()).toBe(false);

    // In a puzzle: "Escape to go back to the room", for keyboard users too.
    await page.getByRole('button', { name: 'Armoire à code' }).click();
    const back = page.locator('.key-hint').filter({ hasText: t('keys.puzzle') });
    await expect.poll(() => back.count()).toBe(1);
    expect(await back.isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(() => back.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await context.close();
  });
});
