/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, clickWhenEnabled, defineSolver, feedback, fr, frame, puzzleClosed, startsWith } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('quiz', async (page, puzzle, options) => {
  const question = frame(page).locator('.quiz .question');
  const optionsList = frame(page).getByRole('list', { name: t('quiz.options') });
  const option = (text: string) => optionsList.getByRole('button', { name: startsWith(text) });
  for (const [i, q] of puzzle.questions.entries()) {
    await expect.poll(() => question.innerText(), POLL).toBe(fr(q.text));
    expect(await frame(page).locator('.quiz .progress').innerText()).toBe(t('quiz.progress', { n: i + 1, total: puzzle.questions.length }));
    if (options.wrongFirst && i === 0) {
      const wrong = q.options.find((o) => !o.correct)!;
      await option(fr(wrong.text)).click();
      await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('quiz.wrong'));
      await expect.poll(() => option(fr(wrong.text)).getAttribute('aria-disabled')).toBe('true');
      expect(await option(fr(wrong.text)).innerText()).toContain(t('quiz.tried'));
      if (options.shotName) await shot(page, `${options.shotName}-wrong`);
    }
    const right = q.options.find((o) => o.correct)!;
    await clickWhenEnabled(option(fr(right.text)));
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(fr(q.explanation));
    const last = i === puzzle.questions.length - 1;
    const next = frame(page).getByRole('button', { name: t(last ? 'quiz.finish' : 'quiz.next'), exact: true });
    if (options.shotName && i === 0) await shot(page, options.shotName);
    await next.click();
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ───────────── timed events: the option that shows the most, then next / finish ─────────────
