/**
 * The level editor as a trainer without a code editor uses it: a new level from the room template
 * (a key, a locked drawer, a code lock), a hotspot placed by dragging it on the scene, the problem
 * the checker shows fixed from its link, the level played to its debrief, and the downloaded file
 * passing `npm run levels:check`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { violations } from './a11y';
import { openGame, ROOT, shot, useGame } from './harness';

const game = useGame();
const POLL = { timeout: 10_000 };
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
const field = (page: Page, path: string) => page.locator(`.level-form [data-field="${path}"]`).first();

describe('the level editor', () => {
  it('builds a room from its template, places a hotspot by dragging, fixes what the checker shows, plays it and downloads a file that passes the checker', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    await button(page, 'Créer ou modifier un niveau').click();
    await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe('Atelier des niveaux');
    await page.getByLabel('Partir de…').selectOption({ label: 'Salle : une clé, un tiroir fermé et un cadenas' });
    await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();

    // The template leaves the code to choose: the checker says so, and its link leads to the field.
    const problems = page.locator('.editor-problems');
    await expect.poll(() => problems.innerText(), POLL).toContain('puzzles[0].answer');
    await problems.getByRole('button', { name: /puzzles\[0\]\.answer/ }).click();
    const answer = field(page, 'puzzles[0].answer');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('puzzles[0].answer');
    await answer.locator('input').fill('1987');
    await expect.poll(() => problems.innerText(), POLL).toContain('Aucun problème');

    // The shelf is dragged 20 % of the scene to the right: its x follows.
    const shelf = page.locator('.editor-hotspot[data-hotspot="etagere"]');
    const stage = (await page.locator('#overlay').boundingBox())!;
    const box = (await shelf.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + stage.width * 0.2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => field(page, 'room.hotspots[0].x').locator('input').inputValue(), POLL).toBe('30');
    await shot(page, 'editor-1280');
    expect.soft((await violations(page)).join('\n'), 'axe on the editor').toBe('');

    // "Essayer": the level plays at once, to its debrief; then back to the editor.
    await button(page, 'Essayer').click();
    await button(page, "C'est parti !").click();
    await button(page, 'Étagère').click();
    await page.keyboard.press('Escape');
    await button(page, 'Tiroir').click();
    await expect.poll(() => page.locator('#panel').innerText(), POLL).toContain('mille neuf cent quatre-vingt-sept');
    await page.keyboard.press('Escape');
    await button(page, 'Armoire à code').click();
    await page.getByRole('textbox', { name: /code/i }).click();
    await page.keyboard.type('1987');
    await page.keyboard.press('Enter');
    await button(page, 'Continuer').click();
    await expect.poll(() => page.locator('#panel').innerText(), POLL).toContain('Qu’est-ce qui t’a aidé à trouver ?');
    await button(page, 'Retour à la ville').click();
    await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe('Atelier des niveaux');

    // "Télécharger": the file passes the checker the trainers use.
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Télécharger').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'envol-level-')), download.suggestedFilename());
    copyFileSync((await download.path())!, file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { id: string; room: { hotspots: { id: string; x: number }[] } };
    expect(saved.id).toBe('ma-salle');
    expect(saved.room.hotspots[0]).toMatchObject({ id: 'etagere', x: 30 });
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/levels-check.ts'), file], { cwd: ROOT, stdio: 'pipe' });

    // The draft survives a reload.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await button(page, 'Créer ou modifier un niveau').click();
    await expect.poll(() => field(page, 'puzzles[0].answer').locator('input').inputValue(), POLL).toBe('1987');
    expect(errors).toEqual([]);
    await close();
  });
});
