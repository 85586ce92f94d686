import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { persistOperations } from './build/persisted-operations.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web client: built to dist/client at the repo root, which the API server serves at `/`. */
export default defineConfig({
  root,
  base: '/',
  plugins: [persistOperations()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape and its layouts are one large, rarely changing chunk; warn only beyond it.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: {
    // The dev server hot-reloads the client and hands the API to the running `npm start`.
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/health': 'http://localhost:4000',
    },
  },
});
