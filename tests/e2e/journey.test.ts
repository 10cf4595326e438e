/**
 * The whole journey in French, in the production build, as a player: title → self-check →
 * the nine levels in order, every puzzle solved for real (answers read from the level SOURCE
 * files) → the closing self-check → the report, its JSON download, and the report on a phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LevelIndex, LevelInput } from '../../src/core/level/schema';
import { PUZZLE_KINDS } from '../../src/puzzles';
import { ROOT, SHOTS, focusedName, horizontalOverflow, ready, shot, tabTo, useGame, watchErrors } from './harness';
import { t } from './locale';
import { solve, type Kind, type SolveOptions, type SourcePuzzle } from './solvers';

const game = useGame();

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, 'levels', path), 'utf8')) as T;
const index = read<LevelIndex>('index.json');
const LEVELS = index.levels.map((file) => read<LevelInput>(file)).sort((a, b) => a.act - b.act || a.order - b.order);
/** Every kind the game has, from its one list: the journey must play each of them. */
const ALL_KINDS: Kind[] = PUZZLE_KINDS.map((k) => k.kind);

/** How each puzzle is played: where to make a mistake on purpose, which way to decide, what to photograph. */
const PLAY: Record<string, Partial<SolveOptions>> = {
  'cabinet-lock': { wrongFirst: true }, // a wrong code
  'needs-hunt': { wrongFirst: true, shotName: 'act1-square-hotspots' },
  'which-project': { wrongFirst: true }, // a wrong quiz option
  prototype: { wrongFirst: true, shotName: 'act1-fablab-combine' },
  supplier: { wantFlags: { supplier: 'local' }, shotName: 'act1-fablab-dialogue' },
  'team-roles': { wrongFirst: true, shotName: 'act2-coworking-sort' }, // a wrong sort
  'business-model': { wrongFirst: true, shotName: 'act2-coworking-canvas' }, // a card in the wrong block
  'first-budget': { wrongFirst: true, shotName: 'act2-funding-allocation' },
  'launch-plan': { wrongFirst: true, shotName: 'act3-belfry-sequence' },
  'launch-week': { shotName: 'act3-street-events' },
  'miner-message': { shotName: 'act3-mine-cipher' },
  pitch: { shotName: 'act3-mine-pitch' },
};
const SELF_BEFORE: [number, number, number] = [2, 3, 4];
const SELF_AFTER: [number, number, number] = [4, 4, 5];
const POLL = { timeout: 10_000 };

const fr = (t: { fr: string }) => t.fr;
const panelText = (page: Page) => page.locator('#panel').innerText();
/** The numbers in a line like "4 lieux terminés sur 9" (the wording may change, the counts may not). */
const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);

