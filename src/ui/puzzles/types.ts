import type { Translator, Lang } from '../../core/i18n';
import type { Text } from '../../core/level/schema';

/**
 * A puzzle panel is a function of the puzzle actor's snapshot: it is called again on every
 * change and its result replaces the previous one (focus and input values are kept by `key`).
 * It sends typed events; it never decides whether an answer is right.
 */
export interface PuzzleViewContext<Snapshot, Event> {
  snapshot: Snapshot;
  send: (event: Event) => void;
  t: Translator;
  lang: Lang;
  /** A level text in the player's language. */
  tx: (text: Text) => string;
}

export type PuzzleView<Snapshot, Event> = (ctx: PuzzleViewContext<Snapshot, Event>) => HTMLElement;
