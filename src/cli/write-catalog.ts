import { writeFileSync } from 'node:fs';
import { CATALOG_FILE, catalogSource, LOADERS_FILE, loadersSource } from './catalog-source';

writeFileSync(CATALOG_FILE, await catalogSource());
writeFileSync(LOADERS_FILE, loadersSource());
process.stdout.write(`wrote ${CATALOG_FILE} and ${LOADERS_FILE}\n`);
