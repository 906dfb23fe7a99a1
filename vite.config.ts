import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogModule } from './src/cli/catalog-source';

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

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    caseLibrary(),
    contentSecurityPolicy(),
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
  server: { port: 5173, strictPort: true },
  preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false },
}));
