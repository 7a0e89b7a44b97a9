import { Worker } from 'node:worker_threads';
import { readTable, UnreadableFileError } from '../../platform/tables/index.js';
import { diffListVersions, findDuplicateClusters } from '../../store/exchange/list-diff.js';
import { readMappedRows } from '../../store/exchange/list-rows.js';
import type { ListsTask, ListsTaskResult, ListsWorkerMessage } from './lists.worker-task.js';

// From the built output the worker is plain JS; from the sources (tsx, vitest) it needs tsx's loader too.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSources ? './lists.worker.ts' : './lists.worker.js', import.meta.url);

/** Above these sizes a task runs in a worker thread, so that other requests are answered meanwhile. */
export const WORKER_THRESHOLDS = { fileBytes: 2 * 1024 * 1024, entries: 3000 };

function isLarge(task: ListsTask): boolean {
  switch (task.kind) {
    case 'read-file':
      return task.bytes.length > WORKER_THRESHOLDS.fileBytes;
    case 'map-rows':
      return task.rows.length > WORKER_THRESHOLDS.entries;
    case 'duplicates':
      return task.entries.length > WORKER_THRESHOLDS.entries;
    case 'diff':
      return task.before.length + task.after.length > WORKER_THRESHOLDS.entries;
  }
}

function runInWorker(task: ListsTask): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
          { eval: true, workerData: task },
        )
      : new Worker(WORKER_URL, { workerData: task });
    let settled = false;
    worker.on('message', (message: ListsWorkerMessage) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else if (message.unreadable) {
        const { kind, message: text, row, cell } = message.unreadable;
        reject(new UnreadableFileError(kind as UnreadableFileError['kind'], text, { row, cell }));
      } else reject(new Error(message.message));
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The list worker stopped (exit code ${code}) before giving a result`));
    });
  });
}

/** The task on this thread. */
export async function runListsTaskHere(task: ListsTask): Promise<unknown> {
  switch (task.kind) {
    case 'read-file':
      return readTable(task.fileName, task.bytes);
    case 'map-rows':
      return readMappedRows(task.headers, task.rows, task.mapping);
    case 'duplicates':
      return findDuplicateClusters(task.entries);
    case 'diff':
      return diffListVersions(task.before, task.after);
  }
}

/** Runs a list task: here when it is small, in a worker thread when it is large (or when `inWorker` says so). */
export async function runListsTask<T extends ListsTask>(
  task: T,
  opts: { inWorker?: boolean } = {},
): Promise<ListsTaskResult<T>> {
  const inWorker = opts.inWorker ?? isLarge(task);
  return (await (inWorker ? runInWorker(task) : runListsTaskHere(task))) as ListsTaskResult<T>;
}
