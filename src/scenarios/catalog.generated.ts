/*
 * The library's summaries (titles, briefings, skills, content hashes: no dialogue), generated when
 * the app is built from the pack files in src/scenarios/cases by the case-library plugin in
 * vite.config.ts, which refuses a pack that fails the library's gates. Node has no such module:
 * the CLI and the suite read the pack files themselves (bundled.ts).
 */
export { CATALOG } from 'virtual:case-catalog';
