/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, attr, defineSolver, feedback, fr, frame, puzzleClosed, startsWith, tabToSelector, tabUntil } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('sort', async (page, puzzle, options) => {
  const prefix = `sort-${puzzle.id}-`;
  const want = new Map(puzzle.items.map((it) => [it.id, it.category]));
  // The deliberate mistake: one item (picked by id, wherever it is shown) goes to another category.
  const firstItem = puzzle.items[0]!;
  const wrongCategory = puzzle.categories.find((c) => c.id !== firstItem.category)!.id;
  // The items come shuffled by the journey's seed, never grouped as the level file lists them.
  const written = puzzle.items.map((it) => fr(it.label));
  const labels = frame(page).locator('.sort-item-label');
  await expect.poll(async () => [...(await labels.allInnerTexts())].sort(), POLL).toEqual([...written].sort());
  const shown = await labels.allInnerTexts();
  if (new Set(written).size === written.length) expect(shown).not.toEqual(written);
  /** Puts the focused item's radio group on `category`, found by its value, moving by arrow keys. */
  const place = async (item: string, category: string) => {
    // Which radio of the group has the focus (Tab lands on the checked one, or the first), and which one is wanted.
    const current = await page.evaluate((value) => {
      const el = document.activeElement as HTMLInputElement;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)];
      return { index: group.indexOf(el), checked: group.some((r) => r.checked), target: group.findIndex((r) => r.value === value), n: group.length };
    }, category);
    expect(current.target).toBeGreaterThanOrEqual(0);
    const steps = (current.target - current.index + current.n) % current.n;
    if (steps === 0 && !current.checked) await page.keyboard.press('Space');
    for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowRight');
    const radio = frame(page).locator(`input[type=radio]${attr('name', `${prefix}${item}`)}${attr('value', category)}`);
    await expect.poll(() => radio.isChecked(), POLL).toBe(true);
  };
  const placed = new Set<string>();
  // Tab through the groups from the top; each radio group is one Tab stop.
  while (placed.size < puzzle.items.length) {
    const f = await tabUntil(page, (x) => x.type === 'radio' && x.name.startsWith(prefix) && !placed.has(x.name.slice(prefix.length)), 'the next item');
    const item = f.name.slice(prefix.length);
    await place(item, options.wrongFirst && item === firstItem.id ? wrongCategory : want.get(item)!);
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
