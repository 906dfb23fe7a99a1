/*
 * The released versions of the bundled cases, for src/app. Imported from here, inside
 * src/scenarios, the app build reads them through Vite's file listing (vite.config.ts swaps
 * pack-files.mjs for pack-files.browser.ts only for importers in this folder); imported from
 * src/app directly, the browser got the Node reader and failed on its first released version.
 */
export { releasedPacks } from './pack-files.mjs';
