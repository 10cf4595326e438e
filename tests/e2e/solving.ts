/**
 * What every kind's browser solver (src/puzzles/<kind>/solver.ts) shares. A solver plays the
 * puzzle on screen as a player would (by roles, names, keys and clicks), knowing the answer
 * from the level's SOURCE file (the built game only holds hashes). It never reaches into the
 * game's state.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LevelInput } from '../../src/core/level/schema';

export type SourcePuzzle = LevelInput['puzzles'][number];
export type Kind = SourcePuzzle['kind'];
export type PuzzleOfKind<K extends Kind> = Extract<SourcePuzzle, { kind: K }>;
export type Flags = Record<string, string | boolean>;
export type Condition = { flag: string; equals?: string | boolean | undefined };

export interface SolveOptions {
  /** The journey's flags when the puzzle opens (dialogues offer choices by them). */
  flags: Flags;
  /** Flags the dialogue should end with (the path through it is chosen for them). */
  wantFlags?: Flags;
  /** Make one wrong attempt first and check the feedback says so. */
  wrongFirst?: boolean;
  /** Screenshot name, taken while the puzzle is on screen (partly solved). */
  shotName?: string;
}

export interface SolveResult {
  /** Flags set by the player's choices (dialogues). */
  flags: Flags;
  /** Choice texts picked (dialogues, timed events), for checks on the report. */
  choices: string[];
}

type Play<K extends Kind> = (page: Page, puzzle: PuzzleOfKind<K>, options: SolveOptions) => Promise<SolveResult>;

/** A kind's solver, ready for any puzzle: it refuses a puzzle of another kind. */
export interface Solver {
  kind: Kind;
  play(page: Page, puzzle: SourcePuzzle, options: SolveOptions): Promise<SolveResult>;
}

export function defineSolver<K extends Kind>(kind: K, play: Play<K>): Solver {
  const mine = (p: SourcePuzzle): p is PuzzleOfKind<K> => p.kind === kind;
  return {
    kind,
    play: (page, puzzle, options) => {
      if (!mine(puzzle)) throw new Error(`the ${kind} solver was given a ${puzzle.kind} puzzle`);
      return play(page, puzzle, options);
    },
  };
}

export const fr = (t: { fr: string }) => t.fr;
// Any run of spaces (French texts use non-breaking ones before « ! ? : ») matches any white space.
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+');
/**
 * An accessible name that starts with this text (buttons whose name adds a description or a
 * state), after any leading mark that is not a letter or digit (a selected item shows "✋ ").
 */
export const startsWith = (s: string) => new RegExp(`^[^\\p{L}\\p{N}]*${escapeRe(s)}`, 'u');
export const frame = (page: Page) => page.locator('.puzzle-frame');
export const feedback = (page: Page) => frame(page).locator('.puzzle .feedback').last();
export const POLL = { timeout: 10_000 };

/** What has the keyboard focus (read only). */
export interface Focused {
  tag: string;
  type: string;
  name: string;
  id: string;
  label: string;
  key: string;
  checked: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      name: input?.name ?? '',
      id: el?.id ?? '',
      label: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
      key: el?.dataset.key ?? '',
      checked: !!input?.checked,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element passes the test. */
export async function tabUntil(page: Page, test: (f: Focused) => boolean, what: string, back = false, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (test(f)) return f;
  }
  throw new Error(`Tab never reached ${what} (last: ${JSON.stringify(await focused(page))})`);
}

/** A CSS attribute selector for an exact value. */
export const attr = (name: string, value: string) => `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;

/**
 * Presses Tab, or Shift+Tab when the element is above the focus, until the element matching
 * `selector` has the focus. Reads where things are; moves only by keys.
 */
export async function tabToSelector(page: Page, selector: string, max = 80): Promise<Focused> {
  const where = await page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const active = document.activeElement;
    if (!target) return 'missing';
    if (active === target) return 'here';
    if (!active || active === document.body) return 'after';
    return target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before' : 'after';
  }, selector);
  if (where === 'missing') throw new Error(`nothing matches ${selector}`);
  if (where === 'here') return focused(page);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return focused(page);
  }
  throw new Error(`Tab never reached ${selector} (last: ${JSON.stringify(await focused(page))})`);
}

/** The puzzle panel is gone: the machine judged it solved and the level moved on. */
export async function puzzleClosed(page: Page): Promise<void> {
  await expect.poll(() => frame(page).count(), POLL).toBe(0);
}

export async function clickWhenEnabled(button: Locator): Promise<void> {
  await expect.poll(() => button.getAttribute('aria-disabled'), POLL).toBeNull();
  await button.click();
}

// ───────────────────────────── code-lock: type the code ─────────────────────────────

/** Does a journey flag meet a level's condition (as the game reads it)? */
export function holds(flags: Flags, when: Condition | undefined): boolean {
  if (!when) return true;
  const v = flags[when.flag];
  if (when.equals === undefined) return v !== undefined && v !== false;
  return v === when.equals;
}
