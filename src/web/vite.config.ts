import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { naturalEarthRegion, type TopologyReader } from './features/map/natural-earth-region.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/**
 * `virtual:natural-earth-region`: the base map's countries, cut from the world atlas (Natural Earth 1:50m) around
 * the region at build time, as GeoJSON ready to draw.
 */
function naturalEarth(): Plugin {
  const id = 'virtual:natural-earth-region';
  return {
    name: 'parley-natural-earth-region',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
      const reader = require('topojson-client') as TopologyReader;
      const { land, borders } = naturalEarthRegion(topology, reader);
      return `export const land = ${JSON.stringify(land)};\nexport const borders = ${JSON.stringify(borders)};\n`;
    },
  };
}

/** Files of `public/` the installed app needs offline. */
const PUBLIC_SHELL = [
  '/index.html',
  '/favicon.svg',
  '/manifest.webmanifest',
  '/icon-192.png',
  '/icon-512.png',
];
/**
 * Modules whose code the service worker keeps at install, so they open with no link (the others: once visited): the
 * passage log and every language's catalogue (each loaded on first use, so a language switched to offline reads).
 */
const OFFLINE_MODULES = [
  '/features/corridor/passages-page.tsx',
  ...['en', 'ru', 'hy', 'az'].map((language) => `/i18n/locales/${language}.json`),
];

/**
 * Builds `service-worker/service-worker.ts` as `/sw.js` (its scope is the whole app) and hands it the app's shell:
 * the entry, the offline pages, the chunks and styles they import, under a version that changes with any of them.
 */
function serviceWorker(): Plugin {
  return {
    name: 'parley-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === 'sw');
      if (worker?.type !== 'chunk') this.error('the service worker was not built');
      const shell = new Set(PUBLIC_SHELL);
      const visit = (fileName: string): void => {
        const file = bundle[fileName];
        if (file === undefined || shell.has(`/${fileName}`)) return;
        shell.add(`/${fileName}`);
        if (file.type !== 'chunk') return;
        for (const css of file.viteMetadata?.importedCss ?? []) shell.add(`/${css}`);
        for (const imported of file.imports) visit(imported);
      };
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file === worker) continue;
        if (file.isEntry || OFFLINE_MODULES.some((module) => file.facadeModuleId?.endsWith(module)))
          visit(file.fileName);
      }
      const urls = [...shell].sort();
      const version = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 16);
      worker.code = `const PARLEY_PRECACHE = ${JSON.stringify({ version, urls })};\n${worker.code}`;
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [react(), naturalEarth(), serviceWorker()],
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: here('index.html'), sw: here('service-worker/service-worker.ts') },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  // `npx vite --config src/web/vite.config.ts` proxies the API to a running `parley serve` (PARLEY_API_URL to change).
  server: { proxy: { '/api': process.env.PARLEY_API_URL ?? 'http://localhost:8080' } },
});
