import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { caesarDecode, cipherMachine, wrapShift } from './machine';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { explorePuzzle } from '../../../tests/unit/puzzles/graph';
import { loadPuzzle } from '../../../tests/unit/puzzles/fixtures';

/** Coding is decoding the other way round. */
const encode = (plain: string, shift: number) => caesarDecode(plain, -shift);

const puzzle = loadPuzzle('cipher', {
  method: 'caesar',
  answer: { fr: 'Boulangerie', en: 'Bakery' },
  ciphertext: { fr: encode('Va à la boulangerie !', 3), en: encode('Go to the bakery!', 3) },
});
const input = { puzzle, flags: {} };
const start = () => createActor(cipherMachine, { input }).start();

describe('caesarDecode', () => {
  it('turns letters back by the shift and keeps case', () => {
    expect(caesarDecode('KHOOR, Zruog!', 3)).toBe('HELLO, World!');
    expect(caesarDecode('abc', 1)).toBe('zab');
  });

  it('keeps accents, digits, spaces and punctuation as they are', () => {
    expect(caesarDecode('Éte à 1952 ; ça ?', 1)).toBe('Ésd à 1952 ; çz ?');
  });

  it('reads any whole shift on the 26-letter wheel', () => {
    expect(caesarDecode('Hello', 0)).toBe('Hello');
    expect(caesarDecode('Hello', 26)).toBe('Hello');
    expect(caesarDecode('Hello', 29)).toBe(caesarDecode('Hello', 3));
    expect(caesarDecode(caesarDecode('Hello', 5), -5)).toBe('Hello');
    expect(wrapShift(-1)).toBe(25);
    expect(wrapShift(27)).toBe(1);
  });
});

describe('cipher', () => {
  it('has the coded message in each language', () => {
    expect(caesarDecode(puzzle.ciphertext.fr, 3)).toBe('Va à la boulangerie !');
    expect(caesarDecode(puzzle.ciphertext.en, 3)).toBe('Go to the bakery!');
  });

  it('turns the wheel one step at a time, all the way round', () => {
    const actor = start();
    expect(actor.getSnapshot().context.shift).toBe(0);
    actor.send({ type: 'cipher.shift', by: -1 });
    expect(actor.getSnapshot().context.shift).toBe(25);
    actor.send({ type: 'cipher.shift', by: 1 });
    actor.send({ type: 'cipher.shift', by: 1 });
    expect(actor.getSnapshot().context.shift).toBe(1);
    for (let i = 0; i < 25; i++) actor.send({ type: 'cipher.shift', by: 1 });
    expect(actor.getSnapshot().context.shift).toBe(0);
    expect(actor.getSnapshot().context.mistakes).toBe(0);
  });

  it('counts a wrong answer kindly, then accepts the right one in any case and with accents', () => {
    const actor = start();
    actor.send({ type: 'cipher.submit', answer: 'boucherie' });
    expect(actor.getSnapshot().value).toBe('decoding');
    expect(actor.getSnapshot().context.mistakes).toBe(1);
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'cipher.wrong' });
    actor.send({ type: 'cipher.submit', answer: '  Boulangérie ' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'right', key: 'cipher.solved' });
    expect(actor.getSnapshot().output).toEqual({
      puzzleId: 'p1',
      outcome: { mistakes: 1, hintTier: 0, choices: [], choicePoints: {} },
      flags: {},
    });
  });

  it('accepts the answer in the player\'s language, or in the other one after a switch', () => {
    const english = createActor(cipherMachine, { input: { ...input } }).start();
    english.send({ type: 'cipher.submit', answer: 'croissant' });
    expect(english.getSnapshot().context.mistakes).toBe(1);
    english.send({ type: 'cipher.submit', answer: 'BAKERY' });
    expect(english.getSnapshot().status).toBe('done');
    const switched = createActor(cipherMachine, { input: { ...input } }).start();
    switched.send({ type: 'cipher.submit', answer: 'boulangerie' });
    expect(switched.getSnapshot().status).toBe('done');
  });

  it('asks for an answer when the box is empty, without counting a mistake', () => {
    const actor = start();
    actor.send({ type: 'cipher.submit', answer: '' });
    actor.send({ type: 'cipher.submit', answer: '  ?! ' });
    expect(actor.getSnapshot().context.mistakes).toBe(0);
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.empty' });
    expect(actor.getSnapshot().value).toBe('decoding');
  });

  it('opens hints one tier at a time, up to the answer, and reports the tier', () => {
    const actor = start();
    actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(1);
    for (let i = 0; i < 5; i++) actor.send({ type: 'hint.next' });
    expect(actor.getSnapshot().context.hintTier).toBe(3);
    actor.send({ type: 'cipher.submit', answer: 'boulangerie' });
    expect(actor.getSnapshot().output?.outcome.hintTier).toBe(3);
  });

  it('keeps the answer out of the puzzle data', () => {
    expect(JSON.stringify(puzzle).toLowerCase()).not.toContain('boulangerie');
  });

  it('has every string in both languages, including each feedback key the machine uses', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of ['cipher.wrong', 'cipher.empty', 'cipher.solved']) expect(fr).toHaveProperty([key]);
    for (const key of Object.keys(fr)) expect(key.startsWith('cipher.')).toBe(true);
  });

  it('every state is reachable and the message can always still be decoded', () => {
    const report = explorePuzzle(cipherMachine, {
      input,
      events: [
        { type: 'cipher.shift', by: 1 },
        { type: 'cipher.shift', by: -1 },
        { type: 'cipher.submit', answer: 'boulangerie' },
        { type: 'cipher.submit', answer: 'boucherie' },
        { type: 'cipher.submit', answer: '' },
        { type: 'hint.next' },
      ],
      key: (s) => [s.context.shift, s.context.hintTier, Math.min(s.context.mistakes, 2), s.context.feedback],
    });
    expect(report.unvisitedStates).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // 26 wheel positions were all reached.
    expect(report.snapshots).toBeGreaterThan(26);
  });
});
