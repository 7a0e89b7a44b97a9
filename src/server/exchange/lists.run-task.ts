import { diffListVersions, findDuplicateClusters } from '../../domain/exchange/list-diff.js';
import { diffIncoming } from '../../domain/exchange/list-import.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import { readTable, UnreadableFileError } from '../../platform/tables/index.js';
import {
  type CrossedError,
  openWorkerPool,
  runInWorker,
  type WorkerPool,
  workerModule,
} from '../../platform/workers/index.js';
import type { ListsTask, ListsTaskResult } from './lists.worker-task.js';
import { READ_FILE_BUDGET, UPLOAD_TABLE_LIMITS } from './upload-limits.js';

const WORKER = workerModule(import.meta.url, './lists.worker');

let readers: WorkerPool | undefined;
/**
 * The threads that read uploaded files: every file is read off the event loop, whatever its size, within the
 * upload limits and the read budget; two at once at most (the machine's other work goes on meanwhile).
 */
function fileReaders(): WorkerPool {
  readers ??= openWorkerPool(WORKER, { size: 2, budget: READ_FILE_BUDGET, reviveError: reviveUnreadable });
  return readers;
}

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
  if (task.kind === 'read-file') return fileReaders().run<ListsTaskResult<T>>(task);
  return (await runInWorker(WORKER, task, { reviveError: reviveUnreadable })) as ListsTaskResult<T>;
}
