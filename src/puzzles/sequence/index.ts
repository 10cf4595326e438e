/** Sequence: put the steps of a plan in their order. */
import { definePuzzleKind } from '../../core/puzzle';
import { sequenceMachine } from './machine';
import { schema } from './schema';

export const sequence = definePuzzleKind({
  kind: 'sequence',
  schema,
  machine: sequenceMachine,
});
