/**
 * Dialogue: a branching conversation. The journey's flags (decisions made in earlier levels)
 * change what people say and which choices are offered; choices carry points and set flags.
 * There is no wrong answer here: only consequences.
 */
import { assign, setup } from 'xstate';
import type { KindPuzzle } from './schema';
import type { Text } from '../../core/level/fields';
import { applyEffects, conditionHolds, openNextHint, outputOf, puzzleSeed, puzzleTypes, shuffled, startProgress } from '../../core/puzzle';
import type { Flags, HintEvent, PuzzleProgress } from '../../core/puzzle';

export type DialoguePuzzle = KindPuzzle;
export type DialogueNode = DialoguePuzzle['nodes'][number];
export type DialogueChoice = DialogueNode['choices'][number];

export type DialogueEvent = { type: 'choice.pick'; id: string } | HintEvent;

export interface TranscriptLine {
  speaker: Text;
  text: Text;
}

/** The speaker of the player's own lines in the transcript. */
export const PLAYER_SPEAKER: Text = { fr: 'Toi', en: 'You' };

export function isPlayerLine(line: TranscriptLine): boolean {
  return line.speaker.fr === PLAYER_SPEAKER.fr && line.speaker.en === PLAYER_SPEAKER.en;
}

interface DialogueContext extends PuzzleProgress {
  puzzle: DialoguePuzzle;
  /** The current node's id. */
  node: string;
  transcript: TranscriptLine[];
  /** The journey's flags with the ones set in this conversation so far. */
  flags: Flags;
  /** This puzzle's seed: the order the choices are shown in follows from it. */
  seed: number;
}

/** The choices offered at a node with these flags. */
export function availableChoices(node: DialogueNode, flags: Flags): DialogueChoice[] {
  return node.choices.filter((c) => conditionHolds(flags, c.when));
}

/**
 * The choices offered at a node, in the order they are shown: shuffled by the puzzle's seed and
 * the node, so the level file's order (often the good answer first) never shows, and the same
 * node with the same seed always shows the same order, however often it is drawn again.
 */
export function shownChoices(node: DialogueNode, flags: Flags, seed: number): DialogueChoice[] {
  return shuffled(availableChoices(node, flags), puzzleSeed(seed, node.id));
}

/** What the node's speaker says with these flags: the first variant whose condition holds, else the plain text. */
export function nodeText(node: DialogueNode, flags: Flags): Text {
  return node.variants.find((v) => conditionHolds(flags, v.when))?.text ?? node.text;
}

export function findNode(puzzle: DialoguePuzzle, id: string): DialogueNode {
  const node = puzzle.nodes.find((n) => n.id === id);
  // The loader checks every `start` and `next`: a missing node is a bug, not a level mistake.
  if (!node) throw new Error(`dialogue "${puzzle.id}" has no node "${id}"`);
  return node;
}

function picked(context: DialogueContext, event: DialogueEvent): DialogueChoice | undefined {
  if (event.type !== 'choice.pick') return undefined;
  return availableChoices(findNode(context.puzzle, context.node), context.flags).find((c) => c.id === event.id);
}

export const dialogueMachine = setup({
  types: puzzleTypes<DialoguePuzzle, DialogueContext, DialogueEvent>(),
  guards: {
    'choice ends the conversation': ({ context, event }) => picked(context, event)?.next === null,
    'choice is available': ({ context, event }) => picked(context, event) !== undefined,
  },
  actions: {
    'open next hint': assign(({ context }) => openNextHint(context)),
    'take the choice': assign(({ context, event }) => {
      const choice = picked(context, event);
      if (!choice) return {};
      const node = findNode(context.puzzle, context.node);
      const said: TranscriptLine[] = [
        { speaker: node.speaker, text: nodeText(node, context.flags) },
        { speaker: PLAYER_SPEAKER, text: choice.text },
      ];
      if (choice.reply) said.push({ speaker: node.speaker, text: choice.reply });
      const progress = applyEffects(context, choice.id, choice.effects);
      return {
        ...progress,
        flags: { ...context.flags, ...progress.flagsSet },
        transcript: [...context.transcript, ...said],
        node: choice.next ?? context.node,
      };
    }),
  },
}).createMachine({
  id: 'dialogue',
  context: ({ input }) => ({
    ...startProgress(input.resume),
    puzzle: input.puzzle,
    node: input.puzzle.start,
    transcript: [],
    flags: { ...input.flags },
    seed: input.seed ?? 1,
  }),
  initial: 'talking',
  states: {
    talking: {
      on: {
        'choice.pick': [
          { guard: 'choice ends the conversation', target: 'ended', actions: 'take the choice' },
          { guard: 'choice is available', actions: 'take the choice' },
        ],
        'hint.next': { actions: 'open next hint' },
      },
    },
    ended: { type: 'final' },
  },
  output: ({ context }) => outputOf(context.puzzle.id, context),
});
