import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
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
