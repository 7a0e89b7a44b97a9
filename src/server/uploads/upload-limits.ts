import type { TableLimits } from '../../platform/tables/index.js';
import type { WorkerBudget } from '../../platform/workers/index.js';

/** The largest file an upload takes, as sent. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * What an uploaded list may hold, checked while it is read (an XLSX as its parts inflate): the upload is kept as
 * its parsed rows, so these bound what is stored too. A list of persons fits well within them.
 */
export const UPLOAD_TABLE_LIMITS: TableLimits = {
  uncompressedBytes: 100 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
  cellChars: 5_000,
  cells: 3_000_000,
  textChars: 60_000_000,
};

/** Reading one uploaded file, in a worker thread: over this it is stopped and the upload refused. */
export const READ_FILE_BUDGET: WorkerBudget = { timeMs: 30_000, memoryMb: 768 };
