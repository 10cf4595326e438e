/**
 * `npm run levels:check [files…]`: checks the level files given, or every level named in
 * levels/index.json when none is, with the very checks the game and the build run.
 * Prints every problem as `file:line:column  field  message` (English; `--fr` for French),
 * warnings too; exits 1 if there is any error, 0 when there are only warnings or nothing.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { loadCatalogue } from '../src/core/level/catalogue';
import { checkLevel, describeProblem, isWarning, type LevelProblem } from '../src/core/level/loader';

const dir = join(import.meta.dirname, '..', 'levels');
const lang = process.argv.includes('--fr') ? 'fr' : 'en';
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));

async function checkFiles(paths: string[]): Promise<LevelProblem[]> {
  const problems: LevelProblem[] = [];
  for (const path of paths) {
    const shown = relative(process.cwd(), path) || path;
    try {
      problems.push(...checkLevel(shown, await readFile(path, 'utf8')));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      problems.push({ file: shown, field: '', message: { fr: `impossible à lire (${reason})`, en: `could not be read (${reason})` } });
    }
  }
  return problems;
}

let problems: LevelProblem[];
if (files.length) {
  problems = await checkFiles(files);
} else {
  const catalogue = await loadCatalogue((path) => readFile(join(dir, path), 'utf8'));
  problems = catalogue.problems.map((p) => ({ ...p, file: `levels/${p.file}` }));
  for (const level of catalogue.levels) {
    const kinds = [...new Set(level.puzzles.map((p) => p.kind))].join(', ');
    console.log(`ok  act ${level.act}.${level.order}  ${level.id.padEnd(14)} ${kinds}  [${level.competences.join(', ')}]`);
  }
}
for (const p of problems) console.error(describeProblem(p, lang));
const errors = problems.filter((p) => !isWarning(p)).length;
const warnings = problems.length - errors;
const checked = files.length ? `${files.length} ${files.length === 1 ? 'file' : 'files'} checked` : 'levels in levels/index.json checked';
console.log(`${checked}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
process.exit(errors ? 1 : 0);
