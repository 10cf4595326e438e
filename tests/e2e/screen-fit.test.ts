/**
 * The screen fits the room it is played in: a laptop (1280×720), a projector in projector mode
 * (1280×720 and 1920×1080) and a phone in portrait (390×844). On the title, the self-check, the
 * city, the archive room, its code lock and the debrief: nothing sticks out sideways, the panel's
 * text is big enough (18 px on a laptop, 24 and 36 px in projector mode) and, in projector mode,
 * dark enough (7:1); on a phone every target is a fingertip's size (44 px). After a wrong code
 * and after a hint, the message is wholly in sight, without scrolling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { LevelIndex, LevelInput } from '../../src/core/level/schema';
import { PUZZLE_KINDS } from '../../src/puzzles';
import { ROOT, ready, shot, useGame, watchErrors } from './harness';
import { t } from './locale';

const game = useGame();

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, 'levels', path), 'utf8')) as T;
const LEVELS = read<LevelIndex>('index.json').levels.map((file) => read<LevelInput>(file));
const fr = (text: { fr: string }) => text.fr;

/** A trainer's room with the first puzzle of every kind behind its spots, to open each panel in turn. */
function everyKindRoom(): LevelInput {
  const archive = LEVELS.find((l) => l.room && l.puzzles.some((p) => p.kind === 'code-lock'))!;
  const puzzles = PUZZLE_KINDS.map(({ kind }) => LEVELS.flatMap((l) => l.puzzles).find((p) => p.kind === kind)!);
  const spots = puzzles.map((p, i) => ({
    id: `spot-${p.id}`,
    label: p.title,
    x: 3 + (i % 4) * 24,
    y: 6 + Math.floor(i / 4) * 30,
    w: 18,
    h: 24,
    prop: 'box' as const,
    opens: p.id,
  }));
  const competences = [...new Set([...puzzles, archive.room!].flatMap((p) => (p.awards ?? []).map((a) => a.competence)))];
  return {
    ...archive,
    id: 'chaque-enigme',
    title: { fr: 'Chaque énigme', en: 'Each puzzle' },
    competences,
    puzzles,
    room: { ...archive.room!, goal: puzzles.find((p) => p.kind === 'code-lock')!.id, items: [], hotspots: spots },
  };
}

interface Shape {
  name: string;
  /** How its screenshots are named in tests/screenshots/. */
  tag: string;
  context: BrowserContextOptions;
  projector: boolean;
  /** The smallest text the panel may show, in CSS px. */
  minFont: number;
  /** The least contrast between the panel's text and its background, when it is checked. */
  minContrast?: number;
  /** The least size of a target, when it is checked. */
  minTarget?: number;
}

const SHAPES: Shape[] = [
  { name: 'a laptop, 1280×720', tag: 'fit-1280x720', context: { viewport: { width: 1280, height: 720 } }, projector: false, minFont: 18 },
  {
    name: 'a projector, 1280×720',
    tag: 'fit-1280x720-projector',
    context: { viewport: { width: 1280, height: 720 } },
    projector: true,
    minFont: 24,
    minContrast: 7,
  },
  {
    name: 'a projector, 1920×1080',
    tag: 'fit-1920x1080-projector',
    context: { viewport: { width: 1920, height: 1080 } },
    projector: true,
    minFont: 36,
    minContrast: 7,
  },
  {
    name: 'a phone in portrait, 390×844',
    tag: 'fit-390x844',
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    projector: false,
    minFont: 18,
    minTarget: 44,
  },
];

/** What sticks out of the window sideways: the page's own width, and each visible box past an edge. */
function sideways(page: Page): Promise<{ scrollWidth: number; width: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // The part of the box that shows: ancestors that clip (the stage, a scrolling panel) cut it.
      let left = r.left;
      let right = r.right;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const c = a.getBoundingClientRect();
        left = Math.max(left, c.left);
        right = Math.min(right, c.right);
      }
      if (right <= left) continue;
      if (left < -1 || right > width + 1) outside.push(`${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    // A panel that scrolls sideways hides the end of its lines just the same.
    for (const el of document.querySelectorAll<HTMLElement>('#panel, #panel *')) {
      const o = getComputedStyle(el).overflowX;
      if ((o === 'auto' || o === 'scroll') && !el.matches('.table-scroll') && el.scrollWidth > el.clientWidth + 1) {
        outside.push(`${el.tagName.toLowerCase()}.${el.className} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, width, outside };
  });
}

interface TextSample {
  text: string;
  size: number;
  contrast: number;
}

