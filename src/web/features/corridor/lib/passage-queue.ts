import { type DBSchema, openDB } from 'idb';
import type { DevicePassage, PassageQueueStore } from './passage-sync.js';

interface PassageDatabase extends DBSchema {
  passages: { key: string; value: DevicePassage; indexes: { userId: string } };
}

let opening: ReturnType<typeof openDB<PassageDatabase>> | null = null;

function database() {
  opening ??= openDB<PassageDatabase>('parley-passages', 1, {
    upgrade(db) {
      db.createObjectStore('passages', { keyPath: 'key' }).createIndex('userId', 'userId');
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** The passages kept on this device, in IndexedDB: they outlive a closed tab, a reload and a lost link. */
export const indexedDbPassages: PassageQueueStore = {
  list: async (userId) => (await database()).getAllFromIndex('passages', 'userId', userId),
  // A write resolves once its transaction is committed: a passage said to be saved is on the disk.
  put: async (passage) => {
    const transaction = (await database()).transaction('passages', 'readwrite');
    await Promise.all([transaction.store.put(passage), transaction.done]);
  },
  remove: async (key) => {
    const transaction = (await database()).transaction('passages', 'readwrite');
    await Promise.all([transaction.store.delete(key), transaction.done]);
  },
};
