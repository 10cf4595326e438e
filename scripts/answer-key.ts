/**
 * Writes the trainer's answer key: a page to print on A4 with every level's solutions, read from
 * the source level files (where the answers are plain). It is never part of the built game.
 *   npm run answer-key -- [1 | act-2 | archive | levels/act-1/archive.json]… [-o file] [--lang fr|en]
 */
import { join } from 'node:path';
import { runAnswerKey } from './answer-key/cli';

const code = await runAnswerKey(
  process.argv.slice(2),
  // npm runs scripts from the package root; INIT_CWD is where the trainer typed the command.
  { root: join(import.meta.dirname, '..'), cwd: process.env.INIT_CWD ?? process.cwd() },
  { out: (line) => console.log(line), error: (line) => console.error(line) },
);
process.exit(code);
