/**
 * WCAG 2.2 AA on every screen, checked by axe-core in the production build, on a laptop
 * (1280×720) and on a phone (390×844): the title, the self-check, the city (with a trainer's
 * level file's problems listed, then without), a level's intro, an escape room and a clue read
 * there, one puzzle of every kind (one trainer room, loaded as a trainer would: each puzzle
 * opened in turn, one with a hint shown, the code lock solved), the success card, the debrief,
 * and the report (after importing a finished journey's save, as a player from another PC would).
 * On the laptop, the puzzles, the debrief and the report are checked in projector mode too.
 * Reaching a screen is the journey test's job; this one looks at each screen as it stands.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LevelIndex, LevelInput } from '../../src/core/level/schema';
import { PUZZLE_KINDS } from '../../src/puzzles';
import { SAVE_VERSION, defaultSettings, emptyProgress, type Save } from '../../src/core/save';
import { ROOT, ready, useGame, watchErrors } from './harness';
import { t } from './locale';
import { solve, type SourcePuzzle } from './solvers';
import { violations } from './a11y';

const game = useGame();

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, 'levels', path), 'utf8')) as T;
const index = read<LevelIndex>('index.json');
const LEVELS = index.levels.map((file) => read<LevelInput>(file)).sort((a, b) => a.act - b.act || a.order - b.order);
const fr = (text: { fr: string }) => text.fr;
const POLL = { timeout: 10_000 };

/**
 * A trainer's escape room holding the first puzzle of every kind the game has: a spot on the
 * wall to read, then one spot per puzzle, the code lock (the quickest to solve) the goal.
 */
function everyKindRoom(): LevelInput {
  const archive = LEVELS.find((l) => l.room && l.puzzles.some((p) => p.kind === 'code-lock'))!;
  const room = archive.room!;
  const puzzles = PUZZLE_KINDS.map(({ kind }) => {
    const first = LEVELS.flatMap((l) => l.puzzles).find((p) => p.kind === kind);
    if (!first) throw new Error(`no level has a ${kind} puzzle`);
    return first;
  });
  const goal = puzzles.find((p) => p.kind === 'code-lock')!;
  const reading = room.hotspots.find((h) => h.text && !h.requires && !h.gives && !h.opens)!;
  // Four spots a row, three rows: the reading first, the goal last.
  const spots = [...puzzles.filter((p) => p !== goal), goal].map((p, i) => ({
    id: `spot-${p.id}`,
    label: p.title,
    x: 3 + ((i + 1) % 4) * 24,
    y: 6 + Math.floor((i + 1) / 4) * 30,
    w: 18,
    h: 24,
    prop: 'box' as const,
    opens: p.id,
  }));
  // A level names every competence its puzzles and its room award.
  const competences = [...new Set([...puzzles, room].flatMap((p) => (p.awards ?? []).map((a) => a.competence)))];
  return {
    ...archive,
    id: 'toutes-les-enigmes',
    title: { fr: 'Toutes les énigmes', en: 'Every puzzle' },
    competences,
    puzzles,
    room: { ...room, goal: goal.id, items: [], hotspots: [{ ...reading, x: 3, y: 6, w: 18, h: 24 }, ...spots] },
  };
}

/** A journey finished on another PC: every level done, both self-checks given. */
function finishedSave(): string {
  const record = { stars: 3, points: { vision: 2 }, hintTier: 0, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-01-01T00:00:00.000Z' };
  const save: Save = {
    version: SAVE_VERSION,
    progress: {
      ...emptyProgress(20_260_101),
      levels: Object.fromEntries(LEVELS.map((l) => [l.id, record])),
      flags: { supplier: 'local' },
      selfCheck: { before: [2, 3, 4], after: [4, 4, 5] },
    },
    settings: defaultSettings(),
  };
  return JSON.stringify(save);
}

const title = (page: Page) => page.locator('#screen-title').innerText();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function chooseFile(page: Page, buttonName: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, buttonName).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The laptop is also the classroom's: its puzzles, debrief and report are checked again in projector mode. */
const SIZES = [
  { name: 'laptop', options: { viewport: { width: 1280, height: 720 } }, projector: true },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, projector: false },
];

