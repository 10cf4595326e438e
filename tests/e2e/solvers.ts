/**
 * One solver per puzzle kind, for the browser tests. A solver plays the puzzle on screen as a
 * player would (by roles, names, keys and clicks), knowing the answer from the level's SOURCE
 * file (the built game only holds hashes). It never reaches into the game's state.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LevelInput } from '../../src/core/level/schema';
import { shot } from './harness';
import { t } from './locale';

export type SourcePuzzle = LevelInput['puzzles'][number];
export type Kind = SourcePuzzle['kind'];
export type PuzzleOfKind<K extends Kind> = Extract<SourcePuzzle, { kind: K }>;
type Flags = Record<string, string | boolean>;
type Condition = { flag: string; equals?: string | boolean | undefined };

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

type Solver<K extends Kind> = (page: Page, puzzle: PuzzleOfKind<K>, options: SolveOptions) => Promise<SolveResult>;

const fr = (t: { fr: string }) => t.fr;
// Any run of spaces (French texts use non-breaking ones before « ! ? : ») matches any white space.
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+');
/**
 * An accessible name that starts with this text (buttons whose name adds a description or a
 * state), after any leading mark that is not a letter or digit (a selected item shows "✋ ").
 */
const startsWith = (s: string) => new RegExp(`^[^\\p{L}\\p{N}]*${escapeRe(s)}`, 'u');
const frame = (page: Page) => page.locator('.puzzle-frame');
const feedback = (page: Page) => frame(page).locator('.puzzle .feedback').last();
const POLL = { timeout: 10_000 };

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
async function puzzleClosed(page: Page): Promise<void> {
  await expect.poll(() => frame(page).count(), POLL).toBe(0);
}

async function clickWhenEnabled(button: Locator): Promise<void> {
  await expect.poll(() => button.getAttribute('aria-disabled'), POLL).toBeNull();
  await button.click();
}

// ───────────────────────────── code-lock: type the code ─────────────────────────────

const codeLock: Solver<'code-lock'> = async (page, puzzle, options) => {
  const answer = String(puzzle.answer);
  const input = frame(page).getByRole('textbox', { name: t('codeLock.input', { n: puzzle.length }) });
  await input.click();
  if (options.wrongFirst) {
    const wrong = answer.slice(0, -1) + String((Number(answer.slice(-1)) + 1) % 10);
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('codeLock.wrong'));
    await expect.poll(() => feedback(page).getAttribute('class')).toContain('wrong');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(answer);
  expect(await input.inputValue()).toBe(answer);
  if (options.shotName) await shot(page, options.shotName);
  await page.keyboard.press('Enter');
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
};

// ───────────── cipher: turn the wheel until the message reads, then type the word ─────────────

