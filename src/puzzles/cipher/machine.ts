/**
 * Cipher (Caesar): turn a decoder wheel until the coded message reads clearly, read it, then
 * type what it asks for. The level file only holds the answer's hash.
 *
 * Reading is the point: a word of the message that is not the answer is a kind "read again",
 * the whole message copied out is no mistake but a question back ("what does it ask you?"),
 * and once solved, the decoded message goes to the level's notebook to be read again.
 */
import { assign, setup } from 'xstate';
import { isRightAnswer, normalizeAnswer } from '../../core/answers';
import type { Text } from '../../core/level/schema';
import type { KindPuzzle as CipherPuzzle } from './schema';
import { openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleOutput, PuzzleProgress } from '../../core/puzzle';

export type CipherEvent = { type: 'cipher.shift'; by: 1 | -1 } | { type: 'cipher.submit'; answer: string } | HintEvent;

interface CipherContext extends PuzzleProgress {
  puzzle: CipherPuzzle;
  /** The decoder wheel's position, 0 to 25. */
  shift: number;
  /**
   * For each language of the message, the wheel position at which it reads: where the answer
   * shows among its words. Null when the answer is not a word of the message (it asks for
   * something to find elsewhere), so no feedback may then claim the message was read right.
   */
  readsAt: Record<string, number | null>;
}

/** What a solved cipher hands back: its outcome, and the decoded message for the notebook. */
export type CipherOutput = PuzzleOutput & { note: Text };

const ALPHABET = 26;

/** Any whole number brought onto the wheel: 0 to 25. */
export function wrapShift(shift: number): number {
  return ((Math.trunc(shift) % ALPHABET) + ALPHABET) % ALPHABET;
}

/**
 * Reads a Caesar-coded text with the wheel at `shift`: each letter A–Z / a–z goes back
 * `shift` places (case kept); accented letters, digits, spaces and punctuation stay as they are.
 */
export function caesarDecode(text: string, shift: number): string {
  const s = wrapShift(shift);
  return text.replace(/[A-Za-z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base - s + ALPHABET) % ALPHABET) + base);
  });
}

/** The longest run of words an answer is looked for in ("LA GARE DU NORD" is four). */
const LONGEST_ANSWER = 6;

/**
 * The words of a text as answers are compared: accents, case and punctuation dropped, and
 * split at every mark ("L'ORDRE" gives "L", "ORDRE": a run of both is "LORDRE").
 */
export function answerWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(normalizeAnswer)
    .filter((w) => w !== '');
}

/** Every run of consecutive words, up to `longest` words, joined as an answer is compared. */
export function wordRuns(words: readonly string[], longest = LONGEST_ANSWER): { start: number; length: number; joined: string }[] {
  const runs: { start: number; length: number; joined: string }[] = [];
  for (let start = 0; start < words.length; start++)
    for (let length = 1; length <= longest && start + length <= words.length; length++)
      runs.push({ start, length, joined: words.slice(start, start + length).join('') });
  return runs;
}

/**
 * The wheel position at which a coded message reads: the first where a run of its words is the
 * answer (`isAnswer`, which may check a hash). Null when the answer is not in the message.
 */
export function readingShift(ciphertext: string, isAnswer: (guess: string) => boolean): number | null {
  for (let shift = 0; shift < ALPHABET; shift++) if (wordRuns(answerWords(caesarDecode(ciphertext, shift))).some((run) => isAnswer(run.joined))) return shift;
  return null;
}

type Ciphered = Pick<CipherContext, 'puzzle' | 'readsAt'>;
const languages = (c: Ciphered) => Object.keys(c.puzzle.ciphertext);

/** The message of one language copied out in full, and where the wheel was for that reading. */
function copiedMessage(c: Ciphered, raw: string): { lang: string; shift: number } | null {
  const guess = normalizeAnswer(raw);
  for (const lang of languages(c))
    for (let shift = 0; shift < ALPHABET; shift++) if (normalizeAnswer(caesarDecode(c.puzzle.ciphertext[lang]!, shift)) === guess) return { lang, shift };
  return null;
}

