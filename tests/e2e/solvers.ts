/**
 * Plays any puzzle on screen with its kind's solver, found in the kind's folder
 * (src/puzzles/<kind>/solver.ts).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { shot } from './harness';
import { fr, frame, POLL, type Kind, type SolveOptions, type SolveResult, type Solver, type SourcePuzzle } from './solving';

export type { Kind, SolveOptions, SolveResult, SourcePuzzle } from './solving';

const found = import.meta.glob<Solver>('../../src/puzzles/*/solver.ts', { eager: true, import: 'solver' });
export const SOLVERS: ReadonlyMap<string, Solver> = new Map(Object.values(found).map((s) => [s.kind, s]));

/** Plays the puzzle on screen (its title must be showing) with its kind's solver. */
export async function solve(page: Page, puzzle: SourcePuzzle, options: SolveOptions, solved?: Set<Kind>): Promise<SolveResult> {
  await expect.poll(() => page.locator('#puzzle-title').innerText(), POLL).toBe(fr(puzzle.title));
  expect(await frame(page).locator('.prompt').first().innerText()).toBe(fr(puzzle.prompt));
  const solver = SOLVERS.get(puzzle.kind);
  if (!solver) throw new Error(`no solver for the kind "${puzzle.kind}"`);
  let result: SolveResult;
  try {
    result = await solver.play(page, puzzle, options);
  } catch (e) {
    // What was on screen when it went wrong: a picture and the accessibility tree of the panel.
    await shot(page, `failed-${puzzle.id}`).catch(() => undefined);
    const tree = await page
      .locator('#panel')
      .ariaSnapshot({ timeout: 2_000 })
      .catch(() => '(no snapshot)');
    (e as Error).message += `\n--- the panel when "${puzzle.id}" failed ---\n${tree}`;
    throw e;
  }
  solved?.add(puzzle.kind);
  return result;
}
