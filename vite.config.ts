import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { firstLoadChunk } from './scripts/first-load-chunk';
import { firstScreenMessages } from './scripts/first-screen-messages';
import { catalogModule } from './src/cli/catalog-source';
import { normalizeSetupCode, setupCodeProblem } from './src/engine/setup-code';
import { FIRST_SCREEN_KEYS } from './src/ui/i18n/first-screen-keys';

/**
 * The port is fixed on purpose: IndexedDB belongs to the page's origin, so serving on another
 * port would open an empty database and hide every trainee's history.
 */
export const APP_PORT = 4173;

/**
 * The built app allows only its own scripts: imported packs and names are data, and even if a
 * text slipped into HTML it could not run. Dev mode needs inline scripts, so only builds get it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  // The LRS is whatever address HR enters at run time (an intranet one may be plain http).
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * A SCORM package is served by the LMS from its own folder and must not install a service worker
 * there (`vite build --mode scorm`): the update prompt's registration becomes a no-op.
 */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'no-service-worker',
    enforce: 'pre',
    resolveId: (source) => (source === id ? `\0scorm:${id}` : null),
    load: (resolved) =>
      resolved === `\0scorm:${id}` ? 'export const registerSW = () => async () => {};' : null,
  };
}

/** Supplies the setup code when the app is built for hosting (no `.setup-code` file needed). */
export const SETUP_CODE_ENV = 'COMPLAINT_DESK_SETUP_CODE';
/** Where `npm start` keeps the code it generated: the project folder, outside the served files. */
export const SETUP_CODE_FILE = fileURLToPath(new URL('./.setup-code', import.meta.url));

/**
 * The SHA-256 of the installation's setup code, the only trace of it the built app carries; null
 * without a code, and always for a SCORM package, which has no staff areas. A code too weak to be
 * a secret stops the build.
 */
export function setupCodeHash(
  mode: string,
  env: Record<string, string | undefined> = process.env,
  file = SETUP_CODE_FILE,
): string | null {
  if (mode === 'scorm') return null;
  const code = env[SETUP_CODE_ENV]?.trim() || (existsSync(file) ? readFileSync(file, 'utf8') : '');
  if (!code.trim()) return null;
  const problem = setupCodeProblem(code);
  if (problem) {
    throw new Error(
      `the setup code (${env[SETUP_CODE_ENV] ? SETUP_CODE_ENV : file}) is ${problem}: ` +
        'it needs at least 20 characters of Crockford base32 (100 bits), as `npm start` makes',
    );
  }
  return createHash('sha256').update(normalizeSetupCode(code)).digest('hex');
}

const SCENARIOS = fileURLToPath(new URL('./src/scenarios/', import.meta.url));

/**
 * The case library (src/scenarios): the catalog the library's first screen shows is built here
 * from the pack files in `cases/`, and a pack that fails the library's gates stops the build with
 * `<file>: <json-path>: <message>` lines. The app reads the pack files through Vite's file listing
 * (pack-files.browser.ts) where Node reads them from disk (pack-files.mjs). Only the suite builds
 * a catalog from another folder (`libraryDir`), to see a failing pack refused.
 */
export function caseLibrary(libraryDir = SCENARIOS): Plugin {
  const cases = join(libraryDir, 'cases');
  const catalog = 'virtual:case-catalog';
  const resolvedCatalog = `\0${catalog}`;
  return {
    name: 'case-library',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === catalog) return resolvedCatalog;
      if (source.endsWith('/pack-files.mjs') && importer?.startsWith(SCENARIOS)) {
        return `${SCENARIOS}pack-files.browser.ts`;
      }
      return null;
    },
    async load(id) {
      if (id !== resolvedCatalog) return null;
      this.addWatchFile(cases);
      const built = await catalogModule(libraryDir);
      if (!built.ok) this.error(`the case library refuses:\n${built.lines.join('\n')}`);
      for (const file of built.files) this.addWatchFile(file);
      return built.code;
    },
    configureServer(server) {
      // A pack dropped into cases/ while the dev server runs joins the library on the next load.
      const rebuild = (file: string) => {
        if (!file.startsWith(cases)) return;
        const module = server.moduleGraph.getModuleById(resolvedCatalog);
        if (module) server.moduleGraph.invalidateModule(module);
      };
      server.watcher.on('add', rebuild).on('unlink', rebuild).on('change', rebuild);
    },
  };
}

const firstLoad = firstLoadChunk();

export default defineConfig(({ mode }) => ({
  base: './',
  define: { __SETUP_CODE_HASH__: JSON.stringify(setupCodeHash(mode)) },
  plugins: [
    react(),
    caseLibrary(),
    firstScreenMessages(
      fileURLToPath(new URL('./src/ui/i18n/zh-CN.ts', import.meta.url)),
      'zhCN',
      FIRST_SCREEN_KEYS,
    ),
    contentSecurityPolicy(),
    firstLoad.plugin,
    ...(mode === 'scorm' ? [noServiceWorker()] : []),
    // A training room's network is not to be relied on: after the first visit everything the app
    // needs, every case included, is precached and the app loads and plays offline.
    VitePWA({
      disable: mode === 'scorm',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '投诉专席模拟训练 · Complaint Desk Simulator',
        short_name: '投诉专席训练',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#0f5c8c',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ogg,wav,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  // Module workers, so a worker's own dynamic imports split off: the import worker loads the
  // spreadsheet library only when a workbook (not a CSV) is opened.
  // The records bundle worker replays calls on released case versions, read as the app reads them.
  worker: { format: 'es', plugins: () => [caseLibrary()] },
  server: { port: 5173, strictPort: true },
  preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two chunks pass Vite's default 500 kB warning: the first-load chunk, whose gzip size the
    // bench measures against the issue's own target, and the spreadsheet library, loaded only to
    // read or write a workbook. A warning on every build would say nothing new.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: { codeSplitting: { groups: [firstLoad.group] } },
      // The case library's plugin validates every bundled case as it loads (seconds, by design):
      // a timing report on every build would bury what `npm start` prints for the installer.
      checks: { bundlerTimings: false },
    },
  },
}));
