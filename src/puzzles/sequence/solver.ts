/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, attr, defineSolver, feedback, focused, fr, frame, puzzleClosed, tabToSelector } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('sequence', async (page, puzzle, options) => {
  const list = frame(page).getByRole('list', { name: t('sequence.list') });
  const shown = async () => list.locator('.step-label').allInnerTexts();
  const want = puzzle.steps.map((s) => fr(s.label));
  const start = await shown();
  expect([...start].sort()).toEqual([...want].sort());
  expect(start, 'the steps come shuffled').not.toEqual(want);
  const submit = async () => {
    expect((await tabToSelector(page, '.puzzle-frame form.sequence button[type=submit]')).label).toBe(t('sequence.submit'));
    await page.keyboard.press('Enter');
  };
  if (options.wrongFirst) {
    const inPlace = start.filter((s, i) => s === want[i]).length;
    await submit();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(
      t('sequence.wrong', { n: inPlace, total: want.length }),
    );
  }
  // Selection sort from the top: Tab to the step's "up" button, Enter until it sits in its place.
  // The pressed button keeps the focus as its step moves, so Enter can be pressed again.
  for (let i = 0; i < want.length; i++) {
    const order = await shown();
    const from = order.indexOf(want[i]!);
    if (from === i) continue;
    await tabToSelector(page, `.puzzle-frame button${attr('aria-label', t('sequence.up', { step: want[i]! }))}`);
    for (let k = from; k > i; k--) {
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await shown()).indexOf(want[i]!), POLL).toBe(k - 1);
      expect((await focused(page)).label, 'focus stays on the moved step').toBe(t('sequence.up', { step: want[i]! }));
    }
  }
  expect(await shown()).toEqual(want);
  if (options.shotName) await shot(page, options.shotName);
  await submit();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ──────────────── sort: a category radio for each item, by keyboard alone ────────────────
