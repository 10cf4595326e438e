/** Cipher: read a coded message with a decoder wheel, then type what it says to do. */
import { definePuzzleKind } from '../../core/puzzle';
import { cipherMachine } from './machine';
import { schema } from './schema';

export const cipher = definePuzzleKind({
  kind: 'cipher',
  schema,
  machine: cipherMachine,
  secretAnswer: true,
});
