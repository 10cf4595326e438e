/**
 * Business model canvas: idea cards go into the blocks of a board (customers, problem, value,
 * channels, costs, revenue). The player picks a card, then a block; cards can be moved or put
 * back on the pile at any time. A check judges the board block by block: it says which blocks
 * hold a card that belongs elsewhere, never which card, until the second hint marks the cards.
 */
import { assign, setup } from 'xstate';
import type { CanvasCard, KindPuzzle } from './schema';
import { countMistake, openNextHint, outputOf, puzzleTypes, shuffled, startProgress } from '../../core/puzzle';
import type { HintEvent, PuzzleProgress } from '../../core/puzzle';

export type CanvasPuzzle = KindPuzzle;

export type CanvasEvent =
  /** Take a card in hand (from the pile or the board); the card in hand is put down again. */
  | { type: 'card.pick'; card: string }
  /** Put a card in a block, or back on the pile (`null`): the card named, else the one in hand. */
  | { type: 'card.place'; block: string | null; card?: string }
  | { type: 'canvas.submit' }
  | HintEvent;

/** Where each card is: a block id, or null while it waits on the pile. */
export type Placement = Record<string, string | null>;

/**
 * What the last check said of a block, kept until a card goes in or out of it: `wrong` (a card
 * here belongs elsewhere), `right` (every card here belongs here), `empty` (a card is missing).
 */
export type BlockVerdict = 'right' | 'wrong' | 'empty';

/** From this hint tier on (the clue), the misplaced cards themselves are marked and explained. */
const CARD_MARKS_TIER = 2;

interface CanvasContext extends PuzzleProgress {
  puzzle: CanvasPuzzle;
  /** Card ids in the order the pile shows them: shuffled by the puzzle's seed, never as written. */
  cardOrder: string[];
  placement: Placement;
  /** The card in hand, waiting for a block. */
  picked: string | null;
  verdicts: Record<string, BlockVerdict>;
  /** Cards judged misplaced at the last check and not moved since. */
  wrong: string[];
}

/** The cards in the order the player sees them. */
export function shownCards(puzzle: CanvasPuzzle, cardOrder: readonly string[]): CanvasCard[] {
  return cardOrder.flatMap((id) => puzzle.cards.filter((c) => c.id === id));
}

/** The cards in one block (or on the pile, for `null`), in the order the player sees them. */
export function cardsIn(puzzle: CanvasPuzzle, cardOrder: readonly string[], placement: Placement, block: string | null): CanvasCard[] {
  return shownCards(puzzle, cardOrder).filter((c) => (placement[c.id] ?? null) === block);
}

/** Cards still on the pile, in the puzzle's order. */
export function unplacedCards(puzzle: CanvasPuzzle, placement: Placement): string[] {
  return puzzle.cards.filter((c) => !placement[c.id]).map((c) => c.id);
}

/** Placed cards that belong in another block, in the puzzle's order. */
export function misplacedCards(puzzle: CanvasPuzzle, placement: Placement): string[] {
  return puzzle.cards.filter((c) => placement[c.id] && placement[c.id] !== c.block).map((c) => c.id);
}

/** The verdict on every block that has one: blocks holding cards, and empty blocks a card must fill. */
export function judgeBlocks(puzzle: CanvasPuzzle, placement: Placement): Record<string, BlockVerdict> {
  const verdicts: Record<string, BlockVerdict> = {};
  for (const block of puzzle.blocks) {
    const here = puzzle.cards.filter((c) => placement[c.id] === block.id);
    if (here.some((c) => c.block !== block.id)) verdicts[block.id] = 'wrong';
    else if (here.length > 0) verdicts[block.id] = 'right';
    else if (!block.optional) verdicts[block.id] = 'empty';
  }
  return verdicts;
}

/** How many cards in a block belong elsewhere (what its mark says). */
export function misplacedIn(puzzle: CanvasPuzzle, placement: Placement, block: string): number {
  return puzzle.cards.filter((c) => placement[c.id] === block && c.block !== block).length;
}

