/** Code lock: type a code deduced from clues; the level file only holds the code's hash. */
import { assign, setup } from 'xstate';
import { isRightAnswer } from '../../core/answers';
import type { KindPuzzle as CodeLockPuzzle } from './schema';
import {
  nextHintTier,
  outputOf,
  startProgress,
  type HintEvent,
  type PuzzleInput,
  type PuzzleOutput,
  type PuzzleProgress,
} from '../../core/puzzle';

export type CodeLockEvent = { type: 'code.submit'; code: string } | HintEvent;

interface CodeLockContext extends PuzzleProgress {
  puzzle: CodeLockPuzzle;
}

export const codeLockMachine = setup({
  types: {
    input: {} as PuzzleInput<CodeLockPuzzle>,
    context: {} as CodeLockContext,
    events: {} as CodeLockEvent,
    output: {} as PuzzleOutput,
  },
  guards: {
    'code is right': ({ context, event }) =>
      event.type === 'code.submit' && isRightAnswer(context.puzzle.id, context.puzzle.answerHash, event.code),
    'code is too short': ({ context, event }) =>
      event.type === 'code.submit' && event.code.replace(/\s/g, '').length !== context.puzzle.length,
  },
  actions: {
    'count a wrong code': assign(({ context }) => ({
      mistakes: context.mistakes + 1,
      feedback: { tone: 'wrong', key: 'codeLock.wrong' } as const,
    })),
    'ask for the full code': assign(({ context }) => ({
      feedback: { tone: 'info', key: 'codeLock.length', params: { n: context.puzzle.length } } as const,
    })),
    'open next hint': assign(({ context }) => ({ hintTier: nextHintTier(context.hintTier) })),
  },
}).createMachine({
  id: 'codeLock',
  context: ({ input }) => ({ ...startProgress(input.resume), puzzle: input.puzzle }),
  initial: 'locked',
  states: {
    locked: {
      on: {
        'code.submit': [
          { guard: 'code is too short', actions: 'ask for the full code' },
          { guard: 'code is right', target: 'open' },
          { actions: 'count a wrong code' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    open: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
