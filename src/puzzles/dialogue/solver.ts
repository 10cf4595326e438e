/** The browser tests' player for this kind: plays it on screen by roles, names and keys, knowing the answer from the level's source file. */
import { expect } from 'vitest';
import { POLL, defineSolver, holds, fr, frame, puzzleClosed, type PuzzleOfKind, type Flags } from '../../../tests/e2e/solving';
import { shot } from '../../../tests/e2e/harness';
import { t } from '../../../tests/e2e/locale';

type DialoguePuzzle = PuzzleOfKind<'dialogue'>;
type DialogueNode = DialoguePuzzle['nodes'][number];
type DialogueChoice = DialogueNode['choices'][number];

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

export const solver = defineSolver('dialogue', async (page, puzzle, options) => {
  const path = dialoguePath(puzzle, options.flags, options.wantFlags);
  const choices = frame(page).getByRole('group', { name: t('dialogue.choices') });
  const line = frame(page).locator('.current .line');
  const log = frame(page).getByRole('log', { name: t('dialogue.transcript') });
  for (const [i, step] of path.entries()) {
    // Wait for the node's words (a variant when an earlier decision changed them), then answer.
    await expect.poll(() => line.innerText(), POLL).toBe(textOf(step.node, step.flags));
    // The choices the level offers here, shuffled by the journey's seed: compared as a set, and
    // never in the order the level file lists them (the good answer is often written first).
    const offered = await choices.getByRole('button').allInnerTexts();
    const written = step.node.choices.filter((c) => holds(step.flags, c.when)).map((c) => fr(c.text));
    expect([...offered].sort()).toEqual([...written].sort());
    if (written.length > 1 && new Set(written).size === written.length) expect(offered).not.toEqual(written);
    await choices.getByRole('button', { name: fr(step.choice.text), exact: true }).click();
    if (i === path.length - 1) break;
    await expect.poll(() => log.innerText(), POLL).toContain(fr(step.choice.text));
    if (step.choice.reply) await expect.poll(() => log.innerText(), POLL).toContain(fr(step.choice.reply));
    if (options.shotName && i === Math.floor(path.length / 2)) await shot(page, options.shotName);
  }
  await puzzleClosed(page);
  const flags: Flags = Object.assign({}, ...path.map((s) => s.choice.effects?.flags ?? {}));
  return { flags, choices: path.map((s) => fr(s.choice.text)) };
});

// ───────────── allocation: each line to an amount that meets every rule, by slider keys ─────────────
