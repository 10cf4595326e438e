/**
 * Checks every level named in levels/index.json: schema, cross-references, solvability.
 * Prints each problem with its file and field (in English; `--fr` for French); exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalogue } from '../src/core/level/catalogue';
import { describeProblem } from '../src/core/level/loader';

const dir = join(import.meta.dirname, '..', 'levels');
const lang = process.argv.includes('--fr') ? 'fr' : 'en';
const catalogue = await loadCatalogue((path) => readFile(join(dir, path), 'utf8'));
for (const p of catalogue.problems) console.error(describeProblem(p, lang));
for (const level of catalogue.levels) {
  const kinds = [...new Set(level.puzzles.map((p) => p.kind))].join(', ');
  console.log(`ok  act ${level.act}.${level.order}  ${level.id.padEnd(14)} ${kinds}  [${level.competences.join(', ')}]`);
}
console.log(`${catalogue.levels.length} levels valid, ${catalogue.problems.length} problems`);
process.exit(catalogue.problems.length ? 1 : 0);
