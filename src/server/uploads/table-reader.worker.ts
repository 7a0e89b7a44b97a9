import { readTable } from '../../platform/tables/index.js';
import { serveRequests } from '../../platform/workers/index.js';
import { UPLOAD_TABLE_LIMITS } from './upload-limits.js';

// Runs in a worker thread: reads an uploaded file within the upload limits, off the event loop.
serveRequests((payload) => {
  const { fileName, bytes } = payload as { fileName: string; bytes: Uint8Array };
  return readTable(fileName, bytes, UPLOAD_TABLE_LIMITS);
});
