/**
 * `levels/glossary.json`: the words a player may not know, each with a short definition and an
 * example from the game, in every language. Checked like a level (same problems, same places),
 * and loaded with the levels so a trainer edits it without a build.
 */
import { z } from 'zod';
import type { GlossaryEntry } from '../glossary';
import { id, text } from './fields';
import { fromZod, parseJson, type LevelProblem, type Result } from './loader';

export const GLOSSARY_FILE = 'glossary.json';

const forms = z.array(z.string().trim().min(1)).min(1);

export const glossarySchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    terms: z
      .array(
        z
          .object({
            id,
            /** The forms the game looks for in the texts; a plural ending is found without being listed. */
            words: z.object({ fr: forms, en: forms }).catchall(forms),
            /** One or two short sentences. */
            definition: text,
            /** Where the player meets it in the game. */
            example: text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number] & GlossaryEntry;

export function parseGlossary(file: string, source: unknown): Result<Glossary> {
  const json = parseJson(file, source);
  if (!json.ok) return json;
  if (json.problems.length) return { ok: false, problems: json.problems };
  const parsed = glossarySchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) {
    const problems = fromZod(file, parsed.error, json.source);
    return { ok: false, problems: json.source ? problems.map((p) => (p.line === undefined ? { ...p, ...json.source!.locate(p.field) } : p)) : problems };
  }
  const problems: LevelProblem[] = [];
  const seen = new Set<string>();
  parsed.data.terms.forEach((t, i) => {
    if (seen.has(t.id))
      problems.push({
        file,
        field: `terms[${i}].id`,
        message: {
          fr: `l'identifiant "${t.id}" est utilisé deux fois : donner un autre identifiant à celui-ci`,
          en: `the id "${t.id}" is used twice: give this one another id`,
        },
      });
    seen.add(t.id);
  });
  if (problems.length) return { ok: false, problems: json.source ? problems.map((p) => ({ ...p, ...json.source!.locate(p.field) })) : problems };
  return { ok: true, value: parsed.data };
}