const cipher: Solver<'cipher'> = async (page, puzzle, options) => {
  const answer = typeof puzzle.answer === 'string' ? puzzle.answer : puzzle.answer!.fr;
  const decoded = frame(page).locator('.cipher-text.decoded');
  const right = frame(page).getByRole('button', { name: t('cipher.turnRight') });
  await expect.poll(() => frame(page).locator('.wheel-shift').innerText(), POLL).toContain(t('cipher.shift', { n: 0 }));
  // One click, then the arrow keys on the focused wheel button, until the preview reads.
  await right.click();
  for (let turns = 1; !(await decoded.innerText()).includes(answer); turns++) {
    expect(turns, 'the wheel never showed the answer').toBeLessThan(26);
    const before = await decoded.innerText();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => decoded.innerText(), POLL).not.toBe(before);
  }
  const shift = await frame(page).locator('.wheel-shift').innerText();
  if (options.shotName) await shot(page, options.shotName);
  const input = frame(page).getByRole('textbox', { name: t('cipher.answer') });
  await input.click();
  if (options.wrongFirst) {
    await page.keyboard.type('CHARBON');
    await page.keyboard.press('Enter');
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('cipher.wrong'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(answer.toLowerCase()); // case does not count
  await page.keyboard.press('Enter');
  await puzzleClosed(page);
  expect(shift, 'the wheel was turned').not.toContain(t('cipher.shift', { n: 0 }));
  return { flags: {}, choices: [] };
};

// ─────────────────────────── hotspots: pick every target ───────────────────────────

const hotspots: Solver<'hotspots'> = async (page, puzzle, options) => {
  const board = page.getByRole('group', { name: t('hotspots.board') });
  const spot = (label: string) => board.getByRole('button', { name: label, exact: true });
  const counter = frame(page).locator('.counter');
  await expect.poll(() => counter.innerText(), POLL).toBe(t('hotspots.counter', { n: 0, total: puzzle.need }));
  if (options.wrongFirst) {
    const miss = puzzle.spots.find((s) => !s.target)!;
    await spot(fr(miss.label)).click();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(fr(miss.feedback));
    await expect.poll(() => feedback(page).getAttribute('class')).toContain('wrong');
    expect(await spot(fr(miss.label)).getAttribute('aria-pressed')).toBe('false');
  }
  const targets = puzzle.spots.filter((s) => s.target).slice(0, puzzle.need);
  for (const [i, target] of targets.entries()) {
    await spot(fr(target.label)).click();
    if (i === targets.length - 1) break;
    await expect.poll(() => counter.innerText(), POLL).toBe(t('hotspots.counter', { n: i + 1, total: puzzle.need }));
    await expect.poll(() => spot(fr(target.label)).getAttribute('aria-pressed')).toBe('true');
    expect(await feedback(page).innerText()).toBe(fr(target.feedback));
    if (options.shotName && i === Math.floor(targets.length / 2)) await shot(page, options.shotName);
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
};

// ──────────────────── combine: make the goal through the recipes ────────────────────

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

const combine: Solver<'combine'> = async (page, puzzle, options) => {
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
};

function findUselessPair(puzzle: PuzzleOfKind<'combine'>): [string, string] {
  const ids = puzzle.items.map((it) => it.id);
  for (const a of ids)
    for (const b of ids)
      if (a !== b && !puzzle.recipes.some((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))) return [a, b];
  throw new Error('every pair makes something');
}

// ─────────────── sequence: reorder with the move buttons, by keyboard alone ───────────────

const sequence: Solver<'sequence'> = async (page, puzzle, options) => {
  const list = frame(page).getByRole('list', { name: t('sequence.list') });
  const shown = async () => list.locator('.step-label').allInnerTexts();
  const want = puzzle.steps.map((s) => fr(s.label));
  const start = await shown();
  expect([...start].sort()).toEqual([...want].sort());
  expect(start, 'the steps come shuffled').not.toEqual(want);
  const submit = async () => {
    expect((await tabToSelector(page, '.puzzle-frame form.sequence button[type=submit]')).label).toBe(t('sequence.submit'));
    await page.keyboard.press('Enter');
  };
  if (options.wrongFirst) {
    const inPlace = start.filter((s, i) => s === want[i]).length;
    await submit();
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(
      t('sequence.wrong', { n: inPlace, total: want.length }),
    );
  }
  // Selection sort from the top: Tab to the step's "up" button, Enter until it sits in its place.
  // The pressed button keeps the focus as its step moves, so Enter can be pressed again.
  for (let i = 0; i < want.length; i++) {
    const order = await shown();
    const from = order.indexOf(want[i]!);
    if (from === i) continue;
    await tabToSelector(page, `.puzzle-frame button${attr('aria-label', t('sequence.up', { step: want[i]! }))}`);
    for (let k = from; k > i; k--) {
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await shown()).indexOf(want[i]!), POLL).toBe(k - 1);
      expect((await focused(page)).label, 'focus stays on the moved step').toBe(t('sequence.up', { step: want[i]! }));
    }
  }
  expect(await shown()).toEqual(want);
  if (options.shotName) await shot(page, options.shotName);
  await submit();
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
};

// ──────────────── sort: a category radio for each item, by keyboard alone ────────────────

