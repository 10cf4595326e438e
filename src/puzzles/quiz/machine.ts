/**
 * Quiz with explanations: one question at a time. A wrong option is greyed out and the player
 * tries again; the right one opens the explanation, which is where the learning happens.
 * The player's first pick on each question is recorded as a choice (for the trainer's debrief).
 */
import { and, assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import {
  applyEffects,
  nextHintTier,
  outputOf,
  startProgress,
  type HintEvent,
  type PuzzleInput,
  type PuzzleOutput,
  type PuzzleProgress,
} from '../../core/puzzle';

type QuizPuzzle = KindPuzzle;
type Question = QuizPuzzle['questions'][number];

export type QuizEvent = { type: 'answer.pick'; option: string } | { type: 'quiz.next' } | HintEvent;

interface QuizContext extends PuzzleProgress {
  puzzle: QuizPuzzle;
  /** The question on screen. */
  index: number;
  /** Options of this question already picked, and wrong. */
  tried: string[];
  /** The right option picked on this question, once explained. */
  picked: string | null;
}

export function questionAt(context: Pick<QuizContext, 'puzzle' | 'index'>): Question {
  return context.puzzle.questions[context.index]!;
}

function optionOf(context: QuizContext, event: QuizEvent) {
  if (event.type !== 'answer.pick') return undefined;
  return questionAt(context).options.find((o) => o.id === event.option);
}

export const quizMachine = setup({
  types: {
    input: {} as PuzzleInput<QuizPuzzle>,
    context: {} as QuizContext,
    events: {} as QuizEvent,
    output: {} as PuzzleOutput,
  },
  guards: {
    'option is open': ({ context, event }) => {
      const option = optionOf(context, event);
      return option !== undefined && !context.tried.includes(option.id);
    },
    'option is right': ({ context, event }) => optionOf(context, event)?.correct === true,
    'was the last question': ({ context }) => context.index >= context.puzzle.questions.length - 1,
  },
  actions: {
    'record a first pick': assign(({ context, event }) => {
      if (event.type !== 'answer.pick' || context.tried.length > 0) return {};
      return applyEffects(context, `${questionAt(context).id}:${event.option}`, undefined);
    }),
    'explain the answer': assign(({ context, event }) => ({
      picked: event.type === 'answer.pick' ? event.option : null,
      feedback: { tone: 'right', text: questionAt(context).explanation } as const,
    })),
    'mark the option as tried': assign(({ context, event }) => ({
      mistakes: context.mistakes + 1,
      tried: event.type === 'answer.pick' ? [...context.tried, event.option] : context.tried,
      feedback: { tone: 'wrong', key: 'quiz.wrong' } as const,
    })),
    'go to the next question': assign(({ context }) => ({ index: context.index + 1, tried: [], picked: null, feedback: null })),
    'open next hint': assign(({ context }) => ({ hintTier: nextHintTier(context.hintTier) })),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({ ...startProgress(input.resume), puzzle: input.puzzle, index: 0, tried: [], picked: null }),
  initial: 'asking',
  states: {
    asking: {
      on: {
        'answer.pick': [
          {
            guard: and(['option is open', 'option is right']),
            target: 'explained',
            actions: ['record a first pick', 'explain the answer'],
          },
          { guard: 'option is open', actions: ['record a first pick', 'mark the option as tried'] },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    explained: {
      on: {
        'quiz.next': [
          { guard: 'was the last question', target: 'finished' },
          { target: 'asking', actions: 'go to the next question' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    finished: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
