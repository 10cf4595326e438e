/**
 * Reading aloud: the device's voice reads the texts a player must read, in the game's language.
 * The browser's speech synthesis is replaced by a recorder (headless Chromium has no voice).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, playToCity, ready, shot, useGame, watchErrors } from './harness';
import { t } from './locale';

const game = useGame();

const archive = () => JSON.parse(readFileSync(join(ROOT, 'levels', 'act-1', 'archive.json'), 'utf8'));

interface Said {
  text: string;
  lang: string;
  voice: string | null;
}

/**
 * Replaces speech synthesis with one that has `voices` (given after a moment, as real browsers
 * do) and records each utterance in `window.said`; an utterance "lasts" two seconds.
 */
async function fakeSpeech(context: BrowserContext, voices: { name: string; lang: string }[]): Promise<void> {
  await context.addInitScript((list) => {
    const said: { text: string; lang: string; voice: string | null }[] = [];
    let loaded: { name: string; lang: string; default: boolean; localService: boolean; voiceURI: string }[] = [];
    let pending: EventTarget[] = [];
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.assign(synth, {
      getVoices: () => loaded,
      speak(u: Utterance) {
        said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        pending.push(u);
        setTimeout(() => {
          if (pending.includes(u)) {
            pending = pending.filter((p) => p !== u);
            u.dispatchEvent(new Event('end'));
          }
        }, 2000);
      },
      cancel() {
        const cut = pending;
        pending = [];
        for (const u of cut) u.dispatchEvent(new Event('error'));
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'said', { value: said });
    setTimeout(() => {
      loaded = list.map((v) => ({ ...v, default: false, localService: true, voiceURI: v.name }));
      synth.dispatchEvent(new Event('voiceschanged'));
    }, 300);
  }, voices);
}

async function openArchive(context: BrowserContext, path = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(game.url + path);
  await ready(page);
  await playToCity(page);
  await page.getByRole('button', { name: /Les archives.*ouvert/ }).click();
  await expect.poll(() => page.locator('#panel').innerText()).toContain('Lison');
  return { page, errors };
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: Said[] }).said);
const readButtons = (page: Page) => page.locator('button.read-aloud');

describe('reading aloud', () => {
  it('reads the goal in French with a French voice, and stops when pressed again', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await fakeSpeech(context, [
      { name: 'Daniel', lang: 'en-GB' },
      { name: 'Thomas', lang: 'fr-FR' },
    ]);
    const { page, errors } = await openArchive(context);
    const level = archive();

    const goal = page.getByRole('button', { name: t('read.label', { what: t('read.goal') }), exact: true });
    await expect.poll(() => goal.count()).toBe(1);
    const box = (await goal.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await shot(page, 'read-aloud-intro-1280x720');

    // Keyboard: Enter on the focused button reads.
    await goal.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toEqual([{ text: level.goal.fr, lang: 'fr-FR', voice: 'Thomas' }]);
    await expect.poll(() => goal.getAttribute('aria-pressed')).toBe('true');
    // Pressed again (the focus stayed on it through the redraw): the reading stops.
    await page.keyboard.press('Enter');
    await expect.poll(() => goal.getAttribute('aria-pressed')).toBe('false');
    expect(await said(page)).toHaveLength(1);

    // The intro line has its own button; pressing it while another reads stops the other.
    await goal.click();
    const line = page.getByRole('button', { name: t('read.label', { what: t('read.line', { speaker: level.intro[0].speaker.fr }) }), exact: true });
    await line.click();
    await expect.poll(() => goal.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => line.getAttribute('aria-pressed')).toBe('true');
    expect((await said(page)).at(-1)!.lang).toBe('fr-FR');
    // Going on to the next line stops reading the one that left the screen.
    await page.getByRole('button', { name: t('level.next') }).click();
    await expect.poll(() => page.locator('button.read-aloud[aria-pressed="true"]').count()).toBe(0);

    // In English, the English voice reads.
    await page.getByRole('button', { name: /^EN\b/i }).click();
    await page.getByRole('button', { name: 'Read aloud: your mission', exact: true }).click();
    await expect.poll(async () => (await said(page)).at(-1)).toEqual({ text: level.goal.en, lang: 'en-GB', voice: 'Daniel' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: the intro with its read-aloud buttons at 390×844', async () => {
    const context = await game.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await fakeSpeech(context, [{ name: 'Thomas', lang: 'fr-FR' }]);
    const { page } = await openArchive(context);
    await expect.poll(() => readButtons(page).count()).toBe(2);
    for (const b of await readButtons(page).all()) {
      const box = (await b.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await readButtons(page).first().tap();
    await expect.poll(async () => (await said(page)).length).toBe(1);
    await shot(page, 'read-aloud-intro-390x844');
    await context.close();
  });

  it('shows no read-aloud button when the device has no voice for the game’s language', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await fakeSpeech(context, [{ name: 'Daniel', lang: 'en-GB' }]);
    const { page } = await openArchive(context);
    // The voices have loaded (the English game has its buttons), the French one has none.
    await page.getByRole('button', { name: /^EN\b/i }).click();
    await expect.poll(() => readButtons(page).count()).toBe(2);
    await page.getByRole('button', { name: /^FR\b/i }).click();
    await expect.poll(() => readButtons(page).count()).toBe(0);
    await context.close();

    const silent = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await fakeSpeech(silent, []);
    const quiet = await openArchive(silent);
    await quiet.page.waitForTimeout(500);
    expect(await readButtons(quiet.page).count()).toBe(0);
    await silent.close();
  });
});
