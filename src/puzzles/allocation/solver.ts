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
  const unit = puzzle.unit ?? '€';
  const number = (n: number) => new Intl.NumberFormat('fr').format(n);
  const money = (n: number) => t('allocation.money', { n: number(n), unit });
  const slider = (label: string) => frame(page).getByRole('slider', { name: label });
  const field = (label: string) => frame(page).getByRole('textbox', { name: t('allocation.amount', { line: label, unit }) });
  const lineItem = (label: string) =>
    frame(page)
      .getByRole('list', { name: t('allocation.lines') })
      .getByRole('listitem')
      .filter({ has: page.getByRole('slider', { name: label }) });
  const total = frame(page).locator('.total');
  const submit = () => frame(page).getByRole('button', { name: t('allocation.submit') });
  const rules = frame(page).getByRole('list', { name: t('allocation.rules') });
  const labelOf = (id: string) => fr(puzzle.lines.find((l) => l.id === id)!.label);
  const amountOf = async (label: string) => Number(await slider(label).inputValue());

  // Every rule is on screen before the first try, in plain words, marked met or not.
  const ruleWords = [
    t(puzzle.spendAll ? 'allocation.rule.spendAll' : 'allocation.rule.stayUnder', { budget: money(puzzle.budget) }),
    ...(puzzle.rules ?? []).map((r) =>
      r.atLeast !== undefined && r.atMost !== undefined
        ? t('allocation.rule.between', { line: labelOf(r.line), min: money(r.atLeast), max: money(r.atMost) })
        : r.atLeast !== undefined
          ? t('allocation.rule.atLeast', { line: labelOf(r.line), min: money(r.atLeast) })
          : r.atMost !== undefined
            ? t('allocation.rule.atMost', { line: labelOf(r.line), max: money(r.atMost) })
            : fr(r.message),
    ),
  ];
  expect(await rules.locator('.rule-text').allInnerTexts()).toEqual(ruleWords);
  const metNow = async () => rules.locator('.rule').evaluateAll((lis) => lis.map((li) => li.classList.contains('met')));
  const amountsNow = new Map<string, number>();
  for (const line of puzzle.lines) amountsNow.set(line.id, await amountOf(fr(line.label)));
  const spentNow = [...amountsNow.values()].reduce((a, b) => a + b, 0);
  const ruleMet = (r: { line: string; atLeast?: number; atMost?: number }, a: Map<string, number>) =>
    (r.atLeast === undefined || a.get(r.line)! >= r.atLeast) && (r.atMost === undefined || a.get(r.line)! <= r.atMost);
  expect(await metNow()).toEqual([
    spentNow <= puzzle.budget && (!puzzle.spendAll || spentNow === puzzle.budget),
    ...(puzzle.rules ?? []).map((r) => ruleMet(r, amountsNow)),
  ]);
  const [budgetMet] = await metNow();
  expect(await rules.locator('.rule').first().innerText()).toContain(t(budgetMet ? 'allocation.rule.met' : 'allocation.rule.notMet'));

  if (options.wrongFirst) {
    // A figure typed, then straight to the check with the pointer: the figure counts in the check
    // (and the click is not lost while the panel takes it). Everything else is still at zero.
    const typedRule = [...(puzzle.rules ?? [])].reverse().find((r) => r.atLeast !== undefined)!;
    const typedLabel = labelOf(typedRule.line);
    await field(typedLabel).fill(String(plan.get(typedRule.line)));
    await submit().click();
    const problems = frame(page).getByRole('list', { name: t('allocation.toFix') });
    await expect.poll(() => problems.locator('li').count(), POLL).toBeGreaterThan(1);
    expect(await amountOf(typedLabel)).toBe(plan.get(typedRule.line));
    const listed = await problems.innerText();
    const listedCount = await problems.locator('li').count();
    for (const rule of puzzle.rules ?? []) {
      if (rule === typedRule) expect(listed).not.toContain(fr(rule.message));
      else if (rule.atLeast) expect(listed).toContain(fr(rule.message));
    }
    await expect.poll(() => feedback(page).innerText()).toBe(t('allocation.problems', { n: listedCount }));
  }

  let typedLines = 0;
  for (const [i, line] of puzzle.lines.entries()) {
    const want = plan.get(line.id)!;
    const label = fr(line.label);
    const input = slider(label);
    let value = await amountOf(label);
    if (value === want) continue;
    if (i === 0) {
      // Keyboard: Tab to the slider, then arrow keys (one step each).
      await tabToSelector(page, `#alloc-${puzzle.id}-${line.id}`);
      const key = want > value ? 'ArrowRight' : 'ArrowLeft';
      while (value !== want) {
        await page.keyboard.press(key);
        const next = value + (want > value ? line.step : -line.step);
        await expect.poll(async () => Number(await input.inputValue()), POLL).toBe(next);
        value = next;
      }
    } else if (i === 1 && Math.abs(want - value) <= 4 * line.step) {
      // Pointer: the + / − buttons, for a few steps.
      const name = t(want > value ? 'allocation.more' : 'allocation.less', { line: label });
      const b = frame(page).getByRole('button', { name, exact: true });
      const box = await b.boundingBox();
      expect(Math.min(box!.width, box!.height), 'a target a thumb can hit').toBeGreaterThanOrEqual(44);
      while (value !== want) {
        await b.click();
        const next = value + (want > value ? line.step : -line.step);
        await expect.poll(async () => Number(await input.inputValue()), POLL).toBe(next);
        value = next;
      }
    } else {
      // The figure typed in the line's field, by keyboard alone.
      const typed = field(label);
      const box = await typed.boundingBox();
      expect(box!.height, 'a field a thumb can hit').toBeGreaterThanOrEqual(44);
      const note = lineItem(label).locator('.feedback');
      await tabToSelector(page, `#alloc-${puzzle.id}-${line.id}-typed`);
      if (typedLines === 0) {
        // Slips are said, never a crash: letters keep the amount, too much is brought down to the top.
        await page.keyboard.type('beaucoup');
        await page.keyboard.press('Enter');
        const min = line.min ?? 0;
        const top = min + Math.floor((line.max - min) / line.step) * line.step;
        const example = Math.min(top, Math.max(min, min + Math.round(((min + top) / 2 - min) / line.step) * line.step));
        await expect.poll(() => note.innerText(), POLL).toBe(t('allocation.typed.notNumber', { line: label, example: number(example) }));
        expect(await typed.inputValue()).toBe(String(value));
        await page.keyboard.type(String(top * 10));
        await page.keyboard.press('Enter');
        await expect.poll(() => note.innerText(), POLL).toBe(t('allocation.typed.overMax', { line: label, max: number(top), amount: number(top), unit }));
        expect(await typed.inputValue()).toBe(String(top));
        expect(await input.getAttribute('aria-valuetext')).toBe(money(top));
      }
      // "1 200 €", as people write it; Enter for the first field, Tab out of the others.
      await page.keyboard.type(`${number(want)} ${unit}`);
      await page.keyboard.press(typedLines === 0 ? 'Enter' : 'Tab');
      await expect.poll(async () => Number(await input.inputValue()), POLL).toBe(want);
      expect(await note.count(), 'nothing to say about a figure that fits').toBe(0);
      typedLines++;
    }
    expect(await input.getAttribute('aria-valuetext')).toBe(money(want));
    expect(await field(label).inputValue()).toBe(String(want));
  }
  expect(typedLines + (options.wrongFirst ? 1 : 0), 'the direct input was used').toBeGreaterThan(0);
  await expect.poll(() => total.innerText(), POLL).toBe(t('allocation.total', { spent: money(puzzle.budget), budget: money(puzzle.budget) }));
  expect(await metNow(), 'every rule met, and marked so').toEqual(ruleWords.map(() => true));
  if (options.shotName) await shot(page, options.shotName);
  await submit().click();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

// ───────────── quiz: the right option, then "Question suivante" / "Terminer le quiz" ─────────────
