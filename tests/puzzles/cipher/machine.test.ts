import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answerWords, caesarDecode, cipherMachine, readingShift, wrapShift } from '../../../src/puzzles/cipher/machine';
import { parseLevel } from '../../../src/core/level/loader';
import { explorePuzzle } from '../../unit/puzzles/graph';
import { loadPuzzle } from '../../unit/puzzles/fixtures';

/** Coding is decoding the other way round. */
const encode = (plain: string, shift: number) => caesarDecode(plain, -shift);

const puzzle = loadPuzzle('cipher', {
  method: 'caesar',
  answer: { fr: 'Boulangerie', en: 'Bakery' },
  ciphertext: { fr: encode('Va à la boulangerie !', 3), en: encode('Go to the bakery!', 3) },
});
const input = { puzzle, flags: {} };
const start = () => createActor(cipherMachine, { input }).start();
const actor0 = start;

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
      note: { fr: 'Va à la boulangerie !', en: 'Go to the bakery!' },
    });
  });

  it("accepts the answer in the player's language, or in the other one after a switch", () => {
    const english = createActor(cipherMachine, { input: { ...input } }).start();
    english.send({ type: 'cipher.submit', answer: 'croissant' });
    expect(english.getSnapshot().context.mistakes).toBe(1);
    english.send({ type: 'cipher.submit', answer: 'BAKERY' });
    expect(english.getSnapshot().status).toBe('done');
    const switched = createActor(cipherMachine, { input: { ...input } }).start();
    switched.send({ type: 'cipher.submit', answer: 'boulangerie' });
    expect(switched.getSnapshot().status).toBe('done');
  });

  it("finds where the message reads from the answer's hash alone", () => {
    expect(actor0().getSnapshot().context.readsAt).toEqual({ fr: 3, en: 3 });
    expect(answerWords("L'ORDRE de ton  voyage !")).toEqual(['L', 'ORDRE', 'DE', 'TON', 'VOYAGE']);
    expect(readingShift(encode('Le code suit ton voyage', 5), (g) => g === 'TONVOYAGE')).toBe(5);
    expect(readingShift(encode('Le code suit ton voyage', 5), (g) => g === 'BATEAU')).toBeNull();
  });

  it('takes the whole decoded message as reading done, not as a mistake, and asks what it asks', () => {
    const actor = start();
    actor.send({ type: 'cipher.submit', answer: 'va a la boulangerie' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.wholeMessage' });
    actor.send({ type: 'cipher.submit', answer: 'Go to the BAKERY !' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.wholeMessage' });
    expect(actor.getSnapshot().context.mistakes).toBe(0);
    expect(actor.getSnapshot().value).toBe('decoding');
  });

  it('says the truth about a message copied out where it does not read yet, and counts nothing', () => {
    const actor = start();
    actor.send({ type: 'cipher.submit', answer: caesarDecode(puzzle.ciphertext.fr, 1) });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.notReadYet' });
    actor.send({ type: 'cipher.submit', answer: puzzle.ciphertext.en });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.notReadYet' });
    expect(actor.getSnapshot().context.mistakes).toBe(0);
  });

  it('never claims "that is the decoded message" when it cannot know where the message reads', () => {
    // The answer is not a word of the message: the message asks for something found elsewhere.
    const elsewhere = loadPuzzle('cipher', {
      method: 'caesar',
      answer: { fr: 'Rouge', en: 'Red' },
      ciphertext: { fr: encode('Quelle couleur a la porte ?', 3), en: encode('What colour is the door?', 3) },
    });
    const actor = createActor(cipherMachine, { input: { puzzle: elsewhere, flags: {} } }).start();
    expect(actor.getSnapshot().context.readsAt).toEqual({ fr: null, en: null });
    actor.send({ type: 'cipher.submit', answer: 'Quelle couleur a la porte' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'info', key: 'cipher.copied' });
    actor.send({ type: 'cipher.submit', answer: 'porte' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'cipher.wrong' });
    actor.send({ type: 'cipher.shift', by: 1 });
    actor.send({ type: 'cipher.shift', by: 1 });
    actor.send({ type: 'cipher.shift', by: 1 });
    actor.send({ type: 'cipher.submit', answer: 'rouge' });
    // Read where the wheel was left, since no answer shows where the message reads.
    expect(actor.getSnapshot().output?.note).toEqual({ fr: 'Quelle couleur a la porte ?', en: 'What colour is the door?' });
  });

  it('a word of the message that is not what it asks for is a wrong answer, with a pointer back to the instructions', () => {
    const actor = start();
    actor.send({ type: 'cipher.submit', answer: 'Va' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'cipher.notThisWord' });
    actor.send({ type: 'cipher.submit', answer: 'à la' });
    expect(actor.getSnapshot().context.feedback).toEqual({ tone: 'wrong', key: 'cipher.notThisWord' });
    expect(actor.getSnapshot().context.mistakes).toBe(2);
  });

  it('cannot be won by turning the wheel and sending what the preview shows', () => {
    // A player who clicks until words appear and sends them (all of them, or the first one) never opens it.
    const actor = start();
    for (let turn = 0; turn < 26; turn++) {
      for (const lang of ['fr', 'en'] as const) {
        const preview = caesarDecode(puzzle.ciphertext[lang], actor.getSnapshot().context.shift);
        actor.send({ type: 'cipher.submit', answer: preview });
        actor.send({ type: 'cipher.submit', answer: preview.split(' ')[0]! });
      }
      actor.send({ type: 'cipher.shift', by: 1 });
    }
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().value).toBe('decoding');
  });

  it('a level whose answer is how the message begins (or all of it) is refused by the checks', () => {
    const problemsFor = (answer: unknown, plain: { fr: string; en: string }) => {
      const level = {
        formatVersion: 1,
        id: 'test-level',
        act: 1,
        order: 1,
        place: 'test',
        backdrop: 'archive',
        title: { fr: 'T', en: 'T' },
        goal: { fr: 'But', en: 'Goal' },
        intro: [{ speaker: { fr: 'Moi', en: 'Me' }, text: { fr: 'Salut', en: 'Hi' } }],
        competences: ['spotting-opportunities', 'creativity', 'learning-through-experience'],
        puzzles: [
          {
            kind: 'cipher',
            id: 'p1',
            title: { fr: 'T', en: 'T' },
            prompt: { fr: 'Tape le mot', en: 'Type the word' },
            hints: [1, 2, 3].map((n) => ({ fr: `indice ${n}`, en: `hint ${n}` })),
            method: 'caesar',
            ciphertext: { fr: encode(plain.fr, 3), en: encode(plain.en, 3) },
            answer,
          },
        ],
        debrief: {
          summary: { fr: 'R', en: 'S' },
          reflection: { fr: 'Q', en: 'Q' },
          story: { name: 'Ana', business: { fr: 'C', en: 'C' }, text: { fr: 'H', en: 'S' } },
        },
      };
      const result = parseLevel('test.json', level);
      return result.ok ? [] : result.problems.filter((p) => p.field.endsWith('answer')).map((p) => p.message.en);
    };
    const first = problemsFor({ fr: 'Boulangerie', en: 'Bakery' }, { fr: 'Boulangerie fermée', en: 'Bakery closed' });
    expect(first.join(' ')).toMatch(/how the decoded message begins/);
    const whole = problemsFor({ fr: 'Boulangerie', en: 'Bakery' }, { fr: 'Boulangerie', en: 'Bakery' });
    expect(whole.join(' ')).toMatch(/the whole message/);
    expect(problemsFor({ fr: 'Boulangerie', en: 'Bakery' }, { fr: 'Va à la boulangerie', en: 'Go to the bakery' })).toEqual([]);
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

  it('every state is reachable and the message can always still be decoded', () => {
    const report = explorePuzzle(cipherMachine, {
      input,
      events: [
        { type: 'cipher.shift', by: 1 },
        { type: 'cipher.shift', by: -1 },
        { type: 'cipher.submit', answer: 'boulangerie' },
        { type: 'cipher.submit', answer: 'boucherie' },
        { type: 'cipher.submit', answer: '' },
        { type: 'cipher.submit', answer: 'Va à la boulangerie' },
        { type: 'cipher.submit', answer: 'va' },
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