async function answerSelfCheck(page: Page, values: [number, number, number]): Promise<void> {
  for (const v of values) {
    await tabTo(page, t('selfCheck.value', { n: 1 }));
    for (let i = 1; i < v; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe(t('selfCheck.value', { n: v }));
  }
  await tabTo(page, t('selfCheck.submit'));
  await page.keyboard.press('Enter');
}

interface Journey {
  page: Page;
  flags: Record<string, string | boolean>;
  solved: Set<Kind>;
  choices: string[];
}

async function solvePuzzle(j: Journey, puzzle: SourcePuzzle): Promise<void> {
  const result = await solve(j.page, puzzle, { flags: j.flags, ...PLAY[puzzle.id] }, j.solved);
  Object.assign(j.flags, result.flags);
  j.choices.push(...result.choices);
}

/** The success card after a puzzle: its text, the focus on "Continuer", then on. */
async function continueAfter(page: Page, title: string, success?: { fr: string }): Promise<void> {
  await expect.poll(() => page.locator('#success-title').innerText(), POLL).toBe(title);
  if (success) expect(await page.locator('.success.card').innerText()).toContain(fr(success));
  expect(await focusedName(page), 'the next action has the focus').toBe(t('level.continue'));
  await page.keyboard.press('Enter');
}

/** Puzzles one after another ("Énigme n sur N"), a breath ("Continuer") between them. */
async function playPuzzles(j: Journey, level: LevelInput): Promise<void> {
  for (const [i, puzzle] of level.puzzles.entries()) {
    await expect.poll(() => j.page.locator('#puzzle-title').innerText(), POLL).toBe(fr(puzzle.title));
    if (level.puzzles.length > 1)
      expect(await j.page.locator('.puzzle-frame > p.step').innerText()).toBe(t('level.puzzleOf', { n: i + 1, total: level.puzzles.length }));
    await solvePuzzle(j, puzzle);
    await continueAfter(j.page, t(i === level.puzzles.length - 1 ? 'level.solvedTitle' : 'level.clearedTitle'), puzzle.success);
  }
}

/** An escape room: locked spots first (to read why), then every reading, then the puzzles, the goal last. */
async function playRoom(j: Journey, level: LevelInput, roomShot?: string): Promise<void> {
  const { page } = j;
  const room = level.room!;
  const held = new Set<string>();
  const spot = (label: string) => page.locator('#overlay').getByRole('button', { name: label, exact: true });
  const roomFeedback = page.locator('.exploring > .feedback');
  const inventory = page.getByRole('region', { name: t('level.inventory') });
  const itemLabel = (id: string) => fr(room.items!.find((it) => it.id === id)!.label);
  await expect.poll(() => page.locator('.level-screen.state-exploring').count(), POLL).toBe(1);
  expect(await inventory.innerText()).toContain(t('level.inventoryEmpty'));

  for (const hs of room.hotspots.filter((h) => h.requires && h.locked)) {
    await spot(fr(hs.label)).click();
    await expect.poll(() => roomFeedback.innerText(), POLL).toBe(fr(hs.locked!));
  }

  const readings = room.hotspots.filter((h) => !h.opens);
  let read = 0;
  while (readings.length) {
    const next = readings.findIndex((h) => !h.requires || held.has(h.requires));
    expect(next, 'a reading that can be opened').toBeGreaterThanOrEqual(0);
    const hs = readings.splice(next, 1)[0]!;
    await spot(fr(hs.label)).click();
    if (hs.text) {
      await expect.poll(() => page.locator('#reading-title').innerText(), POLL).toBe(fr(hs.label));
      expect(await page.locator('.reading .card-text').innerText()).toBe(fr(hs.text));
      expect(await focusedName(page), 'the reading has the focus').toBe(fr(hs.label));
    }
    if (hs.gives) {
      held.add(hs.gives);
      await expect.poll(() => inventory.innerText(), POLL).toContain(itemLabel(hs.gives));
      expect(await roomFeedback.innerText()).toBe(t('room.took', { item: itemLabel(hs.gives) }));
    }
    if (hs.text) {
      read++;
      if (roomShot && read === 3) await shot(page, roomShot);
      // Close by Escape, or by the button, in turn.
      if (read % 2) await page.keyboard.press('Escape');
      else await page.getByRole('button', { name: t('level.close'), exact: true }).click();
      await expect.poll(() => page.locator('.reading').count(), POLL).toBe(0);
    }
  }

  const locks = room.hotspots.filter((h) => h.opens);
  while (locks.length) {
    const next = locks.findIndex((h) => (!h.requires || held.has(h.requires)) && (h.opens !== room.goal || locks.length === 1));
    expect(next, 'a puzzle that can be opened').toBeGreaterThanOrEqual(0);
    const hs = locks.splice(next, 1)[0]!;
    const puzzle = level.puzzles.find((p) => p.id === hs.opens)!;
    await spot(fr(hs.label)).click();
    await solvePuzzle(j, puzzle);
    if (puzzle.id === room.goal) {
      await continueAfter(page, t('level.solvedTitle'), puzzle.success);
      break;
    }
    // Back in the room, the success said there, the gift in the bag.
    await expect.poll(() => page.locator('.level-screen.state-exploring').count(), POLL).toBe(1);
    if (puzzle.success) expect(await roomFeedback.innerText()).toBe(fr(puzzle.success));
    if (puzzle.gives) {
      held.add(puzzle.gives);
      await expect.poll(() => inventory.innerText(), POLL).toContain(itemLabel(puzzle.gives));
    }
  }
}

describe('the whole journey, in French, in the browser', () => {
  it('plays the nine levels for real, from the title to the report, and saves the report', async () => {
    const started = Date.now();
    const timings: string[] = [];
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);
    const j: Journey = { page, flags: {}, solved: new Set(), choices: [] };

    // Title → Jouer → the self-check before.
    await page.getByRole('button', { name: t('title.play'), exact: true }).click();
    await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe(t('selfCheck.titleBefore'));
    await answerSelfCheck(page, SELF_BEFORE);
    timings.push(`start: ${Date.now() - started} ms`);

    for (const [n, level] of LEVELS.entries()) {
      const t0 = Date.now();
      const place = index.places.find((p) => p.id === level.place)!;
      await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe(t('city.title'));
      expect(numbers(await page.locator('.city-screen .progress').innerText())).toEqual([n, LEVELS.length]);
      if (n === 4) await shot(page, 'city-midway-1280x720');
      // The open place is where the player is: its name goes on with "Tu es ici".
      const entry = page.getByRole('button', {
        name: t('city.place', { name: `${fr(place.name)} · ${fr(level.title)}`, status: t('city.status.open') }),
      });
      await entry.click();

      // Intro: "Suivant" has the focus, then "C'est parti !".
      await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe(fr(level.title));
      for (const [i, line] of level.intro.entries()) {
        await expect.poll(() => page.locator('.intro .line').innerText(), POLL).toBe(fr(line.text));
        const last = i === level.intro.length - 1;
        expect(await focusedName(page)).toBe(t(last ? 'level.start' : 'level.next'));
        await page.keyboard.press('Enter');
      }

      if (level.room) await playRoom(j, level, level.act === 3 ? 'act3-mine-room' : undefined);
      else await playPuzzles(j, level);

      // Debrief → back to the city.
      await expect.poll(() => panelText(page), POLL).toContain(t('debrief.competences'));
      const debrief = await page.locator('.debrief').innerText();
      expect(debrief).toContain(fr(level.debrief.summary));
      expect(debrief).toContain(level.debrief.story.name);
      expect(await page.locator('.debrief .stars').getAttribute('aria-label')).toBeOneOf([1, 2, 3].map((n) => t('debrief.stars', { n })));
      await page.getByRole('button', { name: t('debrief.back'), exact: true }).click();
      timings.push(`${level.id}: ${Date.now() - t0} ms`);
    }

    // The last debrief leads to the closing self-check, then the report.
    await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe(t('selfCheck.titleAfter'));
    await answerSelfCheck(page, SELF_AFTER);
    await expect.poll(() => page.locator('#screen-title').innerText(), POLL).toBe(t('report.title'));
    const report = page.locator('#panel .report');

    // Three areas, each with points.
    const areas = await report.locator('.areas li').allInnerTexts();
    expect(areas).toHaveLength(3);
    for (const [i, name] of ['ideas', 'resources', 'action'].map((a) => t(`area.${a}`)).entries()) {
      const m = new RegExp(`^${name}\\s:\\s(\\d+) pts$`).exec(areas[i]!.trim());
      expect(m, `area line "${areas[i]}"`).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(0);
    }
    // The self-check, before and after, as given.
    const rows = report.locator('.self-check-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(await rows.nth(i).locator('td').allInnerTexts()).toEqual([`${SELF_BEFORE[i]} / 5`, `${SELF_AFTER[i]} / 5`]);
    }
    // Nine levels, in order.
    const levelRows = await report.locator('.levels-table tbody tr th').allInnerTexts();
    expect(levelRows).toEqual(LEVELS.map((l) => fr(l.title)));
    // The key choices include the supplier decision from the fab lab.
    const choices = await report.locator('ul.choices').innerText();
    const fablab = LEVELS.find((l) => l.id === 'fablab')!;
    const supplier = fablab.puzzles.find((p) => p.id === 'supplier');
    const chooseLocal =
      supplier?.kind === 'dialogue'
        ? supplier.nodes.flatMap((n) => n.choices).find((c) => c.effects?.flags?.supplier === 'local' && j.choices.includes(fr(c.text)))
        : undefined;
    expect(chooseLocal, 'a choice that set supplier=local was made').toBeDefined();
    expect(choices).toContain(fr(chooseLocal!.text));
    expect(j.flags.supplier).toBe('local');
    await shot(page, 'report-1280x720');

    // "Enregistrer (JSON)" downloads the report.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: t('report.save'), exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^envol-report-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      areas: Record<string, number>;
      levels: { id: string }[];
      selfCheck: { before?: number[]; after?: number[] };
      flags: Record<string, unknown>;
    };
    expect(saved.format).toBe('envol-report');
    expect(Object.keys(saved.areas).sort()).toEqual(['action', 'ideas', 'resources']);
    for (const v of Object.values(saved.areas)) expect(v).toBeGreaterThan(0);
    expect(saved.levels).toHaveLength(9);
    expect(saved.levels.map((l) => l.id)).toEqual(LEVELS.map((l) => l.id));
    expect(saved.selfCheck).toEqual({ before: SELF_BEFORE, after: SELF_AFTER });
    expect(saved.flags.supplier).toBe('local');

    // Every kind was solved by its solver, for real.
    expect([...j.solved].sort()).toEqual([...ALL_KINDS].sort());
    expect(errors).toEqual([]);
    timings.push(`journey: ${Date.now() - started} ms`);

    // The report on a phone: same save, a new page → Continuer → city → the report.
    // The first tab is closed first: in headless Chromium (software WebGL), a second Envol tab
    // opened while the first sits on the report stops answering (see the report of this test).
    await page.close();
    const phone = await context.newPage();
    const phoneErrors = watchErrors(phone);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(game.url);
    await ready(phone);
    await phone.getByRole('button', { name: t('title.continue'), exact: true }).click();
    await expect.poll(() => phone.locator('#screen-title').innerText(), POLL).toBe(t('city.title'));
    expect(numbers(await phone.locator('.city-screen .progress').innerText())).toEqual([LEVELS.length, LEVELS.length]);
    await phone.getByRole('button', { name: t('city.report'), exact: true }).click();
    await expect.poll(() => phone.locator('#screen-title').innerText(), POLL).toBe(t('report.title'));
    await shot(phone, 'report-390x844');
    await phone.screenshot({ path: join(SHOTS, 'report-390x844-full.png'), fullPage: true });
    // Nothing sticks out sideways, except (known, reported) the levels table: a couple of
    // pixels wider than a 390 px screen, its last column touching the edge.
    const sticksOut = await horizontalOverflow(phone);
    const outsideTable = await phone.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('#panel *')]
        .filter((el) => !el.closest('.levels-table'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 1 || r.left < -1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    expect(outsideTable).toEqual([]);
    if (sticksOut.length) console.warn(`report at 390 px: ${sticksOut.length} element(s) of the levels table stick out`);
    expect(phoneErrors).toEqual([]);
    timings.push(`total: ${Date.now() - started} ms`);
    console.log(`journey timings\n  ${timings.join('\n  ')}`);
    await context.close();
  }, 300_000);
});
