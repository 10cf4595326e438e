/**
 * `npm run levels:check [files…]`: checks the level files given, or every level named in
 * levels/index.json when none is, with the very checks the game and the build run.
 * Prints every problem as `file:line:column  field  message` (English; `--fr` for French),
 * warnings too; exits 1 if there is any error, 0 when there are only warnings or nothing.
 * Checks levels/glossary.json the same way, and prints each level's reading ease in French and
 * English with its hardest sentences, so a trainer sees which texts to make simpler.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { loadCatalogue } from '../src/core/level/catalogue';
import { GLOSSARY_FILE, parseGlossary, type Glossary } from '../src/core/level/glossary';
import { checkLevel, describeProblem, isWarning, type LevelProblem } from '../src/core/level/loader';
import { levelReadability } from '../src/core/level/readability';

const dir = join(import.meta.dirname, '..', 'levels');
const lang = process.argv.includes('--fr') ? 'fr' : 'en';
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));

async function readGlossary(): Promise<{ terms?: Glossary['terms']; problems: LevelProblem[] }> {
  const text = await readFile(join(dir, GLOSSARY_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return { problems: [] };
  const parsed = parseGlossary(`levels/${GLOSSARY_FILE}`, text);
  return parsed.ok ? { terms: parsed.value.terms, problems: [] } : { problems: parsed.problems };
}

async function checkFiles(paths: string[]): Promise<LevelProblem[]> {
  const glossary = await readGlossary();
  const problems: LevelProblem[] = [...glossary.problems];
  for (const path of paths) {
    const shown = relative(process.cwd(), path) || path;
    try {
      // The glossary is checked like a level when it is named.
      if (path.endsWith(GLOSSARY_FILE)) {
        const parsed = parseGlossary(shown, await readFile(path, 'utf8'));
        if (!parsed.ok) problems.push(...parsed.problems);
        continue;
      }
      problems.push(...checkLevel(shown, await readFile(path, 'utf8'), { glossary: glossary.terms }));
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
  console.log(catalogue.glossary ? `ok  ${GLOSSARY_FILE}: ${catalogue.glossary.length} words` : `--  no ${GLOSSARY_FILE}: no word is explained`);
  console.log('\nReading ease (French: Kandel–Moles, English: Flesch; 60 and more is easy, higher is easier):');
  for (const level of catalogue.levels) {
    const r = levelReadability(level);
    console.log(`  ${level.id.padEnd(14)} fr ${r.fr.score.toFixed(0).padStart(3)}   en ${r.en.score.toFixed(0).padStart(3)}`);
    for (const lang of ['fr', 'en'] as const) for (const s of r[lang].hardest) console.log(`      hardest (${lang}, ${s.words} words): ${s.text}`);
  }
}
for (const p of problems) console.error(describeProblem(p, lang));
const errors = problems.filter((p) => !isWarning(p)).length;
const warnings = problems.length - errors;
const checked = files.length ? `${files.length} ${files.length === 1 ? 'file' : 'files'} checked` : 'levels in levels/index.json checked';
console.log(`${checked}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
process.exit(errors ? 1 : 0);
