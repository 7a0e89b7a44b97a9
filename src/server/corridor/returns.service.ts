import { gazetteerPlaces, placeById, placeByName } from '../../domain/gazetteer/gazetteer.js';
import { returnsHxlTable } from '../../domain/returns/hxl.js';
import {
  isHxlTagRow,
  REQUIRED_RETURN_FIELDS,
  type ReturnMapping,
  readReturnRows,
  suggestReturnMapping,
} from '../../domain/returns/returns-rows.js';
import { dailySeries, returnCountProblems } from '../../domain/returns/series.js';
import { csvText, type Table, UnreadableFileError } from '../../platform/tables/index.js';
import type { PartyScope, Store, StoredReturnCount, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { todayIso } from '../today.js';
import { readUploadedTable } from '../uploads/read-uploaded-table.js';
import type { NewReturnCountBody, ReturnsImport, ReturnsSeries } from './returns.schemas.js';

const KNOWN_PLACES = new Set(gazetteerPlaces().map((place) => place.id));
/** At most this many rows in one returns file. */
export const MAX_RETURN_ROWS = 50_000;

/** The coordinator enters one count (checked by the domain: a count, a known place, not in the future). */
export async function addReturnCount(
  store: Store,
  ctx: WriteContext,
  body: NewReturnCountBody,
): Promise<StoredReturnCount> {
  const errors = returnCountProblems(body, KNOWN_PLACES, todayIso()).map((p) => ({
    in: 'body' as const,
    path: p.field as string,
    message: p.reason as string,
  }));
  if (body.originPlaceId !== null && !KNOWN_PLACES.has(body.originPlaceId))
    errors.push({ in: 'body', path: 'originPlaceId', message: 'unknown_place' });
  if (errors.length > 0) {
    throw new HttpProblem(
      400,
      `The count is not valid: ${errors.map((e) => `${e.path} ${e.message}`).join(', ')}`,
      {
        type: 'urn:parley:problem:validation',
        errors,
      },
    );
  }
  return store.transaction(async (repos) => {
    const [stored] = await repos.returnCounts.add(ctx, [body]);
    if (!stored) throw new Error('the count was not stored');
    return stored;
  });
}

function readFailure(fileName: string, error: UnreadableFileError): HttpProblem {
  const where = error.cell ? ` (cell ${error.cell})` : error.row ? ` (row ${error.row})` : '';
  return new HttpProblem(400, `${fileName}: ${error.message}${where}`, {
    type: `urn:parley:problem:${error.kind}`,
    extensions: {
      ...(error.row !== undefined ? { row: error.row } : {}),
      ...(error.cell !== undefined ? { cell: error.cell } : {}),
    },
  });
}

/**
 * Imports a CSV or XLSX file of returns through a mapping (given, or proposed from its headers and HXL hashtags):
 * every row is taken or none. Rows at fault answer 422 naming each row, field and value, and nothing is stored;
 * `dryRun` checks the file and stores nothing either way.
 */
export async function importReturns(
  store: Store,
  ctx: WriteContext,
  file: { fileName: string; bytes: Uint8Array },
  opts: { mapping?: ReturnMapping; dryRun: boolean },
): Promise<ReturnsImport> {
  let table: Table;
  try {
    // In a worker thread within the upload limits, as every uploaded spreadsheet is read.
    table = await readUploadedTable(file.fileName, file.bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw readFailure(file.fileName, error);
    throw error;
  }
  if (table.rows.length > MAX_RETURN_ROWS) {
    throw new HttpProblem(
      413,
      `The file has ${table.rows.length} rows; at most ${MAX_RETURN_ROWS} are taken at once`,
      {
        type: 'urn:parley:problem:too-many-rows',
      },
    );
  }
  const tagRow = table.rows[0] && isHxlTagRow(table.rows[0].values) ? table.rows[0].values : [];
  const mapping = opts.mapping ?? suggestReturnMapping(table.headers, tagRow);
  const mappingErrors = [
    ...REQUIRED_RETURN_FIELDS.filter((field) => !mapping[field]).map((field) => ({
      in: 'body' as const,
      path: `mapping.${field}`,
      message: 'no column holds it',
    })),
    ...Object.entries(mapping)
      .filter(([, header]) => header !== undefined && !table.headers.includes(header))
      .map(([field, header]) => ({
        in: 'body' as const,
        path: `mapping.${field}`,
        message: `the file has no column "${header}"`,
      })),
  ];
  if (mappingErrors.length > 0) {
    throw new HttpProblem(
      400,
      `The mapping does not fit the file: ${mappingErrors.map((e) => e.path).join(', ')}`,
      {
        type: 'urn:parley:problem:validation',
        errors: mappingErrors,
        extensions: { headers: table.headers },
      },
    );
  }
  const { counts, rejects } = readReturnRows(
    table.headers,
    table.rows,
    mapping,
    (name) => placeByName(name),
    todayIso(),
    { source: file.fileName },
  );
  if (rejects.length > 0) {
    const rows = [...new Set(rejects.map((r) => r.row))];
    const first = rejects[0];
    throw new HttpProblem(
      422,
      `${rows.length} row${rows.length === 1 ? '' : 's'} cannot be taken (first: row ${first?.row}, ${first?.field} "${first?.value}": ${first?.reason}); nothing was imported`,
      {
        type: 'urn:parley:problem:rows-rejected',
        // The file's headers and the mapping read, so that the page can offer the columns again.
        extensions: { rejects: rejects.slice(0, 1000), headers: table.headers, mapping },
      },
    );
  }
  if (!opts.dryRun) {
    await store.transaction((repos) => repos.returnCounts.add(ctx, counts, { fileName: file.fileName }));
  }
  return {
    fileName: file.fileName,
    format: table.format,
    headers: table.headers,
    mapping,
    dryRun: opts.dryRun,
    accepted: counts.length,
    individuals: counts.reduce((sum, c) => sum + c.individuals, 0),
    sample: counts.slice(0, 20).map(({ movementId: _, ...count }) => count),
  };
}

/** Daily and cumulative returns from the first count (or `from`) to `to` (default: the last count). */
export async function returnsSeries(
  store: Store,
  scope: PartyScope,
  query: { from?: string; to?: string },
): Promise<ReturnsSeries> {
  const to = query.to ?? todayIso();
  const totals = await store.repos.returnCounts.dailyTotals(scope, to);
  const from = query.from ?? totals[0]?.date ?? null;
  const last = query.to ?? totals.at(-1)?.date ?? null;
  if (from === null || last === null || from > last) return { from, to: last, days: [] };
  const spanDays = (Date.parse(last) - Date.parse(from)) / 86_400_000;
  if (spanDays > 3660) {
    throw new HttpProblem(400, 'Ask for at most ten years of days', {
      type: 'urn:parley:problem:validation',
      errors: [{ in: 'querystring', path: 'from', message: 'at most ten years before `to`' }],
    });
  }
  return { from, to: last, days: dailySeries(totals, from, last) };
}

/** The counts as an HXL-tagged CSV: headers, the hashtag row under them, then one row per count. */
export async function returnsHxlCsv(store: Store, scope: PartyScope, query: { from?: string; to?: string }) {
  const counts = await store.repos.returnCounts.list(scope, query);
  const name = (id: string | null) => (id === null ? '' : (placeById(id)?.names.en[0] ?? id));
  const [header, ...rows] = returnsHxlTable(
    counts.map((c) => ({
      date: c.date,
      region: c.region,
      settlement: name(c.destinationPlaceId),
      origin: name(c.originPlaceId),
      individuals: c.individuals,
      households: c.households,
      source: c.source,
    })),
  );
  return csvText(header as string[], rows);
}
