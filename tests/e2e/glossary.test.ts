/**
 * Glossary words in the production build: a word of the archive's intro opens its definition
 * in place by touch and by keyboard, closes with a second tap or Escape, and the debrief lists
 * the words met in the level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, focusedName, openGame, playToCity, shot, tabTo, useGame } from './harness';

const game = useGame();
const POLL = { timeout: 10_000 };

const glossary = JSON.parse(readFileSync(join(ROOT, 'levels', 'glossary.json'), 'utf8')) as { terms: { id: string; definition: { fr: string } }[] };
const definition = glossary.terms.find((t) => t.id === 'entrepreneur')!.definition.fr;

async function openArchive(page: Page): Promise<void> {
  await playToCity(page);
  await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
  await expect.poll(() => page.locator('.intro .line').innerText(), POLL).toContain('entreprendre');
}

const word = (page: Page, scope = '.intro .line') => page.locator(`${scope} button.gloss-word`, { hasText: 'entreprendre' });
const boxText = (page: Page) => page.locator('.gloss-box').allInnerTexts();

describe('glossary words', () => {
  it('open their definition by touch, and close with a second tap', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await openArchive(page);
    await word(page).tap();
    await expect.poll(() => boxText(page), POLL).toEqual([expect.stringContaining(definition)]);
    expect(await word(page).getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'glossary-open-390x844');
    await word(page).tap();
    await expect.poll(() => page.locator('.gloss-box').count(), POLL).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('open by keyboard, close with Escape, and the debrief lists the words met', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url);
    await openArchive(page);
    await tabTo(page, 'entreprendre');
    await page.keyboard.press('Enter');
    await expect.poll(() => boxText(page), POLL).toEqual([expect.stringContaining(definition)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.gloss-box').count(), POLL).toBe(0);
    expect(await focusedName(page)).toBe('entreprendre');
    // Closed, the line reads whole: the word stays in its sentence.
    expect(await page.locator('.intro .line').innerText()).toContain('qui ont osé entreprendre.');

    // Through the room to the lock, and on to the debrief.
    await page.getByRole('button', { name: "Passer l'introduction" }).click();
    await page.getByRole('button', { name: 'Armoire à code' }).click();
    await page.getByRole('textbox', { name: 'Code à 4 chiffres' }).fill('1952');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => page.locator('.debrief .gloss-list').innerText(), POLL).toContain('entreprendre');
    await word(page, '.debrief .gloss-list').click();
    await expect.poll(() => boxText(page), POLL).toEqual([expect.stringContaining(definition)]);
    await shot(page, 'glossary-debrief-1280x720');
    expect(errors).toEqual([]);
    await close();
  });
});