const sort: Solver<'sort'> = async (page, puzzle, options) => {
  const prefix = `sort-${puzzle.id}-`;
  const categoryIndex = new Map(puzzle.categories.map((c, i) => [c.id, i]));
  const want = new Map(puzzle.items.map((it) => [it.id, categoryIndex.get(it.category)!]));
  // The deliberate mistake: the first item goes to the next category.
  const firstItem = puzzle.items[0]!;
  const wrongIndex = (want.get(firstItem.id)! + 1) % puzzle.categories.length;
  const place = async (item: string, target: number) => {
    // Which radio of the group has the focus (Tab lands on the checked one, or the first).
    const current = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)];
      return { index: group.indexOf(el), checked: group.some((r) => r.checked) };
    });
    const n = puzzle.categories.length;
    const steps = (target - current.index + n) % n;
    if (steps === 0 && !current.checked) await page.keyboard.press('Space');
    for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowRight');
    const group = frame(page).locator(`input[type=radio][name="${prefix}${item}"]`);
    await expect.poll(() => group.nth(target).isChecked(), POLL).toBe(true);
  };
  const placed = new Set<string>();
  // Tab through the groups from the top; each radio group is one Tab stop.
  while (placed.size < puzzle.items.length) {
    const f = await tabUntil(page, (x) => x.type === 'radio' && x.name.startsWith(prefix) && !placed.has(x.name.slice(prefix.length)), 'the next item');
    const item = f.name.slice(prefix.length);
    await place(item, options.wrongFirst && item === firstItem.id ? wrongIndex : want.get(item)!);
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
};

// ────────────── dialogue: pick choices until it ends, on a path that sets the wanted flags ──────────────

type DialoguePuzzle = PuzzleOfKind<'dialogue'>;
type DialogueNode = DialoguePuzzle['nodes'][number];
type DialogueChoice = DialogueNode['choices'][number];

function holds(flags: Flags, when: Condition | undefined): boolean {
  if (!when) return true;
  const value = flags[when.flag];
  return when.equals === undefined ? value !== undefined && value !== false : value === when.equals;
}

const nodeOf = (puzzle: DialoguePuzzle, id: string) => puzzle.nodes.find((n) => n.id === id)!;
const textOf = (node: DialogueNode, flags: Flags) => fr((node.variants ?? []).find((v) => holds(flags, v.when))?.text ?? node.text);

