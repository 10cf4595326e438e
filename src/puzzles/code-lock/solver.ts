/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, feedback, frame, puzzleClosed } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('code-lock', async (page, puzzle, options) => {
  const answer = String(puzzle.answer);
  const input = frame(page).getByRole('textbox', { name: t('codeLock.input', { n: puzzle.length }) });
  await input.click();
  if (options.wrongFirst) {
    const wrong = answer.slice(0, -1) + String((Number(answer.slice(-1)) + 1) % 10);
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('codeLock.wrong'));
    await expect.poll(() => feedback(page).getAttribute('class')).toContain('wrong');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(answer);
  expect(await input.inputValue()).toBe(answer);
  if (options.shotName) await shot(page, options.shotName);
  await page.keyboard.press('Enter');
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ───────────── cipher: turn the wheel until the message reads, then type the word ─────────────
