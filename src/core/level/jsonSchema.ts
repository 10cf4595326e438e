/**
 * The JSON Schema of a level file, made from the one zod schema the game checks levels with, so
 * a trainer's editor (VS Code and others) completes and checks fields without a second copy of
 * the rules. Written to levels/level.schema.json by `npm run levels:schema`.
 */
import { z } from 'zod';
import { levelSchema } from './schema';

export function levelJsonSchema(): string {
  // Input side: what a trainer writes (defaults may be left out, `answer` in clear).
  const schema = z.toJSONSchema(levelSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', reused: 'ref' });
  return JSON.stringify({ ...schema, title: 'Envol level' }, null, 2) + '\n';
}