/** Every visible piece of text in the panel: its size, and its contrast with what is behind it. */
function panelText(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const n = (c.match(/[\d.]+/g) ?? []).map(Number);
      return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    /** The colour behind an element: its backgrounds and its ancestors', over the page's. */
    const behind = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let a: Element | null = el; a; a = a.parentElement) {
        const bg = parse(getComputedStyle(a).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const hidden = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        if ((r.width <= 1 || r.height <= 1) && getComputedStyle(a).overflow !== 'visible') return true;
      }
      return false;
    };
    const samples: { text: string; size: number; contrast: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('#panel *')) {
      // Pictures (the debrief's stars, the report's chart) are named for screen readers, not read as text.
      if (el.closest('svg, [role="img"]')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim());
      if (!own.length) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || hidden(el)) continue;
      let opacity = 1;
      for (let a: Element | null = el; a; a = a.parentElement) opacity *= Number(getComputedStyle(a).opacity);
      const back = behind(el);
      const ink = parse(style.color);
      const seen = over([ink[0], ink[1], ink[2], ink[3] * opacity], back);
      const [hi, lo] = [luminance(seen), luminance(back)].sort((a, b) => b - a) as [number, number];
      samples.push({ text: own.join(' ').slice(0, 50), size: parseFloat(style.fontSize), contrast: (hi + 0.05) / (lo + 0.05) });
    }
    return samples;
  });
}

/** The targets a finger must hit, smaller than `min` px: a button on the world counts its grown hit area. */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const hidden = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        if ((r.width <= 1 || r.height <= 1) && getComputedStyle(a).overflow !== 'visible') return true;
      }
      return false;
    };
    const targets = new Set<Element>();
    const selector = 'button, a[href], select, textarea, [role="button"], input:not([type="hidden"])';
    for (const el of document.querySelectorAll(selector)) {
      // A radio button or a check box is hit through its label.
      const input = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
      targets.add(input ? (el.closest('label') ?? el) : el);
    }
    const small: string[] = [];
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || hidden(el)) continue;
      let w = r.width;
      let h = r.height;
      if (el.matches('.world-button')) {
        const area = getComputedStyle(el, '::before');
        w = Math.max(w, parseFloat(area.width) || 0);
        h = Math.max(h, parseFloat(area.height) || 0);
      }
      if (w < min - 0.5 || h < min - 0.5)
        small.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${w.toFixed(1)}×${h.toFixed(1)}`);
    }
    return small;
  }, min);
}

/** True when the element's whole box shows: inside the window, and not cut by a scrolling panel. */
function wholeInSight(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const all = document.querySelectorAll(selector);
    const el = all[all.length - 1];
    if (!el) return false;
    const r = el.getBoundingClientRect();
    let [top, bottom, left, right] = [0, window.innerHeight, 0, document.documentElement.clientWidth];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      [top, bottom, left, right] = [Math.max(top, c.top), Math.min(bottom, c.bottom), Math.max(left, c.left), Math.min(right, c.right)];
    }
    return r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= left - 1 && r.right <= right + 1;
  }, selector);
}

/** The checks every screen passes on a shape: nothing sideways, text big and dark enough, targets big enough. */
async function fits(page: Page, shape: Shape, name: string): Promise<void> {
  const fit = await sideways(page);
  expect(fit.outside, `${name}: boxes past the window's side`).toEqual([]);
  expect(fit.scrollWidth, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(fit.width);
  const text = await panelText(page);
  expect(text.length, `${name}: text in the panel`).toBeGreaterThan(0);
  const small = text.filter((s) => s.size < shape.minFont - 0.01).map((s) => `${s.size}px "${s.text}"`);
  expect(small, `${name}: text smaller than ${shape.minFont} px`).toEqual([]);
  if (shape.minContrast) {
    const pale = text.filter((s) => s.contrast < shape.minContrast!).map((s) => `${s.contrast.toFixed(2)}:1 "${s.text}"`);
    expect(pale, `${name}: text under ${shape.minContrast}:1`).toEqual([]);
  }
  if (shape.minTarget) expect(await smallTargets(page, shape.minTarget), `${name}: targets under ${shape.minTarget} px`).toEqual([]);
}

async function turnProjectorOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('settings.projector') }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.projector)).toBe('true');
}

