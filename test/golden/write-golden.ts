// Writes the golden files: for every bundled case, the exact output of `sim paths --json` and of
// `sim play --json` along the best, worst and recommended paths and three random paths drawn with
// the seed stored in the file. `npm run golden` rewrites them; the suite checks them byte for byte.
import { writeFileSync } from 'node:fs';
import { goldenFiles } from './golden-files';

for (const file of await goldenFiles()) writeFileSync(file.path, file.text);
process.stdout.write('golden files written to test/golden/\n');
