import { diffListVersions, findDuplicateClusters } from '../../domain/exchange/list-diff.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import { readTable, UnreadableFileError } from '../../platform/tables/index.js';
import { type CrossedError, runInWorker, workerModule } from '../../platform/workers/index.js';
import type { ListsTask, ListsTaskResult } from './lists.worker-task.js';

const WORKER = workerModule(import.meta.url, './lists.worker');

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

/** The reader's own error again, so that the route names the row and cell as it does for a small file. */
function reviveUnreadable(error: CrossedError): Error | undefined {
  if (error.name !== 'UnreadableFileError') return undefined;
  const { kind, row, cell } = error.fields as {
    kind: UnreadableFileError['kind'];
    row?: number;
    cell?: string;
  };
  return new UnreadableFileError(kind, error.message, { row, cell });
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
  return (await (inWorker
    ? runInWorker(WORKER, task, { reviveError: reviveUnreadable })
    : runListsTaskHere(task))) as ListsTaskResult<T>;
}
