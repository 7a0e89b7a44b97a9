import type {
  ImportBody,
  ImportResult,
  ListProblem,
  RowReject,
} from '../../../../server/exchange/lists.schemas.js';
import { ApiError, apiRequest } from '../../../lib/api-client.js';

/**
 * All or nothing: a 422 carries every row that could not be taken, and nothing is stored. Over a list with a
 * version, `mode` says whether the file replaces it or adds to it, and `basedOn` the version the preview showed.
 */
export function importUpload(uploadId: string, body: ImportBody): Promise<ImportResult> {
  return apiRequest<ImportResult>('POST', `/exchange/uploads/${encodeURIComponent(uploadId)}/import`, {
    body,
  });
}

/** The rejected rows a refused import names, if it was refused for its rows. */
export function rejectsOf(error: unknown): RowReject[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const { rejects } = error.problem as Partial<ListProblem>;
  return Array.isArray(rejects) ? rejects : null;
}
