/**
 * `npm run answer-key -- [act | level id | level file]… [-o file] [--lang fr|en]`: reads the
 * arguments, the level files, and writes the sheet. Every refusal says why, and exits with 1.
 */
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { describeProblem } from '../../src/core/level/loader';
import { readJourney, selectLevels } from './levels';
import { playMinutes } from '../../src/core/level/minutes';
import { answerKeySheet, type SheetLanguage } from './sheet';

export const USAGE = `Usage: npm run answer-key -- [what…] [-o file] [--lang fr|en]

Writes the trainer's answer key, a page to print on A4, from the level files (answers included).
  what        nothing: every level · 1 or act-1: an act · archive: a level id
              · levels/act-1/archive.json or my-level.json: a level file
  -o, --out   where to write it (default: answer-key.html at the repository root;
              never in dist/ or public/, which are published)
  --lang      fr or en for one language only (default: French, then English)`;

export interface Request {
  targets: string[];
  out: string | undefined;
  lang: SheetLanguage;
  help: boolean;
}

/** The command line in words the script acts on, or what is wrong with it. */
export function readArguments(args: readonly string[]): { ok: true; request: Request } | { ok: false; error: string } {
  const request: Request = { targets: [], out: undefined, lang: 'both', help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [option, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (option === '-h' || option === '--help') request.help = true;
    else if (option === '-o' || option === '--out') {
      const out = value();
      if (!out) return { ok: false, error: `${option} needs a file name: -o answer-key-act-1.html` };
      request.out = out;
    } else if (option === '--lang') {
      const lang = value();
      if (lang !== 'fr' && lang !== 'en') return { ok: false, error: `--lang takes fr or en (without it: French, then English), not "${lang ?? ''}"` };
      request.lang = lang;
    } else if (arg.startsWith('-')) return { ok: false, error: `unknown option "${arg}"` };
    else request.targets.push(arg);
  }
  return { ok: true, request };
}

export interface Console {
  out(line: string): void;
  error(line: string): void;
}

export interface Places {
  /** The repository: levels/ is in it, and dist/ and public/ are what gets published. */
  root: string;
  /** Where relative paths on the command line start from. */
  cwd: string;
}

const isInside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[a-z]:/i.test(r));
};

/** A path as short as it reads well: relative below the current folder, whole elsewhere. */
const shown = (cwd: string, path: string) => (isInside(cwd, path) ? relative(cwd, path) : path);

/** Runs the command; returns the exit code (0 written, 1 refused). */
export async function runAnswerKey(args: readonly string[], places: Places, say: Console, made = new Date()): Promise<number> {
  const read = readArguments(args);
  if (!read.ok) {
    say.error(`answer-key: ${read.error}\n\n${USAGE}`);
    return 1;
  }
  const { request } = read;
  if (request.help) {
    say.out(USAGE);
    return 0;
  }
  const out = request.out ? resolve(places.cwd, request.out) : join(places.root, 'answer-key.html');
  const published = ['dist', 'public'].find((dir) => isInside(join(places.root, dir), out));
  if (published) {
    say.error(`answer-key: not in ${published}/: everything there is published with the game, and the answers must stay out of it. Choose another place (-o).`);
    return 1;
  }
  const levelsDir = join(places.root, 'levels');
  const journey = await readJourney(levelsDir);
  if (journey.problems.length) {
    for (const p of journey.problems) say.error(describeProblem(p));
    say.error(
      'answer-key: the level files have problems (above; npm run levels:check shows them too). Fix them first: a key for a level the game leaves out would mislead.',
    );
    return 1;
  }
  const selection = await selectLevels(journey, request.targets, { cwd: places.cwd, levelsDir });
  if (!selection.ok) {
    for (const e of selection.errors) say.error(`answer-key: ${e}`);
    say.error(`\n${USAGE}`);
    return 1;
  }
  await writeFile(out, answerKeySheet(selection.levels, { lang: request.lang, made }), 'utf8');
  const minutes = selection.levels.reduce((sum, l) => sum + playMinutes(l.level), 0);
  const n = selection.levels.length;
  say.out(`Wrote ${shown(places.cwd, out)}: ${n} level${n === 1 ? '' : 's'}, about ${minutes} min of play. Open it in a browser and print it on A4.`);
  return 0;
}
