import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The port is fixed on purpose: IndexedDB belongs to the page's origin, so serving on another
 * port would open an empty database and hide every trainee's history.
 */
export const APP_PORT = 4173;

export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false },
});
