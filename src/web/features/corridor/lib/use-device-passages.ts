import { useCallback, useEffect, useRef, useState } from 'react';
import { putPassage } from '../api/corridor-api.js';
import { indexedDbPassages } from './passage-queue.js';
import { type DevicePassage, type PassageEntry, type SyncOutcome, syncPassages } from './passage-sync.js';

const RETRY_MS = 30_000;

/** A key for a new passage: a UUID (also where `crypto.randomUUID` is missing, outside https). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The passages of this device for the signed-in officer: saved first on the device (IndexedDB), then sent when
 * there is a link: at once, when the browser comes back online, and every half minute while some wait.
 */
export function useDevicePassages(userId: string) {
  const [passages, setPassages] = useState<DevicePassage[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [lastSync, setLastSync] = useState<SyncOutcome | null>(null);
  const [storageError, setStorageError] = useState<unknown>(null);
  const syncing = useRef<Promise<void> | null>(null);

  const refresh = useCallback(async () => {
    try {
      const all = await indexedDbPassages.list(userId);
      setPassages(all.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    } catch (error) {
      setStorageError(error);
    }
  }, [userId]);

  // One round at a time: the `online` event and a new entry may ask together; the second waits for the first.
  const sync = useCallback((): Promise<void> => {
    syncing.current ??= (async () => {
      try {
        setLastSync(await syncPassages(indexedDbPassages, userId, putPassage));
      } catch (error) {
        setStorageError(error);
      } finally {
        syncing.current = null;
        await refresh();
      }
    })();
    return syncing.current;
  }, [userId, refresh]);

  useEffect(() => {
    void refresh().then(() => (navigator.onLine ? sync() : undefined));
    const goOnline = () => {
      setOnline(true);
      void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [refresh, sync]);

  const waiting = passages.some((p) => p.state === 'queued');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync();
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, sync]);

  /** Keeps a passage (new, or a new version of one) on the device, then tries to send it. */
  const save = useCallback(
    async (passage: DevicePassage) => {
      await indexedDbPassages.put(passage);
      await refresh();
      if (navigator.onLine) await sync();
    },
    [refresh, sync],
  );

  const add = useCallback(
    (entry: PassageEntry) =>
      save({
        key: newKey(),
        userId,
        entry,
        baseVersion: null,
        state: 'queued',
        stored: null,
        problem: null,
        savedAt: new Date().toISOString(),
      }),
    [save, userId],
  );

  const discard = useCallback(
    async (key: string) => {
      await indexedDbPassages.remove(key);
      await refresh();
    },
    [refresh],
  );

  return { passages, online, lastSync, storageError, add, save, discard, sync };
}
