/**
 * What every puzzle kind shares, written once: its input and output, hint tiers, mistakes,
 * the feedback line, and the descriptor (`definePuzzleKind`) through which a kind's folder
 * under `src/puzzles/` tells the rest of the game what it is. Nothing here knows a kind's name.
 */
import type { ActorRef, AnyStateMachine, EventFromLogic, EventObject, InputFrom, Snapshot, SnapshotFrom } from 'xstate';
import type { z } from 'zod';
import { addPoints, type CompetencePoints, type Outcome } from './competences';
import type { Lang } from './i18n';
import type { Message } from './level/messages';
import type { Effects, Text } from './level/schema';
import { seededRandom } from './random';

/** Nudge, clue, answer: every puzzle and every room has exactly this many hints. */
export const HINT_TIERS = 3;

export type FlagValue = boolean | string;
export type Flags = Record<string, FlagValue>;

export interface PuzzleInput<P> {
  puzzle: P;
  /** The journey's flags so far: earlier decisions can change what is offered. */
  flags: Flags;
  /** Trainer's timer for timed events; off by default. */
  timed?: boolean;
  /** Seed for any shuffle, drawn once per journey and saved, so a test can replay it. */
  seed?: number;
  /** What the player already did in this puzzle before leaving it: hints and mistakes are not forgotten. */
  resume?: PuzzleMemory;
}

export interface PuzzleMemory {
  hintTier: number;
  mistakes: number;
}

export interface PuzzleOutput {
  puzzleId: string;
  outcome: Outcome;
  /** Flags this puzzle set on the journey. */
  flags: Flags;
  /** Passed by the trainer rather than solved: the solution was shown, or the group moved on. */
  settled?: 'revealed' | 'skipped';
}

/** A message for the player: level text, or a UI string key with parameters (level texts among them, put in the language of the moment). */
export type Feedback =
  { tone: 'wrong' | 'right' | 'info'; text: Text } | { tone: 'wrong' | 'right' | 'info'; key: string; params?: Record<string, string | number | Text> };

/** Context fields every puzzle machine carries. */
export interface PuzzleProgress {
  mistakes: number;
  hintTier: number;
  choices: string[];
  choicePoints: CompetencePoints;
  flagsSet: Flags;
  feedback: Feedback | null;
}

export type HintEvent = { type: 'hint.next' };

export function startProgress(resume?: PuzzleMemory): PuzzleProgress {
  return { mistakes: resume?.mistakes ?? 0, hintTier: resume?.hintTier ?? 0, choices: [], choicePoints: {}, flagsSet: {}, feedback: null };
}

export function nextHintTier(tier: number): number {
  return Math.min(HINT_TIERS, tier + 1);
}

/**
 * The types every puzzle machine's `setup` declares: its puzzle as input, its own context and
 * events, and the shared output (or a kind's richer one).
 */
export function puzzleTypes<P, C extends PuzzleProgress, E extends EventObject, O extends PuzzleOutput = PuzzleOutput>() {
  return {} as { input: PuzzleInput<P>; context: C; events: E; output: O };
}

/** The hint step every puzzle machine takes on `hint.next`. */
export function openNextHint(p: Pick<PuzzleProgress, 'hintTier'>): Pick<PuzzleProgress, 'hintTier'> {
  return { hintTier: nextHintTier(p.hintTier) };
}

/** One more mistake, with what to tell the player about it. */
export function countMistake(p: Pick<PuzzleProgress, 'mistakes'>, feedback: Feedback): Pick<PuzzleProgress, 'mistakes' | 'feedback'> {
  return { mistakes: p.mistakes + 1, feedback };
}

/** Applies a choice's effects: its points, and the flags it sets for the rest of the journey. */
export function applyEffects(p: PuzzleProgress, choiceId: string, effects: Effects | undefined): Partial<PuzzleProgress> {
  return {
    choices: [...p.choices, choiceId],
    choicePoints: effects?.points ? addPoints(p.choicePoints, effects.points) : p.choicePoints,
    flagsSet: effects?.flags ? { ...p.flagsSet, ...effects.flags } : p.flagsSet,
  };
}

export function outputOf(puzzleId: string, p: PuzzleProgress): PuzzleOutput {
  return {
    puzzleId,
    outcome: { mistakes: p.mistakes, hintTier: p.hintTier, choices: p.choices, choicePoints: p.choicePoints },
    flags: p.flagsSet,
  };
}

/** Does a journey flag meet a level's condition? */
export function conditionHolds(flags: Flags, when: { flag: string; equals?: FlagValue } | undefined): boolean {
  if (!when) return true;
  const v = flags[when.flag];
  if (when.equals === undefined) return v !== undefined && v !== false;
  return v === when.equals;
}

