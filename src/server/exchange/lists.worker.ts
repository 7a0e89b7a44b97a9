import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableFileError } from '../../platform/tables/index.js';
import { runListsTaskHere } from './lists.run-task.js';
import type { ListsTask, ListsWorkerMessage } from './lists.worker-task.js';

// Runs in a worker thread: reading a large file and the engine's passes over a large list, off the event loop.
const post = (message: ListsWorkerMessage) => parentPort?.postMessage(message);

runListsTaskHere(workerData as ListsTask).then(
  (result) => post({ ok: true, result }),
  (error: unknown) => {
    if (error instanceof UnreadableFileError) {
      post({
        ok: false,
        message: error.message,
        unreadable: { kind: error.kind, message: error.message, row: error.row, cell: error.cell },
      });
    } else {
      post({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  },
);
