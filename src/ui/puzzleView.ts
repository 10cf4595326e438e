/**
 * How a puzzle kind shows itself: a panel (and, for some kinds, buttons on the stage) drawn
 * from its running machine. Each kind's `view.ts` defines one with `definePuzzleView`, typed
 * from the kind's descriptor; this module finds them all, so no screen names a kind.
 */
import type { AnyStateMachine, EventFromLogic, SnapshotFrom } from 'xstate';
import type { Lang, Translator } from '../core/i18n';
import type { Text } from '../core/level/schema';
import { isActorOf, type Feedback, type PuzzleActorRef } from '../core/puzzle';
import type { WorldView } from '../world/view';
import { h, type Child } from './dom';
import './puzzle.css';

/**
 * What a panel is drawn from: it is called again on every change and its result replaces the
 * previous one (focus and typed values are kept by `key`). It sends typed events; it never
 * decides whether an answer is right.
 */
export interface PuzzleViewContext<M extends AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  send: (event: EventFromLogic<M>) => void;
  t: Translator;
  lang: Lang;
  /** A level text in the player's language. */
  tx: (text: Text) => string;
  /** A level text with its glossary words marked, each opening its definition (absent: the text as it is). */
  gloss?: (text: string, key: string) => Child[];
}

export interface PuzzleViewSpec<M extends AnyStateMachine> {
  panel(ctx: PuzzleViewContext<M>): HTMLElement;
  /** Buttons laid over the stage and the scene the world draws under them, for kinds played there. */
  stage?(ctx: PuzzleViewContext<M>): { overlay: HTMLElement; world: WorldView };
}

type Words = Pick<PuzzleViewContext<AnyStateMachine>, 't' | 'tx' | 'lang' | 'gloss'>;

/** A kind's view, ready for any running puzzle: it draws nothing for a puzzle of another kind. */
export interface PuzzleView {
  kind: string;
  panel(ref: PuzzleActorRef, words: Words): HTMLElement | null;
  stage(ref: PuzzleActorRef, words: Words): { overlay: HTMLElement; world: WorldView } | null;
}

export function definePuzzleView<M extends AnyStateMachine>(kind: { kind: string; machine: M }, spec: PuzzleViewSpec<M>): PuzzleView {
  const context = (ref: PuzzleActorRef, words: Words): PuzzleViewContext<M> | null =>
    isActorOf(ref, kind) ? { ...words, snapshot: ref.getSnapshot(), send: (event) => ref.send(event) } : null;
  return {
    kind: kind.kind,
    panel: (ref, words) => {
      const ctx = context(ref, words);
      return ctx ? spec.panel(ctx) : null;
    },
    stage: (ref, words) => {
      const ctx = context(ref, words);
      return ctx && spec.stage ? spec.stage(ctx) : null;
    },
  };
}

const modules = import.meta.glob<PuzzleView>('../puzzles/*/view.ts', { eager: true, import: 'view' });
const VIEWS: ReadonlyMap<string, PuzzleView> = new Map(Object.values(modules).map((v) => [v.kind, v]));

/** The view of a kind, by the kind's name. */
export function puzzleView(kind: string): PuzzleView | undefined {
  return VIEWS.get(kind);
}

/** A level text as a puzzle shows it: its glossary words marked when the screen can explain them. */
export function glossText(words: Pick<Words, 'gloss'>, text: string, key: string): Child[] {
  return words.gloss ? words.gloss(text, key) : [text];
}

/** A feedback's words, level texts in its parameters included. */
export function feedbackText(feedback: Feedback | null, words: Pick<Words, 't' | 'tx'>): string {
  if (!feedback) return '';
  if ('text' in feedback) return words.tx(feedback.text);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(feedback.params ?? {})) params[name] = typeof value === 'object' ? words.tx(value) : value;
  return words.t(feedback.key, params);
}

/**
 * The line under a puzzle that says what just happened. Screen readers hear it through the
 * page's one live region (the panel is rebuilt on each change, a live region inside it would not speak).
 */
export function feedbackLine(feedback: Feedback | null, words: Pick<Words, 't' | 'tx'>): HTMLElement {
  return h('p', { class: `feedback ${feedback?.tone ?? ''}` }, feedbackText(feedback, words));
}

/**
 * A puzzle's panel as a form: Enter or its submit button sends the answer once, never while
 * the puzzle is done, and the page never reloads.
 */
export function puzzleForm(kind: string, submit: { done: boolean; send: () => void }, ...children: Child[]): HTMLFormElement {
  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    if (!submit.done) submit.send();
  };
  return h('form', { class: `puzzle ${kind}`, on: { submit: onSubmit } }, ...children);
}
