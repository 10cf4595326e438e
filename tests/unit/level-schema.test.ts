import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema } from '../../src/core/level/jsonSchema';
import { parseLevel } from '../../src/core/level/loader';

const LEVELS = fileURLToPath(new URL('../../levels', import.meta.url));
const index = JSON.parse(readFileSync(join(LEVELS, 'index.json'), 'utf8')) as { levels: string[] };

describe('the JSON Schema for level files', () => {
  it('levels/level.schema.json is the one made from the level schema (run `npm run levels:schema` after changing it)', () => {
    expect(readFileSync(join(LEVELS, 'level.schema.json'), 'utf8')).toBe(levelJsonSchema());
  });

  it('names the fields a trainer writes, `$schema` among them, and refuses others', () => {
    const schema = JSON.parse(levelJsonSchema()) as { properties: Record<string, unknown>; required: string[]; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'formatVersion', 'id', 'puzzles', 'room']));
    expect(schema.required).toContain('formatVersion');
    expect(schema.additionalProperties).toBe(false);
  });

  it.each(index.levels)('%s points to the schema with its first key, and the game ignores it', (file) => {
    const text = readFileSync(join(LEVELS, file), 'utf8');
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('$schema');
    expect(JSON.parse(text).$schema).toBe('../level.schema.json');
    const loaded = parseLevel(file, text);
    expect(loaded.ok && !('$schema' in loaded.value)).toBe(true);
  });
});
