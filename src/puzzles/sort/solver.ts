/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, attr, defineSolver, feedback, fr, frame, puzzleClosed, startsWith, tabToSelector, tabUntil } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('sort', async (page, puzzle, options) => {
  const prefix = `sort-${puzzle.id}-`;
  const categoryIndex = new Map(puzzle.categories.map((c, i) => [c.id, i]));
  const want = new Map(puzzle.items.map((it) => [it.id, categoryIndex.get(it.category)!]));
  // The deliberate mistake: the first item goes to the next category.
  const firstItem = puzzle.items[0]!;
  const wrongIndex = (want.get(firstItem.id)! + 1) % puzzle.categories.length;
  const place = async (item: string, target: number) => {
    // Which radio of the group has the focus (Tab lands on the checked one, or the first).
    const current = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)];
      return { index: group.indexOf(el), checked: group.some((r) => r.checked) };
    });
    const n = puzzle.categories.length;
    const steps = (target - current.index + n) % n;
    if (steps === 0 && !current.checked) await page.keyboard.press('Space');
    for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowRight');
    const group = frame(page).locator(`input[type=radio][name="${prefix}${item}"]`);
    await expect.poll(() => group.nth(target).isChecked(), POLL).toBe(true);
  };
  const placed = new Set<string>();
  // Tab through the groups from the top; each radio group is one Tab stop.
  while (placed.size < puzzle.items.length) {
    const f = await tabUntil(page, (x) => x.type === 'radio' && x.name.startsWith(prefix) && !placed.has(x.name.slice(prefix.length)), 'the next item');
    const item = f.name.slice(prefix.length);
    await place(item, options.wrongFirst && item === firstItem.id ? wrongIndex : want.get(item)!);
    placed.add(item);
  }
  const submit = async () => {
    expect((await tabToSelector(page, '.puzzle-frame form.sort button[type=submit]')).label).toBe(t('sort.submit'));
    await page.keyboard.press('Enter');
  };
  if (options.wrongFirst) {
    if (options.shotName) await shot(page, `${options.shotName}-before`);
    await submit();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('sort.wrong', { n: 1 }));
    const wrongGroup = frame(page).getByRole('group', { name: startsWith(fr(firstItem.label)) });
    await expect.poll(() => wrongGroup.locator('.sort-why').innerText(), POLL).toBe(fr(firstItem.why));
    await expect.poll(() => wrongGroup.locator('.sort-mark').innerText()).toBe(t('sort.mark'));
    if (options.shotName) await shot(page, `${options.shotName}-wrong`);
    // Back up to the item to fix (Shift+Tab), put it right.
    await tabToSelector(page, `input[type=radio]${attr('name', `${prefix}${firstItem.id}`)}:checked`);
    await place(firstItem.id, want.get(firstItem.id)!);
  } else if (options.shotName) await shot(page, options.shotName);
  await submit();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ────────────── dialogue: pick choices until it ends, on a path that sets the wanted flags ──────────────
