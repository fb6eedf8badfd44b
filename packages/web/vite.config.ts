import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precacheServiceWorker } from './sw/precache-plugin';

// `pnpm dev` at the repo root serves the API on :3000; the Vite dev server forwards API paths there
// so the app can use same-origin relative URLs in development exactly as it does when served by the API.
const API_ORIGIN = 'http://localhost:3000';
const apiPaths = ['/v1', '/openapi.json', '/docs', '/health'];

export default defineConfig({
  plugins: [
    react(),
    // The intern's day, logs and service card open on a phone without signal; see sw/service-worker.js.
    precacheServiceWorker({
      source: 'sw/service-worker.js',
      offlinePages: [
        'src/features/attendance/my-day-page.tsx',
        'src/features/logs/my-logs-page.tsx',
        'src/features/talent-service/my-card-page.tsx',
      ],
    }),
  ],
  server: {
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: API_ORIGIN, changeOrigin: false }])),
  },
});
