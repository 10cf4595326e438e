/**
 * The browser tests' player for this kind: plays it on screen by roles, names, keys, clicks and a
 * drag, knowing the answer from the level's source file. It takes a card in hand and changes its
 * mind (a move, a card put back on the pile) before placing every card for real.
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { makeTranslator } from '../../core/i18n';
import { POLL, attr, defineSolver, feedback, focused, fr, frame, puzzleClosed, startsWith, tabToSelector, type PuzzleOfKind } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import frStrings from './locales/fr.json';

type CanvasPuzzle = PuzzleOfKind<'business-canvas'>;
type Card = CanvasPuzzle['cards'][number];

/** The kind's own French strings, read as the game reads them (plural forms included). */
const say = makeTranslator({ fr: frStrings, en: {} }, 'fr');

const STANDARD = ['customers', 'problem', 'value', 'channels', 'costs', 'revenue'];

/** How a card is put down: by keys alone, by clicks (or taps), or dragged with the mouse. */
type Hand = 'keys' | 'clicks' | 'drag';
const HANDS: Hand[] = ['keys', 'clicks', 'drag'];

export const solver = defineSolver('business-canvas', async (page, puzzle, options) => {
  const blocks = puzzle.blocks ?? STANDARD.map((id) => ({ id, label: undefined }));
  const blockName = (id: string) => {
    const b = blocks.find((x) => x.id === id);
    return b?.label ? fr(b.label) : say(`businessCanvas.block.${id}`);
  };
  const pile = frame(page).getByRole('region', { name: startsWith(say('businessCanvas.pile')) });
  const block = (id: string) => frame(page).getByRole('region', { name: blockName(id), exact: true });
  const cardIn = (where: Locator, c: Card) => where.getByRole('button', { name: startsWith(fr(c.label)) });
  const placeButton = (id: string) => frame(page).getByRole('button', { name: say('businessCanvas.placeIn', { block: blockName(id) }), exact: true });
  const status = () => frame(page).locator('.bc-status').innerText();
  const backToPile = () => frame(page).getByRole('button', { name: say('businessCanvas.backToPile'), exact: true });

  // The pile comes shuffled, never in the order the file lists the cards.
  const written = puzzle.cards.map((c) => fr(c.label));
  const shown = await pile.locator('.bc-card-label').allInnerTexts();
  expect([...shown].sort()).toEqual([...written].sort());
  expect(shown, 'the cards come shuffled').not.toEqual(written);
  expect(await status()).toBe(say('businessCanvas.pickFirstLine'));
  expect(await placeButton(blocks[0]!.id).getAttribute('aria-disabled')).toBe('true');

  const held = async (from: Locator, c: Card) => (await cardIn(from, c).getAttribute('aria-pressed')) === 'true';

  /** Takes the card in hand (unless it is there already) and puts it in a block, the way `hand` says. */
  const put = async (c: Card, from: Locator, to: string, hand: Hand) => {
    if (hand === 'drag') {
      // The events a mouse drag fires, sent to the card and the block: Playwright's dragTo scrolls
      // the panel to the block while the button is down, and the drag then starts on another card.
      const data = await page.evaluateHandle(() => new DataTransfer());
      await cardIn(from, c).dispatchEvent('dragstart', { dataTransfer: data });
      await block(to).dispatchEvent('dragover', { dataTransfer: data });
      await block(to).dispatchEvent('drop', { dataTransfer: data });
    } else if (hand === 'clicks') {
      if (!(await held(from, c))) await cardIn(from, c).click();
      await expect.poll(() => held(from, c), POLL).toBe(true);
      await placeButton(to).click();
    } else {
      const alreadyHeld = await held(from, c);
      await tabToSelector(page, `.puzzle-frame button${attr('data-key', `bc-card-${c.id}`)}`);
      // Enter on the card in hand would put it down again.
      if (!alreadyHeld) await page.keyboard.press('Enter');
      await expect.poll(() => held(from, c), POLL).toBe(true);
      expect(await status()).toContain(fr(c.label));
      await tabToSelector(page, `.puzzle-frame button${attr('data-key', `bc-place-${to}`)}`);
      await page.keyboard.press('Enter');
      // The focus stays on the block's button, just under the card that landed there.
      await expect.poll(async () => (await focused(page)).key, POLL).toBe(`bc-place-${to}`);
    }
    await expect.poll(() => cardIn(block(to), c).count(), POLL).toBe(1);
    expect(await feedback(page).innerText()).toBe(say('businessCanvas.placed', { card: fr(c.label) }));
  };

  const first = puzzle.cards[0]!;
  const otherBlock = (id: string) => blocks[(blocks.findIndex((b) => b.id === id) + 1) % blocks.length]!.id;
  const wrongBlock = otherBlock(first.block);

  // A change of mind: the first card goes in a block, moves to another, then back on the pile.
  await put(first, pile, wrongBlock, 'clicks');
  await cardIn(block(wrongBlock), first).click();
  await expect.poll(status, POLL).toBe(say('businessCanvas.holdingPlaced', { card: fr(first.label) }));
  expect(await backToPile().getAttribute('aria-disabled')).toBeNull();
  await put(first, block(wrongBlock), otherBlock(wrongBlock), 'keys');
  await cardIn(block(otherBlock(wrongBlock)), first).click();
  await expect.poll(() => held(block(otherBlock(wrongBlock)), first), POLL).toBe(true);
  await backToPile().click();
  await expect.poll(() => cardIn(pile, first).count(), POLL).toBe(1);
  expect(await feedback(page).innerText()).toBe(say('businessCanvas.unplaced', { card: fr(first.label) }));

  // Every card, by keys, clicks and drags in turn; with `wrongFirst`, the first one in a wrong block.
  for (const [i, c] of puzzle.cards.entries()) {
    const to = options.wrongFirst && c === first ? wrongBlock : c.block;
    await put(c, pile, to, HANDS[i % HANDS.length]!);
  }
  expect(await pile.locator('.bc-pile-empty').innerText()).toBe(say('businessCanvas.pileEmpty'));

  const submit = async () => {
    expect((await tabToSelector(page, '.puzzle-frame form.business-canvas button[type=submit]')).label).toBe(say('businessCanvas.submit'));
    await page.keyboard.press('Enter');
  };
  if (options.wrongFirst) {
    if (options.shotName) await shot(page, `${options.shotName}-before`);
    await submit();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(say('businessCanvas.wrong', { n: 1 }));
    // The block says a card there belongs elsewhere; it does not say which one (no hint opened).
    await expect.poll(() => block(wrongBlock).locator('.bc-verdict').innerText(), POLL).toBe(say('businessCanvas.blockWrong', { n: 1 }));
    expect(await frame(page).locator('.bc-card.marked').count()).toBe(0);
    expect(await frame(page).locator('.bc-to-check').innerText()).toBe(say('businessCanvas.toCheck', { n: 1, blocks: blockName(wrongBlock) }));
    const home = block(first.block).locator('.bc-verdict');
    const others = puzzle.cards.filter((c) => c !== first && c.block === first.block).length;
    expect(await home.innerText()).toBe(say(others ? 'businessCanvas.blockRight' : 'businessCanvas.blockEmpty'));
    if (options.shotName) await shot(page, `${options.shotName}-wrong`);
    // Put it right by keys: its block's mark goes as soon as the card leaves.
    await put(first, block(wrongBlock), first.block, 'keys');
    await expect.poll(() => block(wrongBlock).locator('.bc-verdict').count(), POLL).toBe(0);
    expect(await frame(page).locator('.bc-to-check').count()).toBe(0);
  } else if (options.shotName) await shot(page, options.shotName);
  await submit();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
});