/**
 * A seeded shuffle that never returns the written order when another order exists: the order a
 * level file lists things in (good answer first, items grouped by category) must not show.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...items];
  for (let attempt = 0; attempt < 5; attempt++) {
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return out.length > 1 ? [...out.slice(1), out[0]!] : out;
}

/** A seed of its own for each puzzle of a journey, so two puzzles never share one shuffle. */
export function puzzleSeed(journeySeed: number, puzzleId: string): number {
  let h = journeySeed >>> 0 || 1;
  for (let i = 0; i < puzzleId.length; i++) h = Math.imul(h ^ puzzleId.charCodeAt(i), 0x5bd1e995) >>> 0;
  return h || 1;
}

/**
 * Where a kind's checks write their problems; fields are relative to the puzzle (`answer`,
 * `spots[2].id`). Ids used twice in any list are found for every kind by the loader.
 */
export interface PuzzleChecks {
  add(field: string, message: Message): void;
  /** Something the trainer may mean but should look at: the level still loads. */
  warn(field: string, message: Message): void;
}

/** The snapshot every puzzle machine has, whatever its kind. */
export type PuzzleSnapshot = Snapshot<unknown> & { context: PuzzleProgress };

/** A running puzzle, seen from the level: it takes hints and reports progress. */
export type PuzzleActorRef = ActorRef<PuzzleSnapshot, HintEvent>;

/** A choice the report shows in words: a decision that changed something. */
export interface KeyChoice {
  puzzle: Text;
  choice: Text;
}

export interface PuzzleKindSpec<K extends string, S extends z.ZodType, M extends AnyStateMachine> {
  kind: K;
  /** The kind's part of the level schema (an object with `kind: z.literal(K)`). */
  schema: S;
  /** The kind's rules, created from the level data. */
  machine: M;
  /**
   * Answers kept secret: the build and the loader replace `answer` by its salted hash,
   * and the machine checks a guess against the hash.
   */
  secretAnswer?: boolean;
  /** Cross-references and rules the schema cannot express. */
  check?(puzzle: z.output<S>, problems: PuzzleChecks): void;
  /** What would make the puzzle impossible to finish; run once the level has no other problem. */
  deadEnds?(puzzle: z.output<S>, problems: PuzzleChecks): void;
  /** A recorded choice (`puzzleId:rest`) put back into the words the player chose, when it mattered. */
  keyChoice?(puzzle: PuzzleOfMachine<M>, recorded: string): KeyChoice | null;
  /**
   * The choice the players face now (a dialogue's answer, a quiz's option, a surprise's response),
   * for a class vote from the phones: the question, the options as shown, and the event that
   * plays one. Null when nothing is to be chosen at this moment.
   */
  liveChoice?(snapshot: SnapshotFrom<M>): LiveChoice<EventFromLogic<M>> | null;
  /** One answer to give (a code, a word): when the trainer reveals it, the puzzle counts as solved. */
  revealSolves?: boolean;
  /** A find-the-spots kind plays on the big stage with the panel beside it; others take a wide panel. */
  playsOnStage?: boolean;
  /**
   * The trainer's answer key for a puzzle read from its source file (plain answers), as data in
   * both languages: the printed sheet (`scripts/answer-key.ts`) lays it out knowing no kind.
   */
  answerKey?(puzzle: z.output<S>): PuzzleAnswerKey;
}

/** A choice to put to the vote; `key` names this very question (the same while it is on screen). */
export interface LiveChoice<E> {
  key: string;
  question: Text;
  options: { id: string; text: Text }[];
  play(optionId: string): E;
}

/** A running puzzle's choice, ready to vote on and to play. */
export interface OpenChoice {
  key: string;
  question: Text;
  options: { id: string; text: Text }[];
  /** Plays the option the room chose (or the trainer picked). */
  play(optionId: string): void;
}

/** One puzzle's solution, as its kind explains it to a trainer. */
export interface PuzzleAnswerKey {
  /** What sort of puzzle it is, in a few words ("Cadenas à code"). */
  what: Text;
  /** The answer to say out loud, when there is one: a code, a word. */
  solution?: Text;
  sections: AnswerKeySection[];
  /** Roughly how long a group takes to play it, in minutes. */
  minutes: number;
}

export interface AnswerKeySection {
  /** An id shown as it is, before the title, where the puzzle refers to it (a dialogue node). */
  tag?: string;
  title?: Text;
  /** What is said or asked there (a line of dialogue, a question). */
  text?: Text;
  notes?: Text[];
  /** Numbered, when the order is the answer. */
  ordered?: boolean;
  lines: AnswerKeyLine[];
}

