/**
 * Messages ("unknown URL setting", "progress imported") sit in the page's flow, so on a phone
 * they never lie over a control, and they close by themselves once there was time to read them.
 */
import { describe, expect, it } from 'vitest';
import { ready, shot, useGame } from './harness';
import { t } from './locale';

const game = useGame();

describe('messages', () => {
  it('on a phone, a message sits clear of every control and closes by itself after a while', async () => {
    const context = await game.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${game.url}?foo=1`);
    await ready(page);
    const notice = page.locator('.notice');
    await expect.poll(() => notice.innerText()).toContain('foo');

    const overlaps = () =>
      page.evaluate(() => {
        const box = document.querySelector('.notice')!.getBoundingClientRect();
        const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
        return [...document.querySelectorAll('button, input, select, a[href], [tabindex="0"]')]
          .filter((el) => !el.closest('.notice') && hit(el.getBoundingClientRect()))
          .map((el) => el.textContent);
      });
    expect(await overlaps()).toEqual([]);
    // Scrolled down, it scrolls away with the page instead of lying over what comes up.
    await page.mouse.wheel(0, 600);
    expect(await overlaps()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'notice-390x844');

    // Still there a moment later (long enough to read), gone after its time.
    await page.clock.fastForward(5000);
    expect(await notice.count()).toBe(1);
    await page.clock.fastForward(5000);
    await expect.poll(() => notice.count()).toBe(0);
    await context.close();
  });

  it('waits while the pointer rests on it, and can be closed by its button', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${game.url}?foo=1`);
    await ready(page);
    const notice = page.locator('.notice');
    await expect.poll(() => notice.count()).toBe(1);
    await notice.hover();
    await page.clock.fastForward(20_000);
    await page.clock.fastForward(1_000);
    expect(await notice.count()).toBe(1);
    // The pointer leaves: its time runs again.
    await page.mouse.move(600, 400);
    await page.clock.fastForward(10_000);
    await expect.poll(() => notice.count()).toBe(0);

    await page.reload();
    await ready(page);
    await expect.poll(() => notice.count()).toBe(1);
    await notice.getByRole('button', { name: t('notice.dismiss') }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await context.close();
  });
});
