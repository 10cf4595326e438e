/** One panel per puzzle kind. */
import type { Puzzle } from '../../core/level/loader';
import { allocationView } from './allocation';
import { cipherView } from './cipher';
import { codeLockView } from './codeLock';
import { combineView } from './combine';
import { dialogueView } from './dialogue';
import { hotspotsView } from './hotspots';
import { quizView } from './quiz';
import { sequenceView } from './sequence';
import { sortView } from './sort';
import { timedEventsView } from './timedEvents';
import type { PuzzleView } from './types';

// The registry is keyed by kind; each view is typed against its own machine where it is written.
type AnyView = PuzzleView<never, never>;
export const PUZZLE_VIEWS: Record<Puzzle['kind'], AnyView> = {
  'code-lock': codeLockView as unknown as AnyView,
  cipher: cipherView as unknown as AnyView,
  hotspots: hotspotsView as unknown as AnyView,
  combine: combineView as unknown as AnyView,
  sequence: sequenceView as unknown as AnyView,
  sort: sortView as unknown as AnyView,
  dialogue: dialogueView as unknown as AnyView,
  allocation: allocationView as unknown as AnyView,
  quiz: quizView as unknown as AnyView,
  'timed-events': timedEventsView as unknown as AnyView,
};
