import { readTable, type Table, UnreadableFileError } from '../../platform/tables/index.js';
import {
  type CrossedError,
  openWorkerPool,
  WorkerBudgetError,
  type WorkerPool,
  workerModule,
} from '../../platform/workers/index.js';
import { READ_FILE_BUDGET, UPLOAD_TABLE_LIMITS } from './upload-limits.js';

const WORKER = workerModule(import.meta.url, './table-reader.worker');

/** The reader's own error again, so that the caller names the row and cell as it does for any refused file. */
export function reviveUnreadable(error: CrossedError): Error | undefined {
  if (error.name !== 'UnreadableFileError') return undefined;
  const { kind, row, cell } = error.fields as {
    kind: UnreadableFileError['kind'];
    row?: number;
    cell?: string;
  };
  return new UnreadableFileError(kind, error.message, { row, cell });
}

let readers: WorkerPool | undefined;

/**
 * Reads an uploaded CSV or XLSX file in a worker thread, whatever its size, within the upload limits (checked while
 * it is read) and the read budget; two files at once at most, the event loop free meanwhile. A file over a limit or
 * the budget fails with an `UnreadableFileError` of kind `too-large`, like any file that is not a table.
 * `inWorker: false` reads it on this thread (tests comparing both).
 */
export async function readUploadedTable(
  fileName: string,
  bytes: Uint8Array,
  opts: { inWorker?: boolean } = {},
): Promise<Table> {
  if (opts.inWorker === false) return readTable(fileName, bytes, UPLOAD_TABLE_LIMITS);
  readers ??= openWorkerPool(WORKER, { size: 2, budget: READ_FILE_BUDGET, reviveError: reviveUnreadable });
  try {
    return await readers.run<Table>({ fileName, bytes });
  } catch (error) {
    if (error instanceof WorkerBudgetError) {
      throw new UnreadableFileError(
        'too-large',
        `reading ${error.message}; split the list into smaller files`,
      );
    }
    throw error;
  }
}
