import { writeFileSync } from 'node:fs';
import { packJsonSchema } from './json-schema';

export const JSON_SCHEMA_FILE = 'schema/scenario-pack.schema.json';
writeFileSync(JSON_SCHEMA_FILE, packJsonSchema());
process.stdout.write(`wrote ${JSON_SCHEMA_FILE}\n`);
