import { writeFileSync } from 'node:fs';
import { CATALOG_FILE, catalogSource } from './catalog-source';

writeFileSync(CATALOG_FILE, catalogSource());
process.stdout.write(`wrote ${CATALOG_FILE}\n`);
