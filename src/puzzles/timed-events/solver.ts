/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, fr, frame, puzzleClosed, startsWith } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

export const solver = defineSolver('timed-events', async (page, puzzle, options) => {
  const text = frame(page).locator('.event-text');
  const chosen: string[] = [];
  for (const [i, event] of puzzle.events.entries()) {
    await expect.poll(() => text.innerText(), POLL).toBe(fr(event.text));
    expect(await frame(page).locator('.timed-events .progress').innerText()).toBe(t('timedEvents.progress', { n: i + 1, total: puzzle.events.length }));
    // Without the trainer's timer there is no countdown.
    expect(await frame(page).locator('.countdown').count()).toBe(0);
    const score = (o: (typeof event.options)[number]) => Object.values(o.effects?.points ?? {}).reduce((a, b) => a + (b ?? 0), 0);
    const best = [...event.options].sort((a, b) => score(b) - score(a))[0]!;
    const list = frame(page).getByRole('list', { name: t('timedEvents.options') });
    await list.getByRole('button', { name: startsWith(fr(best.text)) }).click();
    await expect.poll(() => frame(page).locator('.outcome').innerText(), POLL).toContain(fr(best.outcome));
    expect(await frame(page).locator('.outcome .chosen').innerText()).toBe(t('timedEvents.chosen', { option: fr(best.text) }));
    chosen.push(fr(best.text));
    if (options.shotName && i === 0) await shot(page, options.shotName);
    const last = i === puzzle.events.length - 1;
    await frame(page)
      .getByRole('button', { name: t(last ? 'timedEvents.finish' : 'timedEvents.next'), exact: true })
      .click();
  }
  await puzzleClosed(page);
  return { flags: {}, choices: chosen };
});