describe.each(SIZES)('WCAG 2.2 AA on a $name ($options.viewport.width×$options.viewport.height)', ({ options, projector }) => {
  it('finds no violation on any screen', async () => {
    const context = await game.browser.newContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    /** One soft expectation per screen: every screen's findings are listed, not just the first's. */
    const audit = async (screen: string) => expect.soft((await violations(page)).join('\n'), `axe on "${screen}"`).toBe('');
    // Projector mode is the trainer's setting (on the title, and in a workshop's panel), and only
    // changes the page's styles: the screen being checked is restyled in place, without leaving it.
    const projectorMode = async (on: boolean) => {
      await page.evaluate((value) => (document.documentElement.dataset.projector = value), String(on));
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.projector), POLL).toBe(String(on));
    };
    /** Checks the screen; with `inClass`, in projector mode too (where the sizes allow it). */
    const check = async (screen: string, inClass = false) => {
      await audit(screen);
      if (!inClass || !projector) return;
      await projectorMode(true);
      await audit(`${screen}, projector mode`);
      await projectorMode(false);
    };

    try {
      await page.goto(game.url);
      await ready(page);
      // The world's canvas repeats what the DOM says: it must be hidden from assistive technology.
      expect
        .soft(
          await page.locator('#game canvas').evaluate((c) => c.closest('[aria-hidden="true"]') !== null || c.getAttribute('role') === 'presentation'),
          'the canvas is hidden from assistive technology',
        )
        .toBe(true);
      await check('title');

      await button(page, t('title.play')).click();
      await expect.poll(() => title(page), POLL).toBe(t('selfCheck.titleBefore'));
      await check('self-check');
      for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="3"]`).check();
      await button(page, t('selfCheck.submit')).click();
      await expect.poll(() => title(page), POLL).toBe(t('city.title'));
      await check('city');

      // An escape room with a puzzle of every kind, in one trainer level file.
      const level = everyKindRoom();
      const room = level.room!;
      const spot = (label: { fr: string }) => page.locator('#overlay').getByRole('button', { name: fr(label), exact: true });
      // First with a mistake in it: the city lists the file's problems; the file fixed, they go.
      await chooseFile(page, t('trainer.load'), 'toutes-les-enigmes.json', JSON.stringify({ ...level, title: { fr: fr(level.title) } }));
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'toutes-les-enigmes.json' }).count(), POLL).toBe(1);
      await check('city, a level file with a problem');
      await chooseFile(page, t('trainer.load'), 'toutes-les-enigmes.json', JSON.stringify(level));
      await button(page, t('trainer.play', { title: fr(level.title) })).click();
      await expect.poll(() => title(page), POLL).toBe(fr(level.title));
      await check('level intro');
      await button(page, t('level.skipIntro')).click();
      await expect.poll(() => page.locator('.level-screen.state-exploring').count(), POLL).toBe(1);
      await check('escape room');
      await spot(room.hotspots[0]!.label).click();
      await expect.poll(() => page.locator('.reading').count(), POLL).toBe(1);
      await check('a clue read in the room');
      await page.keyboard.press('Escape');

      // Each puzzle, opened and left (the clue read is in the notebook beside it); the goal, solved.
      for (const [i, hs] of room.hotspots.slice(1).entries()) {
        const puzzle = level.puzzles.find((p) => p.id === hs.opens)!;
        await spot(hs.label).click();
        await expect.poll(() => page.locator('#puzzle-title').innerText(), POLL).toBe(fr(puzzle.title));
        await check(`puzzle: ${puzzle.kind}`, true);
        if (i === 0) {
          await page.getByRole('button', { name: t('level.hint', { n: 1 }) }).click();
          await check(`puzzle: ${puzzle.kind}, with a hint`);
        }
        if (puzzle.id === room.goal) break;
        await button(page, t('level.backToRoom')).click();
        await expect.poll(() => page.locator('.level-screen.state-exploring').count(), POLL).toBe(1);
      }
      const goal = level.puzzles.find((p) => p.id === room.goal)!;
      await solve(page, goal as SourcePuzzle, { flags: {} });
      await expect.poll(() => page.locator('#success-title').count(), POLL).toBe(1);
      await check('level solved');
      await button(page, t('level.continue')).click();
      await expect.poll(() => page.locator('.debrief').count(), POLL).toBe(1);
      await check('debrief', true);
      await button(page, t('debrief.back')).click();
      await expect.poll(() => title(page), POLL).toBe(t('city.title'));

      // The report, from a finished journey's save brought from another PC.
      await button(page, t('city.toTitle')).click();
      await chooseFile(page, t('save.import'), 'envol-save.json', finishedSave());
      await button(page, t('title.continue')).click();
      await expect.poll(() => title(page), POLL).toBe(t('city.title'));
      await check('city, journey finished');
      await button(page, t('city.report')).click();
      await expect.poll(() => title(page), POLL).toBe(t('report.title'));
      await check('report', true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
