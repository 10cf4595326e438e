/** `npm run levels:schema`: writes levels/level.schema.json from the level schema (a unit test fails when it is stale). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { levelJsonSchema } from '../src/core/level/jsonSchema';

const file = join(import.meta.dirname, '..', 'levels', 'level.schema.json');
await writeFile(file, levelJsonSchema());
console.log(`wrote ${file}`);
