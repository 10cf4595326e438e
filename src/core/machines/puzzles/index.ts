/** One machine per puzzle kind, looked up by the `kind` field of the level data. */
import type { AnyStateMachine } from 'xstate';
import type { Puzzle } from '../../level/loader';
import { allocationMachine } from './allocation';
import { cipherMachine } from './cipher';
import { codeLockMachine } from './codeLock';
import { combineMachine } from './combine';
import { dialogueMachine } from './dialogue';
import { hotspotsMachine } from './hotspots';
import { quizMachine } from './quiz';
import { sequenceMachine } from './sequence';
import { sortMachine } from './sort';
import { timedEventsMachine } from './timedEvents';

export const PUZZLE_MACHINES = {
  'code-lock': codeLockMachine,
  cipher: cipherMachine,
  hotspots: hotspotsMachine,
  combine: combineMachine,
  sequence: sequenceMachine,
  sort: sortMachine,
  dialogue: dialogueMachine,
  allocation: allocationMachine,
  quiz: quizMachine,
  'timed-events': timedEventsMachine,
} as const satisfies Record<Puzzle['kind'], AnyStateMachine>;
