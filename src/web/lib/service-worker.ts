/** The cache of the API answers the service worker keeps for offline use (`src/web/service-worker/`). */
const OFFLINE_READS_CACHE = 'parley-api';

/**
 * Registers the built app's service worker (`/sw.js`): Parley becomes installable and the passage log opens without
 * a link. Once the page has loaded, so that it never competes with the first page's own downloads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('Parley works online only: its service worker was not registered', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Forgets the API answers kept for offline use: on sign-out, the next user of the device must not see them. */
export async function forgetOfflineReads(): Promise<void> {
  if ('caches' in window) await caches.delete(OFFLINE_READS_CACHE);
}
