/**
 * Every kind plays fair with what it draws: the spots to find do not read out their answers,
 * what the player opened is drawn open, and a cart the text calls red is red on screen, with
 * the WebGL renderer and with the Canvas one (WebGL off, as on old school PCs).
 * The drawing is checked by its pixels, from screenshots of the stage, as a player sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LevelIndex, LevelInput } from '../../src/core/level/schema';
import { spotNames } from '../../src/puzzles/hotspots/names';
import { ROOT, launch, openGame, screenshotPixels, serveDist, shot, tabTo, type OpenGame } from './harness';
import { t } from './locale';

const POLL = { timeout: 10_000 };
const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, 'levels', path), 'utf8')) as T;
const index = read<LevelIndex>('index.json');
const LEVELS = index.levels.map((file) => read<LevelInput>(file)).sort((a, b) => a.act - b.act || a.order - b.order);
const level = (id: string) => LEVELS.find((l) => l.id === id)!;
const fr = (text: { fr: string }) => text.fr;

type Box = { x: number; y: number; w: number; h: number };
type Rgb = [number, number, number];

/** A save where the self-check is answered and the levels before `levelId` are done, so it is open. */
function saveOpening(levelId: string): string {
  const before = LEVELS.slice(
    0,
    LEVELS.findIndex((l) => l.id === levelId),
  );
  const record = { stars: 3, points: {}, hintTier: 0, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-11-30T10:00:00.000Z' };
  return JSON.stringify({
    version: 1,
    progress: {
      levels: Object.fromEntries(before.map((l) => [l.id, record])),
      flags: { supplier: 'local' },
      badges: [],
      selfCheck: { before: [3, 3, 3] },
      currentLevel: null,
    },
    settings: { lang: 'fr', muted: true, textSize: 'normal', timer: false },
  });
}

/** From a fresh page to the level's room or first puzzle: Continuer, its place on the city map, the intro. */
async function openLevel(browser: Browser, url: string, levelId: string): Promise<OpenGame> {
  const game = await openGame(browser, url, { save: saveOpening(levelId) });
  const { page } = game;
  await page.getByRole('button', { name: t('title.continue'), exact: true }).click();
  const lv = level(levelId);
  const place = index.places.find((p) => p.id === lv.place)!;
  await page.getByRole('button', { name: t('city.place', { name: `${fr(place.name)} · ${fr(lv.title)}`, status: t('city.status.open') }) }).click();
  for (const [i, line] of lv.intro.entries()) {
    await expect.poll(() => page.locator('.intro .line').innerText(), POLL).toBe(fr(line.text));
    await page.getByRole('button', { name: t(i === lv.intro.length - 1 ? 'level.start' : 'level.next'), exact: true }).click();
  }
  return game;
}

/** Nothing of the DOM layer over the stage lights up: no pointer over a button, no focus ring. */
async function lookAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * The pixels of a prop's box on screen (in % of the world, as in the level file), without its
 * edges (`inset`, a share of the box on each side): a screenshot of that part of the stage,
 * decoded by the page itself. Works whatever drew the canvas.
 */
async function pixelsIn(page: Page, box: Box, inset = { x: 0.15, y: 0.15 }): Promise<Rgb[]> {
  const stage = (await page.locator('#game canvas').boundingBox())!;
  const clip = {
    x: stage.x + (stage.width * (box.x + box.w * inset.x)) / 100,
    y: stage.y + (stage.height * (box.y + box.h * inset.y)) / 100,
    width: (stage.width * box.w * (1 - 2 * inset.x)) / 100,
    height: (stage.height * box.h * (1 - 2 * inset.y)) / 100,
  };
  const { pixels } = await screenshotPixels(page, await page.screenshot({ clip }));
  return pixels.map((p) => [(p >> 16) & 255, (p >> 8) & 255, p & 255]);
}

const share = (px: Rgb[], test: (p: Rgb) => boolean) => px.filter(test).length / px.length;
/** Share of pixels that changed clearly (not a blur of anti-aliasing) between two looks at the same box. */
const changed = (a: Rgb[], b: Rgb[]) =>
  a.filter((p, i) => Math.abs(p[0] - b[i]![0]) + Math.abs(p[1] - b[i]![1]) + Math.abs(p[2] - b[i]![2]) > 60).length / a.length;
const lum = ([r, g, b]: Rgb) => 0.299 * r + 0.587 * g + 0.114 * b;
const COLOURS: Record<'red' | 'blue' | 'yellow', (p: Rgb) => boolean> = {
  red: ([r, g, b]) => r > 150 && g < 100 && b < 100,
  blue: ([r, g, b]) => b > 150 && r < 100 && b > g + 40,
  yellow: ([r, g, b]) => r > 180 && g > 150 && b < 100,
};

// WebGL as asked in the address (a machine without a graphics chip, like a CI runner, would
// otherwise get the Canvas renderer), and the Canvas one where there is no WebGL at all.
const RENDERERS = [
  { renderer: 'webgl', args: [] as string[], query: '?renderer=webgl' },
  { renderer: 'canvas', args: ['--disable-webgl', '--disable-3d-apis'] as string[], query: '' },
] as const;

let server: Awaited<ReturnType<typeof serveDist>> | undefined;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

describe.each(RENDERERS)('the drawn scene follows the play ($renderer renderer)', ({ renderer, args, query }) => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(args);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the card drawer and the cabinet open once the player opened them, and nothing else changes', async () => {
    const { page, errors, close } = await openLevel(browser!, server!.url + query, 'archive');
    expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe(renderer);
    const room = level('archive').room!;
    const hs = (id: string) => room.hotspots.find((h) => h.id === id)!;
    const spot = (id: string) => page.locator('#overlay').getByRole('button', { name: fr(hs(id).label), exact: true });
    await expect.poll(() => spot('cabinet').count(), POLL).toBe(1);
    await lookAway(page);
    const before = {
      cabinet: await pixelsIn(page, hs('cabinet')),
      drawer: await pixelsIn(page, hs('card-drawer')),
      window: await pixelsIn(page, hs('window')),
    };
    // The closed cabinet is wood; what would be dark inside it is not showing.
    expect(
      share(before.cabinet, (p) => lum(p) < 50),
      'a shut cabinet shows no dark inside',
    ).toBeLessThan(0.1);
    if (renderer === 'webgl') await shot(page, 'archive-shut-1280x720');
    else await shot(page, 'archive-shut-canvas-1280x720');

    // The key from the shelf opens the drawer: it is drawn pulled out.
    await spot('shelf').click();
    await page.keyboard.press('Escape');
    await spot('card-drawer').click();
    await expect.poll(() => page.locator('.reading .card-text').innerText(), POLL).toBe(fr(hs('card-drawer').text!));
    await page.keyboard.press('Escape');
    await lookAway(page);
    await expect.poll(async () => changed(before.drawer, await pixelsIn(page, hs('card-drawer'))), POLL).toBeGreaterThan(0.25);

    // The code opens the cabinet: the doors swing out, its dark inside shows.
    await spot('cabinet').click();
    const lock = level('archive').puzzles.find((p) => p.id === room.goal)!;
    const input = page.locator('.puzzle-frame input').first();
    await input.fill(lock.kind === 'code-lock' && typeof lock.answer === 'string' ? lock.answer : '');
    await input.press('Enter');
    await expect.poll(() => page.locator('#success-title').count(), POLL).toBe(1);
    await lookAway(page);
    await expect.poll(async () => changed(before.cabinet, await pixelsIn(page, hs('cabinet'))), POLL).toBeGreaterThan(0.4);
    const after = await pixelsIn(page, hs('cabinet'));
    expect(
      share(after, (p) => lum(p) < 50),
      'an open cabinet shows its dark inside',
    ).toBeGreaterThan(0.25);
    // The window, opened by nobody, is drawn as it was.
    expect(changed(before.window, await pixelsIn(page, hs('window')))).toBeLessThan(0.02);
    if (renderer === 'webgl') await shot(page, 'archive-open-1280x720');
    else await shot(page, 'archive-open-canvas-1280x720');
    expect(errors).toEqual([]);
    await close();
  });

  it('draws the mine carts in the colours their names give: red, blue, yellow', async () => {
    const { page, errors, close } = await openLevel(browser!, server!.url + query, 'mine');
    expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe(renderer);
    const room = level('mine').room!;
    await expect.poll(() => page.locator('.level-screen.state-exploring').count(), POLL).toBe(1);
    await lookAway(page);
    for (const colour of ['red', 'blue', 'yellow'] as const) {
      const cart = room.hotspots.find((h) => h.id === `wagon-${colour}`)!;
      // The middle of the cart: its tub, between the coal on top and the wheels below.
      const px = await pixelsIn(page, cart, { x: 0.25, y: 0.38 });
      expect(share(px, COLOURS[colour]), `the ${colour} cart is mostly ${colour}`).toBeGreaterThan(0.6);
      for (const other of (['red', 'blue', 'yellow'] as const).filter((c) => c !== colour))
        expect(share(px, COLOURS[other]), `the ${colour} cart is not ${other}`).toBeLessThan(0.05);
    }
    await shot(page, renderer === 'webgl' ? 'mine-carts-1280x720' : 'mine-carts-canvas-1280x720');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('find-the-spots does not read out its answers', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The captions a player can see on the stage now: shown (visibility) and not see-through (opacity). */
  const visibleCaptions = (page: Page) =>
    page.$$eval('#overlay .spot .caption', (els) =>
      els.filter((el) => getComputedStyle(el).visibility === 'visible' && Number(getComputedStyle(el).opacity) > 0.1).map((el) => el.textContent ?? ''),
    );

  it('shows a label only under the keyboard focus or the pointer, and keeps the found ones', async () => {
    const { page, errors, close } = await openLevel(browser!, server!.url, 'square');
    const puzzle = level('square').puzzles.find((p) => p.kind === 'hotspots')!;
    if (puzzle.kind !== 'hotspots') throw new Error('the square plays find-the-spots');
    const names = spotNames(puzzle.spots, { t, tx: fr });
    const board = page.getByRole('group', { name: t('hotspots.board') });
    const spot = (id: string) => board.getByRole('button', { name: names.get(id)!, exact: true });
    const label = (id: string) => fr(puzzle.spots.find((s) => s.id === id)!.label);
    await expect.poll(() => board.getByRole('button').count(), POLL).toBe(puzzle.spots.length);

    // Before anything: no label on the scene, and no button named by its label.
    expect(await visibleCaptions(page)).toEqual([]);
    await shot(page, 'square-spots-untouched-1280x720');
    for (const s of puzzle.spots) {
      const button = spot(s.id);
      expect(await button.count(), `a button named "${names.get(s.id)}"`).toBe(1);
      expect(names.get(s.id)).not.toBe(label(s.id));
      // A screen reader hears the label on focus, as a sighted player reads it then.
      const describedBy = (await button.getAttribute('aria-describedby'))!;
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(label(s.id));
    }

    // The keyboard focus shows the focused spot's label, and only that one.
    const [first, second, third] = puzzle.spots.filter((s) => s.target);
    await tabTo(page, names.get(first!.id)!);
    await expect.poll(() => visibleCaptions(page), POLL).toEqual([label(first!.id)]);

    // So does the pointer, on the spot under it.
    await lookAway(page);
    expect(await visibleCaptions(page)).toEqual([]);
    await spot(second!.id).hover();
    await expect.poll(() => visibleCaptions(page), POLL).toEqual([label(second!.id)]);

    // A found spot keeps its label, pointer and focus gone; the others stay quiet.
    await spot(third!.id).click();
    await expect.poll(() => spot(third!.id).getAttribute('aria-pressed'), POLL).toBe('true');
    await lookAway(page);
    await expect.poll(() => visibleCaptions(page), POLL).toEqual([`${label(third!.id)}`]);
    await shot(page, 'square-spots-one-found-1280x720');
    expect(errors).toEqual([]);
    await close();
  });
});
