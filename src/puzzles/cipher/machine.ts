/**
 * Cipher (Caesar): turn a decoder wheel until the coded message reads clearly, then type the
 * answer it gives. The level file only holds the answer's hash.
 */
import { assign, setup } from 'xstate';
import { isRightAnswer, normalizeAnswer } from '../../core/answers';
import type { KindPuzzle as CipherPuzzle } from './schema';
import {
  nextHintTier,
  outputOf,
  startProgress,
  type HintEvent,
  type PuzzleInput,
  type PuzzleOutput,
  type PuzzleProgress,
} from '../../core/puzzle';

export type CipherEvent =
  | { type: 'cipher.shift'; by: 1 | -1 }
  | { type: 'cipher.submit'; answer: string }
  | HintEvent;

interface CipherContext extends PuzzleProgress {
  puzzle: CipherPuzzle;
  /** The decoder wheel's position, 0 to 25. */
  shift: number;
}

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

export const cipherMachine = setup({
  types: {
    input: {} as PuzzleInput<CipherPuzzle>,
    context: {} as CipherContext,
    events: {} as CipherEvent,
    output: {} as PuzzleOutput,
  },
  guards: {
    'answer is empty': ({ event }) => event.type === 'cipher.submit' && normalizeAnswer(event.answer) === '',
    'answer is right': ({ context, event }) =>
      event.type === 'cipher.submit' &&
      isRightAnswer(context.puzzle.id, context.puzzle.answerHash, event.answer),
  },
  actions: {
    'turn the wheel': assign(({ context, event }) =>
      event.type === 'cipher.shift' ? { shift: wrapShift(context.shift + Math.sign(event.by)) } : {},
    ),
    'ask for an answer': assign(() => ({ feedback: { tone: 'info', key: 'cipher.empty' } as const })),
    'count a wrong answer': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      feedback: { tone: 'wrong', key: 'cipher.wrong' } as const,
    })),
    'say it is decoded': assign(() => ({ feedback: { tone: 'right', key: 'cipher.solved' } as const })),
    'open next hint': assign(({ context }) => ({ hintTier: nextHintTier(context.hintTier) })),
  },
}).createMachine({
  id: 'cipher',
  context: ({ input }) => ({ ...startProgress(input.resume), puzzle: input.puzzle, shift: 0 }),
  initial: 'decoding',
  states: {
    decoding: {
      on: {
        'cipher.shift': { actions: 'turn the wheel' },
        'cipher.submit': [
          { guard: 'answer is empty', actions: 'ask for an answer' },
          { guard: 'answer is right', target: 'decoded', actions: 'say it is decoded' },
          { actions: 'count a wrong answer' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    decoded: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
