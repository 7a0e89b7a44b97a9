import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true },
  // `npx vite --config src/web/vite.config.ts` proxies the API to a running `parley serve` (PARLEY_API_URL to change).
  server: { proxy: { '/api': process.env.PARLEY_API_URL ?? 'http://localhost:8080' } },
});
