/**
 * The JSON Schema of the flow-pack format, from its zod schema (lib/packs/schema.ts): committed
 * as `public/schemas/pack-v1.schema.json` (test/support/pack-schema.ts writes it) so a helpdesk can
 * check a pack with any JSON Schema tool.
 */
import { z } from 'zod';
import { packSchema } from './schema';

export function packJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(packSchema, { target: 'draft-2020-12' }),
    $id: 'https://loketgids.invalid/schemas/pack-v1.schema.json',
    title: 'Loketgids flow pack, version 1',
    description:
      'Corrections taught to the Loketgids guide (lib/packs/schema.ts). Data only: strings are shown as text, never run or rendered as HTML.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
