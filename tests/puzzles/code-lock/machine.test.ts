import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { codeLockMachine } from '../../../src/puzzles/code-lock/machine';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle } from '../../unit/puzzles/fixtures';
import en from '../../../src/puzzles/code-lock/locales/en.json';
import fr from '../../../src/puzzles/code-lock/locales/fr.json';

const puzzle = loadPuzzle('code-lock', { answer: '1952', length: 4 });
const input = { puzzle, flags: {} };

describe('code lock', () => {
  it('stays locked on a wrong code and says so, then opens on the right one', () => {
    const actor = createActor(codeLockMachine, { input }).start();
    actor.send({ type: 'code.submit', code: '1955' });
    expect(actor.getSnapshot().value).toBe('locked');
    expect(actor.getSnapshot().context.feedback).toMatchObject({ tone: 'wrong' });
    actor.send({ type: 'code.submit', code: ' 1952 ' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output?.outcome).toMatchObject({ mistakes: 1, hintTier: 0 });
  });

  it('calls a wrong code wrong and nothing more: it never claims the guess was close', () => {
    // The lock holds a hash: it cannot know how close a guess is, so it must not say so.
    const actor = createActor(codeLockMachine, { input }).start();
    actor.send({ type: 'code.submit', code: '7777' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'codeLock.wrong' });
    const closeness = /presque|proche|pr[eè]s du but|chaud|close|almost|nearly|warm/i;
    for (const words of [fr, en]) for (const [key, text] of Object.entries(words)) expect(text, key).not.toMatch(closeness);
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('says kindly that a code was tried already, and counts it once', () => {
    const actor = createActor(codeLockMachine, { input }).start();
    actor.send({ type: 'code.submit', code: '1955' });
    actor.send({ type: 'code.submit', code: '19 55' });
    expect(actor.getSnapshot().context.mistakes).toBe(1);
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'codeLock.tried', params: { code: '1955' } });
    actor.send({ type: 'code.submit', code: '1956' });
    expect(actor.getSnapshot().context.mistakes).toBe(2);
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'codeLock.wrong' });
    actor.send({ type: 'code.submit', code: '1952' });
    expect(actor.getSnapshot().output?.outcome.mistakes).toBe(2);
  });

  it('asks for the full code without counting a mistake', () => {
    const actor = createActor(codeLockMachine, { input }).start();
    actor.send({ type: 'code.submit', code: '19' });
    expect(actor.getSnapshot().context.mistakes).toBe(0);
    expect(actor.getSnapshot().context.feedback).toMatchObject({ tone: 'info', key: 'codeLock.length' });
  });

  it('opens hints one tier at a time, up to the answer', () => {
    const actor = createActor(codeLockMachine, { input }).start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
  });

  it('keeps the code out of the puzzle data', () => {
    expect(JSON.stringify(puzzle)).not.toContain('1952');
  });

  it('every state is reachable and the lock can always still be opened', () => {
    const report = explorePuzzle(codeLockMachine, {
      input,
      events: [{ type: 'code.submit', code: '0000' }, { type: 'code.submit', code: '1952' }, { type: 'code.submit', code: '1' }, { type: 'hint.next' }],
      key: (s) => [s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback, s.context.tried],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.snapshots).toBeGreaterThan(3);
  });
});
