import { checkMappingAgainst } from '../../domain/exchange/list-rows.js';
import { suggestMapping } from '../../domain/exchange/suggest-mapping.js';
import type { ListKind } from '../../domain/exchange/types.js';
import { type Table, UnreadableFileError } from '../../platform/tables/index.js';
import { WorkerBudgetError } from '../../platform/workers/index.js';
import type { ColumnMapping, ExchangeUpload, PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';
import { runListsTask } from './lists.run-task.js';

export const SAMPLE_ROWS = 20;

/** The uploader's party: a liaison always has one. */
export function ownParty(scope: PartyScope): string {
  if (!scope.partyId) throw new HttpProblem(403, 'Only a liaison of a party uploads its lists');
  return scope.partyId;
}

/**
 * Receives a file: reads it (in a worker when large), then, in one transaction, drops expired uploads and keeps
 * this one for its mapping; answers what the mapping step shows.
 */
export async function receiveUpload(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  file: { fileName: string; bytes: Uint8Array },
) {
  const partyId = ownParty(scope);
  let table: Table;
  try {
    table = await runListsTask({ kind: 'read-file', fileName: file.fileName, bytes: file.bytes });
  } catch (error) {
    if (error instanceof WorkerBudgetError) {
      throw new HttpProblem(
        413,
        `${file.fileName}: reading ${error.message}; split the list into smaller files`,
        {
          type: 'urn:parley:problem:too-large',
        },
      );
    }
    if (!(error instanceof UnreadableFileError)) throw error;
    const where = error.cell ? ` (cell ${error.cell})` : error.row ? ` (row ${error.row})` : '';
    throw new HttpProblem(
      error.kind === 'too-large' ? 413 : 400,
      `${file.fileName}: ${error.message}${where}`,
      {
        type: `urn:parley:problem:${error.kind}`,
        extensions: {
          ...(error.row !== undefined ? { row: error.row } : {}),
          ...(error.cell !== undefined ? { cell: error.cell } : {}),
        },
      },
    );
  }
  const { upload, remembered } = await store.transaction(async (repos) => {
    // Uploads left unimported go when the next one comes (and whenever housekeeping calls deleteExpired).
    await repos.exchangeUploads.deleteExpired();
    const upload = await repos.exchangeUploads.create(ctx, scope, {
      partyId,
      fileName: file.fileName,
      headers: table.headers,
      rows: table.rows,
    });
    return { upload, remembered: await repos.exchangeLists.lastMapping(scope, partyId) };
  });
  return {
    uploadId: upload.id,
    fileName: file.fileName,
    format: table.format,
    headers: table.headers,
    totalRows: table.rows.length,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, values: r.values })),
    suggestedMapping: suggestMapping(table.headers, remembered),
    formulaCells: table.rows.flatMap((r) => r.formulaCells ?? []),
  };
}

async function uploadOr404(store: Store, scope: PartyScope, id: string): Promise<ExchangeUpload> {
  const upload = await store.repos.exchangeUploads.findById(scope, id);
  if (!upload) throw notFound('Upload');
  return upload;
}

/** The rows of an upload read through a mapping, or a 400 naming the mapping fields at fault. */
async function mapUpload(upload: ExchangeUpload, mapping: ColumnMapping) {
  const problems = checkMappingAgainst(upload.headers, mapping);
  if (problems.length > 0) {
    throw new HttpProblem(
      400,
      `The mapping does not fit the file: ${problems.map((p) => p.message).join('; ')}`,
      {
        type: 'urn:parley:problem:validation',
        errors: problems.map((p) => ({ in: 'body' as const, path: p.path, message: p.message })),
      },
    );
  }
  return runListsTask({ kind: 'map-rows', headers: upload.headers, rows: upload.rows, mapping });
}

/** What an import through this mapping would take and refuse (nothing is stored). */
export async function previewUpload(
  store: Store,
  scope: PartyScope,
  uploadId: string,
  mapping: ColumnMapping,
) {
  const upload = await uploadOr404(store, scope, uploadId);
  const read = await mapUpload(upload, mapping);
  return {
    total: upload.rows.length,
    accepted: read.entries.length,
    rows: read.entries.slice(0, SAMPLE_ROWS),
    rejects: read.rejects,
  };
}

/**
 * Imports an upload as a new version of the party's list: every row taken or none (422 with every reject), then,
 * in one transaction, the version with its entries and duplicate clusters is stored and the upload removed.
 */
export async function importUpload(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  uploadId: string,
  body: { kind: ListKind; mapping: ColumnMapping },
) {
  const partyId = ownParty(scope);
  const upload = await uploadOr404(store, scope, uploadId);
  const read = await mapUpload(upload, body.mapping);
  if (read.rejects.length > 0) {
    const rows = [...new Set(read.rejects.map((r) => r.row))];
    throw new HttpProblem(
      422,
      `${rows.length} row${rows.length === 1 ? '' : 's'} cannot be taken (first: row ${rows[0]}); nothing was imported`,
      { type: 'urn:parley:problem:rows-rejected', extensions: { rejects: read.rejects } },
    );
  }
  const duplicates = await runListsTask({ kind: 'duplicates', entries: read.entries });
  return store.transaction(async (repos) => {
    const imported = await repos.exchangeLists.importVersion(ctx, scope, {
      partyId,
      kind: body.kind,
      fileName: upload.fileName,
      mapping: body.mapping,
      entries: read.entries,
      duplicates,
    });
    await repos.exchangeUploads.remove(scope, upload.id);
    return imported;
  });
}
