import type { DateOrder } from '../../domain/exchange/list-dates.js';
import {
  entriesAfterImport,
  type ImportEffect,
  type ImportMode,
  importEffect,
} from '../../domain/exchange/list-import.js';
import { checkMappingAgainst, type NewListEntry } from '../../domain/exchange/list-rows.js';
import { suggestMapping } from '../../domain/exchange/suggest-mapping.js';
import type { ListKind } from '../../domain/exchange/types.js';
import { type Table, UnreadableFileError } from '../../platform/tables/index.js';
import type {
  ColumnMapping,
  ExchangeListEntry,
  ExchangeUpload,
  PartyScope,
  Store,
  WriteContext,
} from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';
import { todayIso } from '../today.js';
import { runListsTask } from './lists.run-task.js';

export const SAMPLE_ROWS = 20;
/** Persons named in each part of an import's effect (the counts are whole). */
export const NAMES_SHOWN = 50;

/** The uploader's party: a liaison always has one. */
export function ownParty(scope: PartyScope): string {
  if (!scope.partyId) throw new HttpProblem(403, 'Only a liaison of a party uploads its lists');
  return scope.partyId;
}

/**
 * Receives a file: reads it (in a worker thread, within the upload limits), then, in one transaction, drops expired uploads and keeps
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
async function mapUpload(upload: ExchangeUpload, mapping: ColumnMapping, dateOrder: DateOrder) {
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
  return runListsTask({
    kind: 'map-rows',
    headers: upload.headers,
    rows: upload.rows,
    mapping,
    options: { dateOrder, today: todayIso() },
  });
}

interface CurrentVersion {
  listId: string;
  version: number;
  entryCount: number;
}

/** The version an import of this kind goes over (its number and size); null for a list without one. */
async function currentVersion(
  store: Store,
  scope: PartyScope,
  partyId: string,
  kind: ListKind,
): Promise<CurrentVersion | null> {
  const list = await store.repos.exchangeLists.findByPartyAndKind(scope, partyId, kind);
  if (!list?.latestVersion) return null;
  return { listId: list.id, version: list.latestVersion.number, entryCount: list.latestVersion.entryCount };
}

/** The entries of that version, read only where a file is compared with them (a preview, an import that adds). */
async function entriesOf(
  store: Store,
  scope: PartyScope,
  current: CurrentVersion,
): Promise<ExchangeListEntry[]> {
  return (await store.repos.exchangeLists.allEntries(scope, current.listId, current.version)) ?? [];
}

const asNewEntry = (entry: ExchangeListEntry): NewListEntry => ({
  row: entry.row,
  fields: entry.fields,
  displayName: entry.displayName,
  extras: entry.extras,
});

/** An effect as the preview shows it: counts, and the first persons by name. */
function effectView(
  effect: ImportEffect,
  current: readonly ExchangeListEntry[],
  incoming: readonly NewListEntry[],
) {
  const part = (names: string[]) => ({ count: names.length, names: names.slice(0, NAMES_SHOWN) });
  return {
    added: part(effect.added.map((i) => incoming[i]?.displayName ?? '')),
    removed: part(effect.removed.map((i) => current[i]?.displayName ?? '')),
    changed: part(effect.changed.map((pair) => incoming[pair.incoming]?.displayName ?? '')),
    unchanged: effect.unchanged,
    total: effect.total,
  };
}

/**
 * What an import through this mapping would take and refuse, each date as read in the file's date order, and
 * what it would do to the list's current version if it replaced it or added to it (nothing is stored).
 */
