import { diffListVersions, findDuplicateClusters } from '../../domain/exchange/list-diff.js';
import { diffIncoming } from '../../domain/exchange/list-import.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import { readTable } from '../../platform/tables/index.js';
import { runInWorker, workerModule } from '../../platform/workers/index.js';
import { readUploadedTable, reviveUnreadable } from '../uploads/read-uploaded-table.js';
import { UPLOAD_TABLE_LIMITS } from '../uploads/upload-limits.js';
import type { ListsTask, ListsTaskResult } from './lists.worker-task.js';

const WORKER = workerModule(import.meta.url, './lists.worker');

/** Above these sizes a task runs in a worker thread, so that other requests are answered meanwhile (a file always). */
export const WORKER_THRESHOLDS = { entries: 3000 };

function isLarge(task: ListsTask): boolean {
  switch (task.kind) {
    case 'read-file':
      return true;
    case 'map-rows':
      return task.rows.length > WORKER_THRESHOLDS.entries;
    case 'duplicates':
      return task.entries.length > WORKER_THRESHOLDS.entries;
    case 'diff':
      return task.before.length + task.after.length > WORKER_THRESHOLDS.entries;
    case 'plan-import':
      return task.current.length + task.incoming.length > WORKER_THRESHOLDS.entries;
  }
}

/** The task on this thread. */
export async function runListsTaskHere(task: ListsTask): Promise<unknown> {
  switch (task.kind) {
    case 'read-file':
      return readTable(task.fileName, task.bytes, UPLOAD_TABLE_LIMITS);
    case 'map-rows':
      return readMappedRows(task.headers, task.rows, task.mapping, task.options);
    case 'duplicates':
      return findDuplicateClusters(task.entries);
    case 'diff':
      return diffListVersions(task.before, task.after);
    case 'plan-import':
      return diffIncoming(task.current, task.incoming);
  }
}

/** Runs a list task: here when it is small, in a worker thread when it is large (or when `inWorker` says so). */
export async function runListsTask<T extends ListsTask>(
  task: T,
  opts: { inWorker?: boolean } = {},
): Promise<ListsTaskResult<T>> {
  const inWorker = opts.inWorker ?? isLarge(task);
  if (!inWorker) return (await runListsTaskHere(task)) as ListsTaskResult<T>;
  // Every file is read off the event loop, whatever its size, within the upload limits and the read budget.
  if (task.kind === 'read-file')
    return (await readUploadedTable(task.fileName, task.bytes)) as ListsTaskResult<T>;
  return (await runInWorker(WORKER, task, { reviveError: reviveUnreadable })) as ListsTaskResult<T>;
}
