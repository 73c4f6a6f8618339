import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The hub the dev server forwards API calls to; the hub itself serves `dist/` in production. */
const HUB = 'http://127.0.0.1:8787';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': HUB,
      '/agent': HUB,
      '/healthz': HUB,
      '/docs': HUB,
    },
  },
});
