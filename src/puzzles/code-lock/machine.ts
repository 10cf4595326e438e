/**
 * Code lock: type a code deduced from clues; the level file only holds the code's hash.
 *
 * A wrong code is only ever called wrong: the lock cannot tell how close a guess is (it holds a
 * hash), and if it could, "two digits are right" would let a player find the code by trying
 * instead of by reading the clues. What it can say truthfully, it says: the code was tried already.
 */
import { assign, setup } from 'xstate';
import { isRightAnswer, normalizeAnswer } from '../../core/answers';
import type { KindPuzzle as CodeLockPuzzle } from './schema';
import { openNextHint, outputOf, puzzleTypes, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type CodeLockEvent = { type: 'code.submit'; code: string } | HintEvent;

interface CodeLockContext extends PuzzleProgress {
  puzzle: CodeLockPuzzle;
  /** Wrong codes tried since the lock opened on screen (as compared: "19 55" is "1955"). */
  tried: string[];
}

export const codeLockMachine = setup({
  types: puzzleTypes<CodeLockPuzzle, CodeLockContext, CodeLockEvent>(),
  guards: {
    'code is right': ({ context, event }) => event.type === 'code.submit' && isRightAnswer(context.puzzle.id, context.puzzle.answerHash, event.code),
    'code is too short': ({ context, event }) => event.type === 'code.submit' && event.code.replace(/\s/g, '').length !== context.puzzle.length,
    'code was tried already': ({ context, event }) => event.type === 'code.submit' && context.tried.includes(normalizeAnswer(event.code)),
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'count a wrong code': assign(({ context, event }) => ({
      mistakes: context.mistakes + 1,
      tried: event.type === 'code.submit' ? [...context.tried, normalizeAnswer(event.code)] : context.tried,
      feedback: { tone: 'wrong', key: 'codeLock.wrong' } as const,
    })),
    // The same wrong code again teaches nothing new: said kindly, not counted twice.
    'say it was tried': assign(({ event }) => ({
      feedback: { tone: 'info', key: 'codeLock.tried', params: { code: event.type === 'code.submit' ? normalizeAnswer(event.code) : '' } } as const,
    })),
    'ask for the full code': assign(({ context }) => ({
      feedback: { tone: 'info', key: 'codeLock.length', params: { n: context.puzzle.length } } as const,
    })),
  },
}).createMachine({
  id: 'codeLock',
  context: ({ input }) => ({ ...startProgress(input.resume), puzzle: input.puzzle, tried: [] }),
  initial: 'locked',
  states: {
    locked: {
      on: {
        'code.submit': [
          { guard: 'code is too short', actions: 'ask for the full code' },
          { guard: 'code is right', target: 'open' },
          { guard: 'code was tried already', actions: 'say it was tried' },
          { actions: 'count a wrong code' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    open: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
