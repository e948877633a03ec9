/**
 * Writes the JSON Schema of the flow-pack format (lib/packs/schema.ts) to
 * `public/schemas/pack-v1.schema.json`, made from the zod schema with `z.toJSONSchema`. Run after
 * changing the format: `npx tsx test/support/pack-schema.ts`. A unit test
 * (test/unit/packs/packs.test.ts) fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchemaText } from '../../lib/packs/json-schema';

const file = join(import.meta.dirname, '../../public/schemas/pack-v1.schema.json');
writeFileSync(file, packJsonSchemaText());
console.log(`Geschreven / Written: ${file}`);