/** A word (or a few) of the message, read right, but not what it asks for. */
function isWordOfMessage(c: Ciphered, raw: string): boolean {
  const guess = normalizeAnswer(raw);
  return languages(c).some((lang) => {
    const shift = c.readsAt[lang];
    if (shift === null || shift === undefined) return false;
    return wordRuns(answerWords(caesarDecode(c.puzzle.ciphertext[lang]!, shift))).some((run) => run.joined === guess);
  });
}

/**
 * The message as it reads, in every language, for the notebook. A language whose answer is not
 * in its message is read where another language reads, else where the player left the wheel.
 */
function decodedMessage(c: Ciphered & { shift: number }): Text {
  const known = Object.values(c.readsAt).find((s): s is number => s !== null);
  const read = (lang: string) => caesarDecode(c.puzzle.ciphertext[lang]!, c.readsAt[lang] ?? known ?? c.shift);
  return { ...Object.fromEntries(languages(c).map((lang) => [lang, read(lang)])), fr: read('fr'), en: read('en') };
}

export const cipherMachine = setup({
  types: puzzleTypes<CipherPuzzle, CipherContext, CipherEvent, CipherOutput>(),
  guards: {
    'answer is empty': ({ event }) => event.type === 'cipher.submit' && normalizeAnswer(event.answer) === '',
    'answer is right': ({ context, event }) => event.type === 'cipher.submit' && isRightAnswer(context.puzzle.id, context.puzzle.answerHash, event.answer),
    'answer is the whole message': ({ context, event }) => event.type === 'cipher.submit' && copiedMessage(context, event.answer) !== null,
    'answer is a word of the message': ({ context, event }) => event.type === 'cipher.submit' && isWordOfMessage(context, event.answer),
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'turn the wheel': assign(({ context, event }) => (event.type === 'cipher.shift' ? { shift: wrapShift(context.shift + Math.sign(event.by)) } : {})),
    'ask for an answer': assign(() => ({ feedback: { tone: 'info', key: 'cipher.empty' } as const })),
    // Copying the message out is reading work, not a wrong answer: say what is true of it, count nothing.
    'ask what the message asks': assign(({ context, event }) => {
      const copied = event.type === 'cipher.submit' ? copiedMessage(context, event.answer) : null;
      const reads = copied ? context.readsAt[copied.lang] : null;
      const key = reads === null || reads === undefined ? 'cipher.copied' : reads === copied!.shift ? 'cipher.wholeMessage' : 'cipher.notReadYet';
      return { feedback: { tone: 'info', key } as const };
    }),
    'count a word of the message': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      feedback: { tone: 'wrong', key: 'cipher.notThisWord' } as const,
    })),
    'count a wrong answer': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      feedback: { tone: 'wrong', key: 'cipher.wrong' } as const,
    })),
    'say it is decoded': assign(() => ({ feedback: { tone: 'right', key: 'cipher.solved' } as const })),
  },
}).createMachine({
  id: 'cipher',
  context: ({ input }) => {
    const { puzzle } = input;
    const isAnswer = (guess: string) => isRightAnswer(puzzle.id, puzzle.answerHash, guess);
    const readsAt = Object.fromEntries(Object.entries(puzzle.ciphertext).map(([lang, coded]) => [lang, readingShift(coded, isAnswer)]));
    return { ...startProgress(input.resume), puzzle, shift: 0, readsAt };
  },
  initial: 'decoding',
  states: {
    decoding: {
      on: {
        'cipher.shift': { actions: 'turn the wheel' },
        'cipher.submit': [
          { guard: 'answer is empty', actions: 'ask for an answer' },
          { guard: 'answer is right', target: 'decoded', actions: 'say it is decoded' },
          { guard: 'answer is the whole message', actions: 'ask what the message asks' },
          { guard: 'answer is a word of the message', actions: 'count a word of the message' },
          { actions: 'count a wrong answer' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    decoded: { type: 'final' },
  },
  output: ({ context }) => ({ ...outputOf(context.puzzle.id, context), note: decodedMessage(context) }),
});
