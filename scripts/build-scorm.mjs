// `npm run build:scorm`: the app built for an LMS (relative base, hash routing, no service worker)
// and packaged twice, as SCORM 1.2 and SCORM 2004 4th edition zips in dist-scorm/. Each manifest
// is validated against the ADL schemas before it is zipped; an invalid one fails the build.
import './quiet-vite.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { manifest12, manifest2004, SCHEMA_FILES } from './scorm/manifest.mjs';
import { schemaFile, validateManifest } from './scorm/validate.mjs';

const OUT = 'dist-scorm';
const APP = join(OUT, 'app');

rmSync(OUT, { recursive: true, force: true });
// A package has no trainer or HR areas (every learner's browser would hand them to its first
// visitor), so the build embeds no setup code: vite.config.ts ignores it in scorm mode, and the
// environment does not even offer it.
const build = spawnSync(
  'npx',
  ['vite', 'build', '--mode', 'scorm', '--outDir', APP, '--emptyOutDir', '--logLevel', 'warn'],
  { stdio: 'inherit', env: { ...process.env, COMPLAINT_DESK_SETUP_CODE: '' } },
);
if (build.status !== 0) process.exit(build.status ?? 1);

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const files = listFiles(APP)
  .map((path) => relative(APP, path).split(sep).join('/'))
  .sort();
if (files.some((f) => /(^|\/)(sw|workbox-[^/]*)\.js$/.test(f))) {
  console.error('build:scorm: a service worker ended up in the package');
  process.exit(1);
}
const app = Object.fromEntries(files.map((f) => [f, readFileSync(join(APP, f))]));

const packages = [
  { version: '1.2', name: 'complaint-desk-scorm12.zip', manifest: manifest12(files) },
  { version: '2004', name: 'complaint-desk-scorm2004.zip', manifest: manifest2004(files) },
];
for (const { version, name, manifest } of packages) {
  const errors = await validateManifest(version, manifest);
  if (errors.length > 0) {
    console.error(
      `build:scorm: the SCORM ${version} manifest does not validate:\n${errors.join('\n')}`,
    );
    process.exit(1);
  }
  const schemas = Object.fromEntries(
    SCHEMA_FILES[version].map((f) => [f, new TextEncoder().encode(schemaFile(version, f))]),
  );
  const zip = zipSync(
    { 'imsmanifest.xml': new TextEncoder().encode(manifest), ...schemas, ...app },
    { level: 9 },
  );
  writeFileSync(join(OUT, name), zip);
  console.log(
    `build:scorm: ${join(OUT, name)} (${(zip.length / 1048576).toFixed(1)} MB, manifest valid)`,
  );
}
if (!existsSync(join(APP, 'index.html'))) process.exit(1);