/** The shortest conversation (breadth first) that ends with the wanted flags. */
export function dialoguePath(puzzle: DialoguePuzzle, flags: Flags, want: Flags = {}): { node: DialogueNode; choice: DialogueChoice; flags: Flags }[] {
  type Step = { node: DialogueNode; choice: DialogueChoice; flags: Flags };
  const queue: { node: string; flags: Flags; path: Step[] }[] = [{ node: puzzle.start, flags, path: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { node: id, flags: f, path } = queue.shift()!;
    const key = `${id}|${JSON.stringify(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const node = nodeOf(puzzle, id);
    for (const choice of node.choices.filter((c) => holds(f, c.when))) {
      const after = { ...f, ...(choice.effects?.flags ?? {}) };
      const steps = [...path, { node, choice, flags: f }];
      if (choice.next === null) {
        if (Object.entries(want).every(([k, v]) => after[k] === v)) return steps;
      } else queue.push({ node: choice.next, flags: after, path: steps });
    }
  }
  throw new Error(`no way through "${puzzle.id}" sets ${JSON.stringify(want)}`);
}

const dialogue: Solver<'dialogue'> = async (page, puzzle, options) => {
  const path = dialoguePath(puzzle, options.flags, options.wantFlags);
  const choices = frame(page).getByRole('group', { name: t('dialogue.choices') });
  const line = frame(page).locator('.current .line');
  const log = frame(page).getByRole('log', { name: t('dialogue.transcript') });
  for (const [i, step] of path.entries()) {
    // Wait for the node's words (a variant when an earlier decision changed them), then answer.
    await expect.poll(() => line.innerText(), POLL).toBe(textOf(step.node, step.flags));
    const offered = await choices.getByRole('button').allInnerTexts();
    expect(offered).toEqual(step.node.choices.filter((c) => holds(step.flags, c.when)).map((c) => fr(c.text)));
    await choices.getByRole('button', { name: fr(step.choice.text), exact: true }).click();
    if (i === path.length - 1) break;
    await expect.poll(() => log.innerText(), POLL).toContain(fr(step.choice.text));
    if (step.choice.reply) await expect.poll(() => log.innerText(), POLL).toContain(fr(step.choice.reply));
    if (options.shotName && i === Math.floor(path.length / 2)) await shot(page, options.shotName);
  }
  await puzzleClosed(page);
  const flags: Flags = Object.assign({}, ...path.map((s) => s.choice.effects?.flags ?? {}));
  return { flags, choices: path.map((s) => fr(s.choice.text)) };
};

// ───────────── allocation: each line to an amount that meets every rule, by slider keys ─────────────

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

const allocation: Solver<'allocation'> = async (page, puzzle, options) => {
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
};

// ───────────── quiz: the right option, then "Question suivante" / "Terminer le quiz" ─────────────

const quiz: Solver<'quiz'> = async (page, puzzle, options) => {
  const question = frame(page).locator('.quiz .question');
  const optionsList = frame(page).getByRole('list', { name: t('quiz.options') });
  const option = (text: string) => optionsList.getByRole('button', { name: startsWith(text) });
  for (const [i, q] of puzzle.questions.entries()) {
    await expect.poll(() => question.innerText(), POLL).toBe(fr(q.text));
    expect(await frame(page).locator('.quiz .progress').innerText()).toBe(t('quiz.progress', { n: i + 1, total: puzzle.questions.length }));
    if (options.wrongFirst && i === 0) {
      const wrong = q.options.find((o) => !o.correct)!;
      await option(fr(wrong.text)).click();
      await expect.poll(() => feedback(page).innerText(), POLL).toBe(t('quiz.wrong'));
      await expect.poll(() => option(fr(wrong.text)).getAttribute('aria-disabled')).toBe('true');
      expect(await option(fr(wrong.text)).innerText()).toContain(t('quiz.tried'));
      if (options.shotName) await shot(page, `${options.shotName}-wrong`);
    }
    const right = q.options.find((o) => o.correct)!;
    await clickWhenEnabled(option(fr(right.text)));
    await expect.poll(() => feedback(page).innerText(), POLL).toBe(fr(q.explanation));
    const last = i === puzzle.questions.length - 1;
    const next = frame(page).getByRole('button', { name: t(last ? 'quiz.finish' : 'quiz.next'), exact: true });
    if (options.shotName && i === 0) await shot(page, options.shotName);
    await next.click();
  }
  await puzzleClosed(page);
  return { flags: {}, choices: [] };
};

// ───────────── timed events: the option that shows the most, then next / finish ─────────────

const timedEvents: Solver<'timed-events'> = async (page, puzzle, options) => {
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
    await frame(page).getByRole('button', { name: t(last ? 'timedEvents.finish' : 'timedEvents.next'), exact: true }).click();
  }
  await puzzleClosed(page);
  return { flags: {}, choices: chosen };
};

export const SOLVERS: { [K in Kind]: Solver<K> } = {
  'code-lock': codeLock,
  cipher,
  hotspots,
  combine,
  sequence,
  sort,
  dialogue,
  allocation,
  quiz,
  'timed-events': timedEvents,
};

/** Plays the puzzle on screen (its title must be showing) with its kind's solver. */
export async function solve(page: Page, puzzle: SourcePuzzle, options: SolveOptions, solved?: Set<Kind>): Promise<SolveResult> {
  await expect.poll(() => page.locator('#puzzle-title').innerText(), POLL).toBe(fr(puzzle.title));
  expect(await frame(page).locator('.prompt').first().innerText()).toBe(fr(puzzle.prompt));
  const solver = SOLVERS[puzzle.kind] as Solver<Kind>;
  let result: SolveResult;
  try {
    result = await solver(page, puzzle, options);
  } catch (e) {
    // What was on screen when it went wrong: a picture and the accessibility tree of the panel.
    await shot(page, `failed-${puzzle.id}`).catch(() => undefined);
    const tree = await page.locator('#panel').ariaSnapshot({ timeout: 2_000 }).catch(() => '(no snapshot)');
    (e as Error).message += `\n--- the panel when "${puzzle.id}" failed ---\n${tree}`;
    throw e;
  }
  solved?.add(puzzle.kind);
  return result;
}
