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
export const PUZZLE_VIEWS: Record<Puzzle['kind'], PuzzleView<never, never>> = {
  'code-lock': codeLockView as PuzzleView<never, never>,
  cipher: cipherView as PuzzleView<never, never>,
  hotspots: hotspotsView as PuzzleView<never, never>,
  combine: combineView as PuzzleView<never, never>,
  sequence: sequenceView as PuzzleView<never, never>,
  sort: sortView as PuzzleView<never, never>,
  dialogue: dialogueView as PuzzleView<never, never>,
  allocation: allocationView as PuzzleView<never, never>,
  quiz: quizView as PuzzleView<never, never>,
  'timed-events': timedEventsView as PuzzleView<never, never>,
};
