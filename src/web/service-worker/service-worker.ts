/**
 * Parley's service worker: it makes the web app installable and lets it open without a link (the passage log at a
 * checkpoint is kept on a phone with a bad one). The build writes it as `/sw.js` and puts the app's shell in
 * `PARLEY_PRECACHE` (the entry, the passage page, their styles); everything else is kept the first time it is used.
 *
 * - a page: from the network, or the app's index.html kept at install when there is none;
 * - a built asset (named by its content hash, so it never changes): from the cache, else fetched and kept;
 * - the few API reads the passage form needs: from the network, else the last answer kept;
 * - anything else, and every write, goes to the network untouched (the page queues its writes itself).
 */
export type {};

declare const self: ServiceWorkerGlobalScope;
declare const PARLEY_PRECACHE: { version: string; urls: string[] };

const SHELL = `parley-shell-${PARLEY_PRECACHE.version}`;
const ASSETS = 'parley-assets';
/** Also cleared by the page on sign-out (`src/web/lib/session.tsx`). */
const API = 'parley-api';
const OFFLINE_READS = [
  /^\/api\/v1\/auth\/me$/,
  /^\/api\/v1\/corridor\/passages\/posts$/,
  /^\/api\/v1\/corridor\/movements$/,
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PARLEY_PRECACHE.urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('parley-shell-') && name !== SHELL) await caches.delete(name);
      // A page's request leaves while the worker starts, so that being offline-ready costs an online page nothing.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

async function pageFromNetwork(
  request: Request,
  preloaded: Promise<Response | undefined>,
): Promise<Response> {
  try {
    return (await preloaded) ?? (await fetch(request));
  } catch (error) {
    const shell = await caches.match('/index.html', { cacheName: SHELL });
    if (shell) return shell;
    throw error;
  }
}

async function assetFromCache(request: Request): Promise<Response> {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function readFromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(API)).put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: API });
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/'))
    event.respondWith(pageFromNetwork(request, event.preloadResponse));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(assetFromCache(request));
  else if (OFFLINE_READS.some((path) => path.test(url.pathname))) event.respondWith(readFromNetwork(request));
});
