/**
 * A workshop as a trainer runs it on a projector (1920×1080): three teams set up, two levels of
 * act 1 played in turns with the trainer's keys (hint, reveal, skip, next team, pause), a
 * reload in the middle of a puzzle that comes back at the same puzzle with the same counts,
 * the report listing each team's hints, reveals and skips, its CSV export, and its A4 print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { violations } from './a11y';
import { openGame, ready, shot, SHOTS, useGame } from './harness';

const game = useGame();
const POLL = { timeout: 10_000 };

const panelText = (page: Page) => page.locator('#panel').innerText();
const banner = (page: Page) => page.locator('.turn-banner').innerText();
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

/** The session as the browser keeps it: each team's counts for a level. */
async function tally(page: Page, teamId: string, levelId: string) {
  return page.evaluate(
    ([team, level]) => {
      const record = JSON.parse(localStorage.getItem('envol.workshop') ?? 'null') as {
        data: { tallies: { teamId: string; levelId: string; hints: number; reveals: number; skips: number }[] };
      } | null;
      const t = record?.data.tallies.find((x) => x.teamId === team && x.levelId === level);
      return t ? { hints: t.hints, reveals: t.reveals, skips: t.skips } : null;
    },
    [teamId, levelId],
  );
}

async function skipIntro(page: Page) {
  await button(page, "Passer l'introduction").click();
}

/** From the debrief to the board: the level is recorded. */
async function closeDebrief(page: Page) {
  await button(page, 'Continuer').click();
  await button(page, "Continuer l'atelier").click();
}

