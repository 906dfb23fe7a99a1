import { checkLibrary } from './catalog-source';
import { recordReleases } from './release-cases';

/*
 * `npm run catalog`: checks the library as the app build does, then records each changed case as
 * a new release (archiving the version it replaces), so calls played on it can still be replayed.
 */
const checked = await checkLibrary();
if (!checked.ok) {
  process.stdout.write(checked.lines.join('\n') + '\n');
  process.exit(1);
}
for (const line of await recordReleases()) process.stdout.write(`${line}\n`);
process.stdout.write(`${checked.cases.length} cases pass the library's gates\n`);
