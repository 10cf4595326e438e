/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, feedback, fr, frame, puzzleClosed, tabToSelector, type PuzzleOfKind } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

type AllocationPuzzle = PuzzleOfKind<'allocation'>;

/** Amounts that meet every rule and the budget: each line at its lowest allowed, the rest spread. */
export function allocationPlan(puzzle: AllocationPuzzle): Map<string, number> {
  const amounts = new Map<string, number>();
  const bounds = new Map<string, { lo: number; hi: number; step: number }>();
  for (const line of puzzle.lines) {
    const min = line.min ?? 0;
    const top = min + Math.floor((line.max - min) / line.step) * line.step;
    const rules = (puzzle.rules ?? []).filter((r) => r.line === line.id);
    const atLeast = Math.max(min, ...rules.map((r) => r.atLeast ?? min));
    const atMost = Math.min(top, ...rules.map((r) => r.atMost ?? top));
    const lo = min + Math.ceil((atLeast - min) / line.step) * line.step;
    const hi = min + Math.floor((atMost - min) / line.step) * line.step;
    bounds.set(line.id, { lo, hi, step: line.step });
    amounts.set(line.id, lo);
  }
  let left = puzzle.budget - [...amounts.values()].reduce((a, b) => a + b, 0);
  // What is left goes first where there is most room (materials, not a second rent).
  const roomy = [...puzzle.lines].sort((a, b) => bounds.get(b.id)!.hi - bounds.get(b.id)!.lo - (bounds.get(a.id)!.hi - bounds.get(a.id)!.lo));
  if (puzzle.spendAll)
    for (const line of roomy) {
      const b = bounds.get(line.id)!;
      const add = Math.min(b.hi - amounts.get(line.id)!, Math.floor(left / b.step) * b.step);
      amounts.set(line.id, amounts.get(line.id)! + add);
      left -= add;
    }
  if (left < 0 || (puzzle.spendAll && left !== 0)) throw new Error(`no allocation fits "${puzzle.id}"`);
  return amounts;
}

export const solver = defineSolver('allocation', async (page, puzzle, options) => {
  const plan = allocationPlan(puzzle);
  const money = (n: number) => t('allocation.money', { n: new Intl.NumberFormat('fr').format(n), unit: puzzle.unit ?? '€' });
  const slider = (label: string) => frame(page).getByRole('slider', { name: label });
  const total = frame(page).locator('.total');
  const submit = () => frame(page).getByRole('button', { name: t('allocation.submit') });
  if (options.wrongFirst) {
    // Everything at zero: the check lists what to fix, rule by rule.
    await submit().click();
    const problems = frame(page).getByRole('list', { name: t('allocation.toFix') });
    await expect.poll(() => problems.locator('li').count(), POLL).toBeGreaterThan(1);
    const listed = await problems.innerText();
    const listedCount = await problems.locator('li').count();
    for (const rule of puzzle.rules ?? []) if (rule.atLeast) expect(listed).toContain(fr(rule.message));
    await expect.poll(() => feedback(page).innerText()).toBe(t('allocation.problems', { n: listedCount }));
  }
  for (const [i, line] of puzzle.lines.entries()) {
    const want = plan.get(line.id)!;
    const input = slider(fr(line.label));
    let value = Number(await input.inputValue());
    if (value === want) continue;
    if (i % 2 === 0) {
      // Keyboard: Tab to the slider, then arrow keys (one step each).
      await tabToSelector(page, `#alloc-${puzzle.id}-${line.id}`);
      const key = want > value ? 'ArrowRight' : 'ArrowLeft';
      while (value !== want) {
        await page.keyboard.press(key);
        const next = value + (want > value ? line.step : -line.step);
        await expect.poll(async () => Number(await input.inputValue()), POLL).toBe(next);
        value = next;
      }
    } else {
      // Pointer: the + / − buttons next to the slider.
      const name = t(want > value ? 'allocation.more' : 'allocation.less', { line: fr(line.label) });
      const b = frame(page).getByRole('button', { name, exact: true });
      while (value !== want) {
        await b.click();
        const next = value + (want > value ? line.step : -line.step);
        await expect.poll(async () => Number(await input.inputValue()), POLL).toBe(next);
        value = next;
      }
    }
    expect(await input.getAttribute('aria-valuetext')).toBe(money(want));
  }
  await expect.poll(() => total.innerText(), POLL).toBe(t('allocation.total', { spent: money(puzzle.budget), budget: money(puzzle.budget) }));
  if (options.shotName) await shot(page, options.shotName);
  await submit().click();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ───────────── quiz: the right option, then "Question suivante" / "Terminer le quiz" ─────────────
