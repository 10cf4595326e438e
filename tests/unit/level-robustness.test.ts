/**
 * Whatever a trainer's file holds (random text, any JSON, a shipped level with a field deleted,
 * doubled or retyped, characters inserted, cut short, nested deep), the loader, the checker and
 * the build's publishing never throw nor hang: the level loads, or it gets problems a trainer
 * can read, in French and in English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLevel, parseLevel, type LevelProblem } from '../../src/core/level/loader';
import { hashLevelAnswers, publishLevel } from '../../vite-plugins/levelsPlugin';

const LEVELS = fileURLToPath(new URL('../../levels', import.meta.url));
const files = (JSON.parse(readFileSync(join(LEVELS, 'index.json'), 'utf8')) as { levels: string[] }).levels;
const shipped = files.map((file) => ({ file, text: readFileSync(join(LEVELS, file), 'utf8') }));
const RUNS = { numRuns: 200 };

const readable = (p: LevelProblem) => p.file !== '' && p.message.fr.trim() !== '' && p.message.en.trim() !== '' && typeof p.field === 'string';

/** Everything a level's text goes through, in the game and in the build. */
function goesThrough(text: string): void {
  const result = parseLevel('x.json', text);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every(readable), JSON.stringify(result.problems)).toBe(true);
  }
  expect(checkLevel('x.json', text).every(readable)).toBe(true);
  const published = publishLevel('x.json', text);
  if (published.ok) expect(published.text).not.toMatch(/"answer"\s*:/);
  expect(typeof hashLevelAnswers(text)).toBe('string');
}

/** Paths to every value in a level, for the mutations below. */
function pathsOf(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (path.length) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: [...path, k] });
  }
  return out;
}

type Container = Record<string | number, unknown>;
function parentOf(root: unknown, path: (string | number)[]): Container {
  let v = root;
  for (const part of path.slice(0, -1)) v = (v as Container)[part];
  return v as Container;
}

const aLevel = fc.constantFrom(...shipped);

/** A shipped level with one field deleted, doubled, retyped, or replaced by a deep nest. */
const mutatedData = fc
  .tuple(aLevel, fc.nat(), fc.constantFrom('delete', 'duplicate', 'retype', 'nest'), fc.jsonValue({ maxDepth: 3 }), fc.integer({ min: 1, max: 3000 }))
  .map(([level, pick, how, value, depth]) => {
    const data = JSON.parse(level.text) as unknown;
    const paths = pathsOf(data);
    const path = paths[pick % paths.length]!;
    const parent = parentOf(data, path);
    const key = path.at(-1)!;
    if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (how === 'duplicate') {
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else parent[`${String(key)}-copy`] = parent[key];
    } else if (how === 'retype') parent[key] = value;
    else parent[key] = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
    return data;
  });

/** A shipped level's text with characters inserted, removed, or cut short, or a key written twice. */
const mutatedText = fc
  .tuple(aLevel, fc.nat(), fc.constantFrom('insert', 'remove', 'truncate', 'duplicate-line', 'nest'), fc.string({ maxLength: 8, unit: 'grapheme' }))
  .map(([level, pick, how, extra]) => {
    const at = pick % level.text.length;
    if (how === 'insert') return level.text.slice(0, at) + extra + level.text.slice(at);
    if (how === 'remove') return level.text.slice(0, at) + level.text.slice(at + 1 + (extra.length % 5));
    if (how === 'truncate') return level.text.slice(0, at);
    if (how === 'nest') return level.text.slice(0, at) + '['.repeat(100_000) + level.text.slice(at);
    const lines = level.text.split('\n');
    const n = pick % lines.length;
    return [...lines.slice(0, n + 1), ...lines.slice(n)].join('\n');
  });

// Hundreds of files each: on a shared, busy machine a property can take longer than vitest's 5 s default; a hang still fails.
describe('no level file crashes or hangs the loader, the checker or the build', { timeout: 30_000 }, () => {
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => goesThrough(text)),
      RUNS,
    );
  });

  it('random JSON values, as text and as data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        goesThrough(JSON.stringify(value) ?? 'null');
        const result = parseLevel('x.json', value);
        if (!result.ok) expect(result.problems.every(readable)).toBe(true);
      }),
      RUNS,
    );
  });

  it('shipped levels with a field deleted, doubled, retyped or nested deep', () => {
    fc.assert(
      fc.property(mutatedData, (data) => {
        goesThrough(JSON.stringify(data));
        const result = parseLevel('x.json', data);
        if (!result.ok) expect(result.problems.every(readable)).toBe(true);
      }),
      RUNS,
    );
  });

  it('shipped levels with characters inserted or removed, cut short, a line doubled, or 100 000 brackets inserted', () => {
    fc.assert(
      fc.property(mutatedText, (text) => goesThrough(text)),
      RUNS,
    );
  });

  it('(canary) a mutation is caught: a shipped level cut in half does not load', () => {
    const text = shipped[0]!.text;
    expect(parseLevel('x.json', text).ok).toBe(true);
    expect(parseLevel('x.json', text.slice(0, text.length / 2)).ok).toBe(false);
  });

  it('100 000 nested objects, as text and as data, get a problem, not a stack overflow', () => {
    const depth = 100_000;
    const text = `{"formatVersion": 1, "notes": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const fromText = parseLevel('deep.json', text);
    expect(fromText.ok).toBe(false);
    if (!fromText.ok) expect(fromText.problems[0]!.message.en).toMatch(/nested/);
    expect(publishLevel('deep.json', text).ok).toBe(false);
    expect(hashLevelAnswers(text)).toBe(text);
    let deep: unknown = 1;
    for (let i = 0; i < depth; i++) deep = { a: deep };
    const fromData = parseLevel('deep.json', { ...(JSON.parse(shipped[0]!.text) as object), notes: deep, puzzles: [deep] });
    expect(fromData.ok).toBe(false);
  });
});