describe('a workshop on the projector', () => {
  it('runs three teams through two levels with the trainer keys, survives a reload, and reports each team', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url, { viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    // A learner's journey is kept in this browser (the archive done): the session must never touch it.
    const record = { stars: 2, points: {}, hintTier: 1, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-11-30T10:00:00.000Z' };
    const soloSave = {
      version: 1,
      progress: { levels: { archive: record }, flags: {}, badges: [], selfCheck: { before: [3, 3, 3] }, currentLevel: null },
      settings: { lang: 'fr', muted: true, textSize: 'normal', timer: false },
    };
    await page.evaluate((text) => localStorage.setItem('envol.save', text), JSON.stringify(soloSave));
    await page.reload();
    await ready(page);
    const progress = () => page.evaluate(() => (JSON.parse(localStorage.getItem('envol.save') ?? '{}') as { progress?: unknown }).progress);
    const solo = await progress();
    expect(solo).toMatchObject({ levels: { archive: { stars: 2 } } });

    // Set-up: three teams offered, act 1 offered; the fablab is left for another day, the third team renamed.
    await button(page, 'Préparer un atelier').click();
    await expect.poll(() => panelText(page)).toContain('Équipes (3)');
    const name3 = page.getByRole('textbox', { name: "Nom de l'équipe 3" });
    await name3.fill('Les Hérons');
    await page.getByRole('checkbox', { name: /Le fab lab/ }).uncheck();
    await expect.poll(() => page.locator('.setup-total').innerText()).toMatch(/^2 niveau\(x\), ≈ \d+ min/);
    await shot(page, 'workshop-setup-1920');
    expect.soft((await violations(page)).join('\n'), 'axe on the set-up').toBe('');
    await button(page, "Commencer l'atelier").click();
    // Projector mode comes on with the session.
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('true');

    // Board → the archive. Team 1 plays first; H gives the room's hint, N hands over to team 2.
    await expect.poll(() => panelText(page)).toContain('Atelier : niveau 1 sur 2');
    await button(page, /^Jouer : L'armoire des archives/).click();
    await skipIntro(page);
    await expect.poll(() => banner(page)).toContain('Les Renards');
    await page.keyboard.press('h');
    await expect.poll(() => tally(page, 't1', 'archive')).toEqual({ hints: 1, reveals: 0, skips: 0 });
    await page.keyboard.press('n');
    await expect.poll(() => banner(page)).toContain('Les Abeilles');

    // Team 2 opens the code cabinet and takes a hint there.
    await button(page, 'Étagère de livres').click();
    await page.keyboard.press('Escape');
    await button(page, 'Tiroir à fiches').click();
    await page.keyboard.press('Escape');
    await button(page, 'Armoire à code').click();
    await expect.poll(() => panelText(page)).toContain('Quelle année ouvre');
    await page.keyboard.press('h');
    await expect.poll(() => page.locator('.hint-list li').count()).toBe(1);

    // Typing in the trainer's message field fires no key: "h", "e"… are letters there.
    await page.keyboard.press('t');
    await page.getByRole('textbox', { name: 'Message sur le grand écran' }).fill('');
    await page.getByRole('textbox', { name: 'Message sur le grand écran' }).pressSequentially('Encore 5 minutes, pensez à respirer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.big-message').innerText()).toBe('Encore 5 minutes, pensez à respirer');
    expect(await tally(page, 't2', 'archive')).toEqual({ hints: 1, reveals: 0, skips: 0 });
    await shot(page, 'workshop-projector-panel-open-1920');
    expect.soft((await violations(page)).join('\n'), "axe with the trainer's panel open").toBe('');
    await page.locator('#trainer-message').blur();
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.trainer-panel').count()).toBe(0);
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('.scoreboard').count()).toBe(1);
    await shot(page, 'workshop-projector-panel-closed-1920');

    // Pause: the screen is covered, the game under it cannot be reached.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.pause-curtain').isVisible()).toBe(true);
    expect.soft((await violations(page)).join('\n'), 'axe on the pause').toBe('');
    // "?" lists the trainer's keys; Escape closes the list.
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Touches du formateur' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.trainer-help').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.layout')!.inert)).toBe(true);
    await page.keyboard.press('h');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.pause-curtain').count()).toBe(0);
    expect(await tally(page, 't2', 'archive')).toEqual({ hints: 1, reveals: 0, skips: 0 });

    // A reload in the middle of the puzzle: back at the same puzzle, paused, with the same hint and counts.
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('.pause-curtain').isVisible(), POLL).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => panelText(page)).toContain('Quelle année ouvre');
    expect(await page.locator('.hint-list li').count()).toBe(1);
    await expect.poll(() => banner(page)).toContain('Les Abeilles');
    expect(await tally(page, 't1', 'archive')).toEqual({ hints: 1, reveals: 0, skips: 0 });
    expect(await tally(page, 't2', 'archive')).toEqual({ hints: 1, reveals: 0, skips: 0 });

    // R on a code lock: the solution is shown and the cabinet opens; the turn passes to team 3.
    await page.keyboard.press('r');
    await expect.poll(() => panelText(page)).toContain('Le formateur a montré la solution.');
    await expect.poll(() => banner(page)).toContain('Les Hérons');
    await closeDebrief(page);

    // The square: team 3 skips the first puzzle; team 1 gets the quiz's solution shown, then skips it.
    await button(page, /^Jouer : /).click();
    await skipIntro(page);
    await page.keyboard.press('s');
    await expect.poll(() => banner(page)).toContain('Les Renards');
    await button(page, 'Continuer').click();
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.hint-list li').count()).toBe(3);
    await page.keyboard.press('s');
    await expect.poll(() => banner(page)).toContain('Les Abeilles');
    await closeDebrief(page);

    // All played: the report.
    await expect.poll(() => panelText(page)).toContain('Tous les niveaux du jour sont joués');
    await button(page, "Terminer l'atelier et voir le rapport").click();
    await expect.poll(() => panelText(page)).toContain("Rapport de l'atelier");
    const row = async (team: string) =>
      Object.fromEntries(
        await Promise.all(
          ['hints', 'reveals', 'skips'].map(async (c) => [c, await page.locator(`tr[data-team="${team}"] td[data-col="${c}"]`).innerText()] as const),
        ),
      );
    expect(await row('t1')).toEqual({ hints: '1', reveals: '1', skips: '1' });
    expect(await row('t2')).toEqual({ hints: '1', reveals: '1', skips: '0' });
    expect(await row('t3')).toEqual({ hints: '0', reveals: '0', skips: '1' });
    expect(await page.locator('.debrief-script > li').count()).toBe(2);
    await shot(page, 'workshop-report-1920');
    expect.soft((await violations(page)).join('\n'), 'axe on the report').toBe('');

    // CSV: a row per team and level, with the same counts.
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Exporter (CSV)').click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('team,colour,level,level_title,time_s,stars,hints,reveals,skips,puzzles,competence_points,trainer_points,choices');
    expect(csv).toHaveLength(7);
    const cells = (team: string, level: string) => csv.find((l) => l.startsWith(`${team},`) && l.split(',')[2] === level)!.split(',');
    expect(cells('Les Abeilles', 'archive').slice(6, 9)).toEqual(['1', '1', '0']);
    expect(cells('Les Renards', 'archive').slice(6, 9)).toEqual(['1', '0', '0']);
    expect(cells('Les Renards', 'square').slice(6, 9)).toEqual(['0', '1', '1']);
    expect(cells('Les Hérons', 'square').slice(6, 9)).toEqual(['0', '0', '1']);

    // The report on A4, as Chromium prints it; the learner's own save was never touched.
    await page.emulateMedia({ media: 'print' });
    const pdf = join(SHOTS, 'workshop-report-a4.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, 'workshop-report-a4')]);
    await page.emulateMedia({ media: 'screen' });
    expect(await progress()).toEqual(solo);
    expect(errors).toEqual([]);
    await close();
  });

  it('together: the trainer notes which team found the puzzle on screen, and the report counts it for that team only', async () => {
    const { page, errors, close } = await openGame(game.browser, game.url, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page.on('dialog', (d) => void d.accept());
    await button(page, 'Préparer un atelier').click();
    await button(page, /^Retirer Les Hiboux/).click();
    await page.getByText('Tous ensemble', { exact: true }).click();
    for (const name of [/L'armoire/, /Le fab lab/]) await page.getByRole('checkbox', { name }).uncheck();
    await button(page, "Commencer l'atelier").click();
    await button(page, /^Jouer : /).click();
    await skipIntro(page);
    await expect.poll(() => banner(page)).toContain('Toutes les équipes');
    // This server has no live classroom: opening the room to phones says so, and the workshop goes on.
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('.notices').innerText()).toContain('Le serveur des téléphones ne répond pas');
    // The bees did not find the first puzzle; the class moves on.
    await page.keyboard.press('t');
    await button(page, "Les Abeilles n'a pas trouvé").click();
    await expect.poll(() => button(page, "Les Abeilles n'a pas trouvé").getAttribute('aria-pressed')).toBe('true');
    await button(page, 'Fermer le panneau du formateur').click();
    await page.keyboard.press('s');
    await button(page, 'Continuer').click();
    await page.keyboard.press('s');
    await page.keyboard.press('e');
    await expect.poll(() => panelText(page)).toContain("Rapport de l'atelier");
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Exporter (CSV)').click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const square = (team: string) => csv.find((l) => l.startsWith(`${team},`) && l.split(',')[2] === 'square')!.split(',');
    // Both teams saw the two skips; the foxes count both puzzles, the bees only the one they were not marked out of.
    expect(square('Les Renards').slice(8, 10)).toEqual(['2', '2']);
    expect(square('Les Abeilles').slice(8, 10)).toEqual(['2', '1']);
    expect(errors).toEqual([]);
    await close();
  });
});
