/**
 * Runs axe-core (through @axe-core/playwright) on the page as it is, against WCAG 2.2 AA, and
 * says each violation in a line a person can act on: its rule, impact, where, and why.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 added no level A rule that axe checks). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Lets transitions and fades end first: a colour half-way through a fade is not a finding. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const running = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([Promise.all(running.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2_000))]);
  });
}

/** The WCAG 2.2 AA violations on the page now, one line per element (empty when there are none). */
export async function violations(page: Page): Promise<string[]> {
  await settle(page);
  // Legacy mode runs axe in the page itself, not in a new blank tab for each check (the game
  // has no frames, which is all it leaves out); only the violations are detailed.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${n.impact ?? v.impact ?? 'unknown'}) at ${n.target.join(' ')}: ${v.help}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`),
  );
}