export interface AnswerKeyLine {
  text: Text;
  /** Smaller words under the line: why, what follows, when it is offered. */
  notes?: Text[];
  /** Points and flags the line gives each time it is taken. */
  effects?: Effects;
  /** The choice as the puzzle records it, so the sheet can add the awards that name it. */
  choice?: string;
  /** What the trainer looks for first: a right option, a step of the way to the end. */
  key?: boolean;
}

/** Said for a secret answer written only as its hash: the sheet cannot show it. */
export const ONLY_THE_HASH: AnswerKeySection = {
  lines: [
    {
      text: {
        fr: 'Le fichier ne garde que l\'empreinte de la réponse ("answerHash") : la réponse n\'y est pas.',
        en: 'The file only keeps the answer\'s hash ("answerHash"): the answer is not in it.',
      },
    },
  ],
};

/** A text made the same way in each language of the sheet: `inEachLanguage((l) => …)`. */
export function inEachLanguage(make: (lang: Lang) => string): Text {
  return { fr: make('fr'), en: make('en') };
}

/** A text that reads the same in every language (a code, a number, a name). */
export function sameInEachLanguage(words: string): Text {
  return { fr: words, en: words };
}

/** The level data a kind's machine is created from (answers already hashed). */
export type PuzzleOfMachine<M extends AnyStateMachine> = InputFrom<M> extends PuzzleInput<infer P> ? P : never;

/**
 * A kind's descriptor: one per folder under `src/puzzles/`, listed once in `src/puzzles/index.ts`.
 * Besides what the kind gave, it answers for any puzzle of a level (checks, dead ends, choices),
 * doing nothing for puzzles of other kinds, so callers need not know which kind is which.
 */
export interface PuzzleKind<K extends string, S extends z.ZodType, M extends AnyStateMachine> extends Readonly<PuzzleKindSpec<K, S, M>> {
  checkPuzzle(puzzle: { kind: string }, problems: PuzzleChecks): void;
  findDeadEnds(puzzle: { kind: string }, problems: PuzzleChecks): void;
  choiceWords(puzzle: { kind: string }, recorded: string): KeyChoice | null;
  /** The answer key of a puzzle read from its source file; null for other kinds, or a kind without one. */
  answerKeyOf(puzzle: { kind: string }): PuzzleAnswerKey | null;
  /** The choice a running puzzle of this kind puts to its players now; null for other kinds, or nothing to choose. */
  openChoice(ref: PuzzleActorRef): OpenChoice | null;
}

export function definePuzzleKind<const K extends string, S extends z.ZodType, M extends AnyStateMachine>(spec: PuzzleKindSpec<K, S, M>): PuzzleKind<K, S, M> {
  // A level's puzzles went through the schema's union on `kind`: the kind names the shape.
  const checked = (p: { kind: string }): p is { kind: string } & z.output<S> => p.kind === spec.kind;
  const played = (p: { kind: string }): p is { kind: string } & PuzzleOfMachine<M> => p.kind === spec.kind;
  const kind: PuzzleKind<K, S, M> = {
    ...spec,
    checkPuzzle: (p, problems) => (checked(p) ? spec.check?.(p, problems) : undefined),
    findDeadEnds: (p, problems) => (checked(p) ? spec.deadEnds?.(p, problems) : undefined),
    choiceWords: (p, recorded) => (played(p) ? (spec.keyChoice?.(p, recorded) ?? null) : null),
    answerKeyOf: (p) => (checked(p) ? (spec.answerKey?.(p) ?? null) : null),
    openChoice: (ref) => {
      if (!spec.liveChoice || ref.getSnapshot().status !== 'active' || !isActorOf(ref, spec)) return null;
      const choice = spec.liveChoice(ref.getSnapshot());
      if (!choice) return null;
      const { play, ...shown } = choice;
      // Only an option on offer is played: a vote's result is checked once more here.
      return { ...shown, play: (id) => (shown.options.some((o) => o.id === id) ? ref.send(play(id)) : undefined) };
    },
  };
  return Object.freeze(kind);
}

/**
 * Narrows a running puzzle to the machine of one kind. The level spawns each puzzle from the
 * machine its kind provides under the kind's name, so the actor's `src` is that name (or the
 * machine itself when spawned directly): a view checks it instead of trusting.
 */
export function isActorOf<M extends AnyStateMachine>(
  ref: PuzzleActorRef,
  kind: { kind: string; machine: M },
): ref is ActorRef<SnapshotFrom<M>, EventFromLogic<M>> & PuzzleActorRef {
  return ref.src === kind.kind || ref.src === kind.machine;
}

/** A choice matters to the report when it set a flag or earned points; small talk does not. */
export function effectsMatter(effects: Effects | undefined): boolean {
  return Object.keys(effects?.flags ?? {}).length > 0 || Object.values(effects?.points ?? {}).some((n) => (n ?? 0) > 0);
}
