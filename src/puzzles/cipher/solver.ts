/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, feedback, frame, puzzleClosed } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('cipher', async (page, puzzle, options) => {
  const answer = typeof puzzle.answer === 'string' ? puzzle.answer : puzzle.answer!.fr;
  const decoded = frame(page).locator('.cipher-text.decoded');
  const right = frame(page).getByRole('button', { name: t('cipher.turnRight') });
  await expect.poll(() => frame(page).locator('.wheel-shift').innerText(), POLL).toContain(t('cipher.shift', { n: 0 }));
  // One click, then the arrow keys on the focused wheel button, until the preview reads.
  await right.click();
  for (let turns = 1; !(await decoded.innerText()).includes(answer); turns++) {
    expect(turns, 'the wheel never showed the answer').toBeLessThan(26);
    const before = await decoded.innerText();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => decoded.innerText(), POLL).not.toBe(before);
  }
  const shift = await frame(page).locator('.wheel-shift').innerText();
  if (options.shotName) await shot(page, options.shotName);
  const input = frame(page).getByRole('textbox', { name: t('cipher.answer') });
  await input.click();
  if (options.wrongFirst) {
    await page.keyboard.type('CHARBON');
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('cipher.wrong'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(answer.toLowerCase()); // case does not count
  await page.keyboard.press('Enter');
  await puzzleClosed(page);
  expect(shift, 'the wheel was turned').not.toContain(t('cipher.shift', { n: 0 }));
  return { flags: {}, choices: [] };
});

// ─────────────────────────── hotspots: pick every target ───────────────────────────
