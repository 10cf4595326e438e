/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, feedback, fr, frame, puzzleClosed } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';
import { spotNames } from './names';

export const solver = defineSolver('hotspots', async (page, puzzle, options) => {
  const board = page.getByRole('group', { name: t('hotspots.board') });
  // A spot's button is named after what is drawn there; its label (the answer) is not its name.
  const names = spotNames(puzzle.spots, { t, tx: fr });
  const spot = (id: string) => board.getByRole('button', { name: names.get(id)!, exact: true });
  const counter = frame(page).locator('.counter');
  await expect.poll(() => counter.innerText(), POLL).toBe(t('hotspots.counter', { n: 0, total: puzzle.need }));
  if (options.wrongFirst) {
    const miss = puzzle.spots.find((s) => !s.target)!;
    await spot(miss.id).click();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(fr(miss.feedback));
    await expect.poll(() => feedback(page).getAttribute('class')).toContain('wrong');
    expect(await spot(miss.id).getAttribute('aria-pressed')).toBe('false');
  }
  const targets = puzzle.spots.filter((s) => s.target).slice(0, puzzle.need);
  for (const [i, target] of targets.entries()) {
    await spot(target.id).click();
    if (i === targets.length - 1) break;
    await expect.poll(() => counter.innerText(), POLL).toBe(t('hotspots.counter', { n: i + 1, total: puzzle.need }));
    await expect.poll(() => spot(target.id).getAttribute('aria-pressed')).toBe('true');
    expect(await feedback(page).innerText()).toBe(fr(target.feedback));
    if (options.shotName && i === Math.floor(targets.length / 2)) await shot(page, options.shotName);
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});
