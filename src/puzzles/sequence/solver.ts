/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, attr, defineSolver, feedback, focused, fr, frame, puzzleClosed, tabToSelector } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

/** The length of the longest run of increasing ranks (the steps already in the right order among themselves). */
function longestRunInOrder(ranks: number[]): number {
  const best: number[] = [];
  ranks.forEach((r, i) => {
    best[i] = 1 + Math.max(0, ...ranks.slice(0, i).map((q, j) => (q < r ? best[j]! : 0)));
  });
  return Math.max(0, ...best);
}

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
  let toMove: string[] = [];
  if (options.wrongFirst) {
    // The check marks the steps to move on the list and names them, top to bottom; the others
    // stay in the right order among themselves, and no fewer steps would do.
    await submit();
    const marked = list.locator('.step.misplaced');
    await expect.poll(() => marked.count(), POLL).toBeGreaterThan(0);
    toMove = await marked.locator('.step-label').allInnerTexts();
    const stay = start.filter((s) => !toMove.includes(s));
    const rank = (s: string) => want.indexOf(s);
    expect(
      stay.every((s, i) => i === 0 || rank(stay[i - 1]!) < rank(s)),
      `left in place: ${stay.join(' / ')}`,
    ).toBe(true);
    expect(toMove.length).toBe(want.length - longestRunInOrder(start.map(rank)));
    for (const mark of await marked.locator('.step-mark').allInnerTexts()) expect(mark.trim()).toBe(t('sequence.mark'));
    const named = toMove.map((s) => `«\u00a0${s}\u00a0»`).join(', ');
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('sequence.toMove', { n: toMove.length, steps: named }));
    expect(await shown(), 'a check moves nothing').toEqual(start);
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
      if (toMove.includes(want[i]!)) {
        // A marked step, once moved, loses its mark: the player acted on it.
        expect(await list.locator('.step.misplaced .step-label').allInnerTexts()).not.toContain(want[i]);
      }
    }
  }
  expect(await shown()).toEqual(want);
  if (options.shotName) await shot(page, options.shotName);
  await submit();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ──────────────── sort: a category radio for each item, by keyboard alone ────────────────
