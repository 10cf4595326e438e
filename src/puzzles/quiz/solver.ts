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
    // The options come in the puzzle's own shuffled order, never as the level file lists them.
    const shown = await optionsList.locator('.option-text').allInnerTexts();
    const written = q.options.map((o) => fr(o.text));
    expect([...shown].sort()).toEqual([...written].sort());
    expect(shown, 'the options come shuffled').not.toEqual(written);
    if (options.wrongFirst && i === 0) {
      // The first wrong option on screen, as a player reading from the top would pick it.
      const firstWrong = shown.find((text) => q.options.some((o) => !o.correct && fr(o.text) === text));
      const wrong = q.options.find((o) => !o.correct && fr(o.text) === firstWrong)!;
      await option(fr(wrong.text)).click();
      const why = wrong.why ? t('quiz.wrongWhy', { why: fr(wrong.why) }) : t('quiz.wrong');
      await expect.poll(() => feedback(page).innerText(), POLL).toBe(why);
      await expect.poll(() => option(fr(wrong.text)).getAttribute('aria-disabled')).toBe('true');
      expect(await option(fr(wrong.text)).innerText()).toContain(t('quiz.tried'));
      if (wrong.why) {
        // The reason stays under the option, and describes it to screen readers.
        const item = optionsList.getByRole('listitem').filter({ has: page.getByRole('button', { name: startsWith(fr(wrong.text)) }) });
        const under = item.locator('.option-why');
        expect(await under.innerText()).toBe(fr(wrong.why));
        const describedBy = await option(fr(wrong.text)).getAttribute('aria-describedby');
        expect(describedBy && (await under.getAttribute('id'))).toBe(describedBy);
      }
      if (options.shotName) await shot(page, `${options.shotName}-wrong`);
    }
    const right = q.options.find((o) => o.correct)!;
    await clickWhenEnabled(option(fr(right.text)));
    const said = right.why ? t('quiz.rightWhy', { why: fr(right.why), explanation: fr(q.explanation) }) : fr(q.explanation);
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(said);
    const last = i === puzzle.questions.length - 1;
    const next = frame(page).getByRole('button', { name: t(last ? 'quiz.finish' : 'quiz.next'), exact: true });
    if (options.shotName && i === 0) await shot(page, options.shotName);
    await next.click();
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ───────────── timed events: the option that shows the most, then next / finish ─────────────
