/**
 * @file Vite builds the renderer (renderer/ → dist/renderer). `base: './'` makes the same build load from
 * Electron's app://zhku/ (electron/shell/app-protocol.ts) and from the browser host's http://127.0.0.1.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