/** The misplaced cards the board marks and explains: none before the clue is opened. */
export function markedCards(context: Pick<CanvasContext, 'hintTier' | 'wrong'>): string[] {
  return context.hintTier >= CARD_MARKS_TIER ? context.wrong : [];
}

/** The card an event moves: the one it names, else the one in hand. */
function movedCard(context: CanvasContext, event: CanvasEvent): string | null {
  return event.type === 'card.place' ? (event.card ?? context.picked) : null;
}

function without<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

export const businessCanvasMachine = setup({
  types: puzzleTypes<CanvasPuzzle, CanvasContext, CanvasEvent>(),
  guards: {
    'card is known': ({ context, event }) => event.type === 'card.pick' && context.puzzle.cards.some((c) => c.id === event.card),
    'no card in hand': ({ context, event }) => movedCard(context, event) === null,
    'placement is known': ({ context, event }) => {
      const card = movedCard(context, event);
      return (
        event.type === 'card.place' &&
        context.puzzle.cards.some((c) => c.id === card) &&
        (event.block === null || context.puzzle.blocks.some((b) => b.id === event.block))
      );
    },
    'a card is not placed': ({ context }) => unplacedCards(context.puzzle, context.placement).length > 0,
    'every card is right': ({ context }) => misplacedCards(context.puzzle, context.placement).length === 0,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'pick or put down the card': assign(({ context, event }) =>
      event.type === 'card.pick' ? { picked: context.picked === event.card ? null : event.card } : {},
    ),
    'ask to pick a card first': assign({ feedback: { tone: 'info', key: 'businessCanvas.pickFirst' } as const }),
    'place the card': assign(({ context, event }) => {
      const card = movedCard(context, event)!;
      const to = event.type === 'card.place' ? event.block : null;
      const from = context.placement[card] ?? null;
      if (from === to) return { picked: null };
      const label = context.puzzle.cards.find((c) => c.id === card)!.label;
      // A block whose content changed is no longer what the last check saw: its mark goes, whatever it said.
      const touched = [from, to].filter((b): b is string => b !== null);
      return {
        placement: { ...context.placement, [card]: to },
        picked: null,
        verdicts: without(context.verdicts, touched),
        wrong: context.wrong.filter((c) => c !== card),
        feedback: { tone: 'info', key: to === null ? 'businessCanvas.unplaced' : 'businessCanvas.placed', params: { card: label } } as const,
      };
    }),
    'ask to place every card': assign(({ context }) => ({
      feedback: {
        tone: 'info',
        key: 'businessCanvas.incomplete',
        params: { n: unplacedCards(context.puzzle, context.placement).length },
      } as const,
    })),
    'judge the blocks': assign(({ context }) => {
      const verdicts = judgeBlocks(context.puzzle, context.placement);
      const n = Object.values(verdicts).filter((v) => v === 'wrong').length;
      return {
        ...countMistake(context, { tone: 'wrong', key: 'businessCanvas.wrong', params: { n } }),
        verdicts,
        wrong: misplacedCards(context.puzzle, context.placement),
        picked: null,
      };
    }),
    'say it is right': assign(({ context }) => ({
      verdicts: judgeBlocks(context.puzzle, context.placement),
      wrong: [],
      picked: null,
      feedback: { tone: 'right', key: 'businessCanvas.right' } as const,
    })),
  },
}).createMachine({
  id: 'business-canvas',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    cardOrder: shuffled(
      input.puzzle.cards.map((c) => c.id),
      input.seed ?? 1,
    ),
    placement: Object.fromEntries(input.puzzle.cards.map((c) => [c.id, null])),
    picked: null,
    verdicts: {},
    wrong: [],
  }),
  initial: 'placing',
  states: {
    placing: {
      on: {
        'card.pick': { guard: 'card is known', actions: 'pick or put down the card' },
        'card.place': [
          { guard: 'no card in hand', actions: 'ask to pick a card first' },
          { guard: 'placement is known', actions: 'place the card' },
        ],
        'canvas.submit': [
          { guard: 'a card is not placed', actions: 'ask to place every card' },
          { guard: 'every card is right', target: 'complete', actions: 'say it is right' },
          { actions: 'judge the blocks' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    complete: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
