import type {
  ColumnMapping,
  ImportResult,
  ListKind,
  ListProblem,
  RowReject,
} from '../../../../server/exchange/lists.schemas.js';
import { ApiError, apiRequest } from '../../../lib/api-client.js';

/** All or nothing: a 422 carries every row that could not be taken, and nothing is stored. */
export function importUpload(
  uploadId: string,
  kind: ListKind,
  mapping: ColumnMapping,
): Promise<ImportResult> {
  return apiRequest<ImportResult>('POST', `/exchange/uploads/${encodeURIComponent(uploadId)}/import`, {
    body: { kind, mapping },
  });
}

/** The rejected rows a refused import names, if it was refused for its rows. */
export function rejectsOf(error: unknown): RowReject[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const { rejects } = error.problem as Partial<ListProblem>;
  return Array.isArray(rejects) ? rejects : null;
}
