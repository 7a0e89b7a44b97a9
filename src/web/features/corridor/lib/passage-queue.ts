import type { DevicePassage, PassageQueueStore } from './passage-sync.js';

const DATABASE = 'parley-passages';
const STORE = 'passages';

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('userId', 'userId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return database().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        // Resolved once the transaction is committed: a passage said to be saved is on the disk.
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      }),
  );
}

/** The passages kept on this device, in IndexedDB: they outlive a closed tab, a reload and a lost link. */
export const indexedDbPassages: PassageQueueStore = {
  list: (userId) =>
    run<DevicePassage[]>('readonly', (store) => store.index('userId').getAll(IDBKeyRange.only(userId))),
  put: async (passage) => {
    await run('readwrite', (store) => store.put(passage));
  },
  remove: async (key) => {
    await run('readwrite', (store) => store.delete(key));
  },
};