export async function previewUpload(
  store: Store,
  scope: PartyScope,
  uploadId: string,
  body: { kind: ListKind; mapping: ColumnMapping; dateOrder: DateOrder },
) {
  const partyId = ownParty(scope);
  const upload = await uploadOr404(store, scope, uploadId);
  const read = await mapUpload(upload, body.mapping, body.dateOrder);
  const shown = read.entries.slice(0, SAMPLE_ROWS);
  const shownRows = new Set(shown.map((entry) => entry.row));
  const ambiguous = read.dates.filter((date) => date.ambiguous);
  const current = await currentVersion(store, scope, partyId, body.kind);
  let effects = null;
  if (current && read.rejects.length === 0) {
    const entries = await entriesOf(store, scope, current);
    const diff = await runListsTask({ kind: 'plan-import', current: entries, incoming: read.entries });
    effects = {
      replace: effectView(importEffect(diff, 'replace', entries.length), entries, read.entries),
      add: effectView(importEffect(diff, 'add', entries.length), entries, read.entries),
    };
  }
  return {
    total: upload.rows.length,
    accepted: read.entries.length,
    rows: shown,
    rejects: read.rejects,
    dateOrder: body.dateOrder,
    dates: read.dates.filter((date) => shownRows.has(date.row)),
    ambiguousDates: { count: ambiguous.length, examples: ambiguous.slice(0, SAMPLE_ROWS) },
    current,
    effects,
  };
}

/**
 * Imports an upload as a new version of the party's list: every row taken or none (422 with every reject). Over a
 * list that has a version, the caller says whether the file replaces it or adds to it (409 otherwise, and when
 * another version came since the preview it was shown against). Then, in one transaction, the version with its
 * entries and duplicate clusters is stored and the upload removed.
 */
export async function importUpload(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  uploadId: string,
  body: {
    kind: ListKind;
    mapping: ColumnMapping;
    dateOrder: DateOrder;
    mode?: ImportMode;
    basedOn?: number | null;
  },
) {
  const partyId = ownParty(scope);
  const upload = await uploadOr404(store, scope, uploadId);
  const read = await mapUpload(upload, body.mapping, body.dateOrder);
  if (read.rejects.length > 0) {
    const rows = [...new Set(read.rejects.map((r) => r.row))];
    throw new HttpProblem(
      422,
      `${rows.length} row${rows.length === 1 ? '' : 's'} cannot be taken (first: row ${rows[0]}); nothing was imported`,
      { type: 'urn:parley:problem:rows-rejected', extensions: { rejects: read.rejects } },
    );
  }
  const current = await currentVersion(store, scope, partyId, body.kind);
  if (current && body.mode === undefined) {
    throw new HttpProblem(
      409,
      `The ${body.kind} list has a version ${current.version} of ${current.entryCount} persons: ` +
        'say whether this file replaces it or adds to it (mode "replace" or "add"); nothing was imported',
      {
        type: 'urn:parley:problem:import-mode-required',
        extensions: { current: { version: current.version, entryCount: current.entryCount } },
      },
    );
  }
  if (body.basedOn != null && body.basedOn !== (current?.version ?? null)) listChanged(current);
  let entries = read.entries;
  if (current && body.mode === 'add') {
    const existing = await entriesOf(store, scope, current);
    const diff = await runListsTask({ kind: 'plan-import', current: existing, incoming: read.entries });
    entries = entriesAfterImport(existing.map(asNewEntry), read.entries, diff, 'add');
  }
  const duplicates = await runListsTask({ kind: 'duplicates', entries });
  return store.transaction(async (repos) => {
    // Another import since this one read the current version: its plan would go over the wrong version.
    const now = await repos.exchangeLists.findByPartyAndKind(scope, partyId, body.kind);
    if ((now?.latestVersion?.number ?? null) !== (current?.version ?? null)) listChanged(current);
    const imported = await repos.exchangeLists.importVersion(ctx, scope, {
      partyId,
      kind: body.kind,
      fileName: upload.fileName,
      mapping: body.mapping,
      entries,
      duplicates,
      ...(current && body.mode ? { mode: body.mode } : {}),
    });
    await repos.exchangeUploads.remove(scope, upload.id);
    return imported;
  });
}

function listChanged(current: CurrentVersion | null): never {
  throw new HttpProblem(
    409,
    'The list has a new version since this preview; preview the file again before importing it',
    {
      type: 'urn:parley:problem:list-changed',
      ...(current
        ? { extensions: { current: { version: current.version, entryCount: current.entryCount } } }
        : {}),
    },
  );
}
