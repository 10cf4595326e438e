/**
 * Quiz with explanations: one question at a time, its options in an order drawn from the
 * puzzle's seed (a level file often lists the good answer first). A wrong option is greyed out,
 * the player is told why it is not the best one, and tries again; the right one opens the
 * explanation, which is where the learning happens.
 * The player's first pick on each question is recorded as a choice (for the trainer's debrief).
 */
import { and, assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import { applyEffects, openNextHint, outputOf, puzzleSeed, puzzleTypes, shuffled, startProgress } from '../../core/puzzle';
import type { Feedback, HintEvent, PuzzleProgress } from '../../core/puzzle';

type QuizPuzzle = KindPuzzle;
type Question = QuizPuzzle['questions'][number];
type Option = Question['options'][number];

export type QuizEvent = { type: 'answer.pick'; option: string } | { type: 'quiz.next' } | HintEvent;

interface QuizContext extends PuzzleProgress {
  puzzle: QuizPuzzle;
  /** The question on screen. */
  index: number;
  /** Options of this question already picked, and wrong. */
  tried: string[];
  /** The right option picked on this question, once explained. */
  picked: string | null;
  /** Each question's option ids in the order shown, drawn once from the seed so it holds across re-renders. */
  optionOrder: string[][];
}

export function questionAt(context: Pick<QuizContext, 'puzzle' | 'index'>): Question {
  return context.puzzle.questions[context.index]!;
}

/** The options of the question on screen, in the order the player sees them. */
export function shownOptions(context: Pick<QuizContext, 'puzzle' | 'index' | 'optionOrder'>): Option[] {
  const question = questionAt(context);
  const order = context.optionOrder[context.index] ?? [];
  return order.map((id) => question.options.find((o) => o.id === id)!);
}

/** One order per question, never the written one; each question draws from its own seed. */
function drawOptionOrder(puzzle: QuizPuzzle, seed: number): string[][] {
  return puzzle.questions.map((q) =>
    shuffled(
      q.options.map((o) => o.id),
      puzzleSeed(seed, q.id),
    ),
  );
}

/** What a wrong pick tells the player: the option's own reason, or, without one, that the explanation comes with the right answer. */
function wrongPickFeedback(option: Option): Feedback {
  return option.why ? { tone: 'wrong', key: 'quiz.wrongWhy', params: { why: option.why } } : { tone: 'wrong', key: 'quiz.wrong' };
}

/** What a right pick tells the player: the option's reason (when written), then the question's explanation. */
function rightPickFeedback(question: Question, option: Option): Feedback {
  return option.why
    ? { tone: 'right', key: 'quiz.rightWhy', params: { why: option.why, explanation: question.explanation } }
    : { tone: 'right', text: question.explanation };
}

function optionOf(context: QuizContext, event: QuizEvent) {
  if (event.type !== 'answer.pick') return undefined;
  return questionAt(context).options.find((o) => o.id === event.option);
}

export const quizMachine = setup({
  types: puzzleTypes<QuizPuzzle, QuizContext, QuizEvent>(),
  guards: {
    'option is open': ({ context, event }) => {
      const option = optionOf(context, event);
      return option !== undefined && !context.tried.includes(option.id);
    },
    'option is right': ({ context, event }) => optionOf(context, event)?.correct === true,
    'was the last question': ({ context }) => context.index >= context.puzzle.questions.length - 1,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'record a first pick': assign(({ context, event }) => {
      if (event.type !== 'answer.pick' || context.tried.length > 0) return {};
      return applyEffects(context, `${questionAt(context).id}:${event.option}`, undefined);
    }),
    'explain the answer': assign(({ context, event }) => {
      const option = optionOf(context, event)!;
      return { picked: option.id, feedback: rightPickFeedback(questionAt(context), option) };
    }),
    'mark the option as tried': assign(({ context, event }) => {
      const option = optionOf(context, event)!;
      return { mistakes: context.mistakes + 1, tried: [...context.tried, option.id], feedback: wrongPickFeedback(option) };
    }),
    'go to the next question': assign(({ context }) => ({ index: context.index + 1, tried: [], picked: null, feedback: null })),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    index: 0,
    tried: [],
    picked: null,
    optionOrder: drawOptionOrder(input.puzzle, input.seed ?? 1),
  }),
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
