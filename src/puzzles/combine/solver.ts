/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, feedback, fr, frame, puzzleClosed, startsWith, type PuzzleOfKind } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

type Recipe = PuzzleOfKind<'combine'>['recipes'][number];

/** The recipes to follow, ingredients first, to make `goal` from the starting items. */
export function recipePlan(puzzle: PuzzleOfKind<'combine'>, goal = puzzle.goal, made = new Set<string>()): Recipe[] {
  if (made.has(goal) || puzzle.items.some((it) => it.id === goal)) return [];
  const recipe = puzzle.recipes.find((r) => r.result.id === goal);
  if (!recipe) throw new Error(`no recipe makes "${goal}"`);
  const plan = [...recipePlan(puzzle, recipe.a, made), ...recipePlan(puzzle, recipe.b, made), recipe];
  made.add(goal);
  return plan;
}

export const solver = defineSolver('combine', async (page, puzzle, options) => {
  const inventory = frame(page).getByRole('list', { name: t('combine.inventory') });
  const labels = new Map<string, string>([
    ...puzzle.items.map((it) => [it.id, fr(it.label)] as const),
    ...puzzle.recipes.map((r) => [r.result.id, fr(r.result.label)] as const),
  ]);
  const item = (id: string) => inventory.getByRole('button', { name: startsWith(labels.get(id)!) });
  const pick = async (id: string) => {
    await item(id).click();
  };
  if (options.wrongFirst) {
    // Two things that make nothing: said kindly, and nothing is lost.
    const [a, b] = findUselessPair(puzzle);
    await pick(a);
    await expect.poll(() => item(a).getAttribute('aria-pressed'), POLL).toBe('true');
    await expect.poll(() => frame(page).locator('.selection').innerText()).toContain(labels.get(a)!);
    await pick(b);
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(fr(puzzle.wrong));
  }
  const plan = recipePlan(puzzle);
  for (const [i, recipe] of plan.entries()) {
    await pick(recipe.a);
    await expect.poll(() => item(recipe.a).getAttribute('aria-pressed'), POLL).toBe('true');
    await pick(recipe.b);
    if (i === plan.length - 1) break;
    await expect.poll(() => item(recipe.result.id).count(), POLL).toBe(1);
    expect(await feedback(page).innerText()).toBe(fr(recipe.text));
    if (options.shotName && i === plan.length - 2) await shot(page, options.shotName);
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});

function findUselessPair(puzzle: PuzzleOfKind<'combine'>): [string, string] {
  const ids = puzzle.items.map((it) => it.id);
  for (const a of ids) for (const b of ids) if (a !== b && !puzzle.recipes.some((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))) return [a, b];
  throw new Error('every pair makes something');
}

// ─────────────── sequence: reorder with the move buttons, by keyboard alone ───────────────