describe.each(SHAPES)('on $name', (shape) => {
  it('fits the window on every screen, with text big enough to read, and shows what an action did', async () => {
    const context = await game.browser.newContext(shape.context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);

    if (shape.projector) {
      // The trainer turns projector mode on from the title; it is kept with the settings.
      await turnProjectorOn(page);
      expect(await page.getByRole('button', { name: t('settings.projector') }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('envol.save') ?? '{}').settings?.projector)).toBe(true);
    }

    // Each screen is photographed too (tests/screenshots/fit-*), to look at with one's own eyes.
    const screen = async (name: string) => {
      await shot(page, `${shape.tag}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`);
      await fits(page, shape, name);
    };

    await screen('the title');
    await page.getByRole('button', { name: t('title.play') }).click();
    await expect.poll(() => page.locator('.self-check').count()).toBe(1);
    await screen('the self-check');
    if (shape.context.viewport!.width >= 1280) {
      // On a laptop or a projector, the three questions, the 1–5 legend and "Valider" fit without scrolling.
      expect(await wholeInSight(page, '.self-check .hint-text'), 'the 1–5 legend in sight').toBe(true);
      expect(await wholeInSight(page, '.self-check button[type="submit"]'), '"Valider" in sight').toBe(true);
    }
    for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="3"]`).check();
    await page.getByRole('button', { name: t('selfCheck.submit') }).click();

    await expect.poll(() => page.locator('.city-screen').count()).toBe(1);
    // The city opens at its top, the map in sight (a phone used to open it scrolled past the map).
    expect(await wholeInSight(page, '#stage'), 'the city map in sight').toBe(true);
    await screen('the city');

    await page.locator('[data-key="place-archive"]').click();
    await page.getByRole('button', { name: t('level.skipIntro') }).click();
    await page.locator('#overlay').getByRole('button', { name: 'Étagère de livres', exact: true }).click();
    await expect.poll(() => page.locator('#reading-title').count()).toBe(1);
    await screen('the archive room, a card open');
    await page.keyboard.press('Escape');

    await page.locator('#overlay').getByRole('button', { name: 'Armoire à code', exact: true }).click();
    await expect.poll(() => page.locator('.puzzle.code-lock').count()).toBe(1);
    await screen('the code lock');
    await page.getByRole('textbox', { name: t('codeLock.input', { n: 4 }) }).fill('1955');
    await page.getByRole('button', { name: t('codeLock.submit') }).click();
    await expect.poll(() => page.locator('.feedback.wrong').innerText()).toBe(t('codeLock.wrong'));
    // The message is in sight, without scrolling: the panel (or the page) brought it there.
    await expect.poll(() => wholeInSight(page, '.feedback.wrong'), { timeout: 3000 }).toBe(true);
    await screen('the code lock, a wrong code');
    await page.getByRole('button', { name: t('level.hint', { n: 1 }) }).click();
    await expect.poll(() => page.locator('.hint-list li').count()).toBe(1);
    await expect.poll(() => wholeInSight(page, '.hint-list li'), { timeout: 3000 }).toBe(true);
    await page.getByRole('button', { name: t('level.hint', { n: 2 }) }).click();
    await expect.poll(() => page.locator('.hint-list li').count()).toBe(2);
    await expect.poll(() => wholeInSight(page, '.hint-list li'), { timeout: 3000 }).toBe(true);
    await screen('the code lock, two hints open');

    await page.getByRole('textbox', { name: t('codeLock.input', { n: 4 }) }).fill('1952');
    await page.getByRole('button', { name: t('codeLock.submit') }).click();
    await page.getByRole('button', { name: t('level.continue') }).click();
    await expect.poll(() => page.locator('#panel').innerText()).toContain(t('debrief.competences'));
    await screen('the debrief');

    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Every kind's panel, on the two hardest shapes: a phone (room and targets) and a projector (size and contrast). */
describe.each([SHAPES[3]!, SHAPES[2]!])('every kind of puzzle on $name', (shape) => {
  it("fits each puzzle's panel", async () => {
    const context = await game.browser.newContext(shape.context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await page.goto(game.url);
    await ready(page);
    if (shape.projector) await turnProjectorOn(page);
    await page.getByRole('button', { name: t('title.play') }).click();
    for (const q of ['q1', 'q2', 'q3']) await page.locator(`input[name="${q}"][value="3"]`).check();
    await page.getByRole('button', { name: t('selfCheck.submit') }).click();

    const level = everyKindRoom();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: t('trainer.load'), exact: true }).click()]);
    await chooser.setFiles({ name: 'chaque-enigme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level)) });
    await page.getByRole('button', { name: t('trainer.play', { title: fr(level.title) }), exact: true }).click();
    await page.getByRole('button', { name: t('level.skipIntro') }).click();
    for (const spot of level.room!.hotspots) {
      const puzzle = level.puzzles.find((p) => p.id === spot.opens)!;
      await page
        .locator('#overlay')
        .getByRole('button', { name: fr(spot.label), exact: true })
        .click();
      await expect.poll(() => page.locator('#puzzle-title').innerText()).toBe(fr(puzzle.title));
      await fits(page, shape, `the ${puzzle.kind} puzzle`);
      await page.getByRole('button', { name: t('level.backToRoom'), exact: true }).click();
      await expect.poll(() => page.locator('.level-screen.state-exploring').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
