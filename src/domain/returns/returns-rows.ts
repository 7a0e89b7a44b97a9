import type { ReturnCountProblem } from './series.js';
import { returnCountProblems } from './series.js';
import type { ReturnCount, ReturnMode } from './types.js';

/** The columns a returns table may carry; destination and individuals are required. */
export const RETURN_FIELDS = [
  'date',
  'region',
  'destination',
  'origin',
  'individuals',
  'households',
  'mode',
  'source',
] as const;
export type ReturnField = (typeof RETURN_FIELDS)[number];
export const REQUIRED_RETURN_FIELDS: readonly ReturnField[] = ['date', 'destination', 'individuals'];

/** Which header of the file holds each field. */
export type ReturnMapping = Partial<Record<ReturnField, string>>;

/** Headers each field is recognised under (English, Russian, and the HXL hashtags Parley exports). */
const HEADER_NAMES: Record<ReturnField, readonly string[]> = {
  date: ['date', 'дата', '#date'],
  region: ['region', 'регион', 'adm1', '#adm1+name'],
  destination: ['destination', 'settlement', 'place', 'населённый пункт', 'пункт назначения', '#loc+name'],
  origin: ['origin', 'from', 'откуда', '#loc+name+origin'],
  individuals: ['individuals', 'returnees', 'people', 'persons', 'человек', '#affected+returnees+ind'],
  households: ['households', 'families', 'семей', 'домохозяйств', '#affected+returnees+hh'],
  mode: ['mode', 'with convoy', 'как', '#meta+mode'],
  source: ['source', 'источник', '#meta+source'],
};

const fold = (text: string) => text.trim().toLowerCase();

/** The mapping Parley proposes for a file's headers (and, when the file is HXL-tagged, its hashtag row). */
export function suggestReturnMapping(
  headers: readonly string[],
  tags: readonly string[] = [],
): ReturnMapping {
  const mapping: ReturnMapping = {};
  for (const field of RETURN_FIELDS) {
    const names = HEADER_NAMES[field];
    const index = headers.findIndex(
      (header, i) => names.includes(fold(header)) || names.includes(fold(tags[i] ?? '')),
    );
    const header = headers[index];
    if (index >= 0 && header !== undefined) mapping[field] = header;
  }
  return mapping;
}

/** Whether a row is the HXL hashtag row (every non-empty cell a hashtag). */
export function isHxlTagRow(values: readonly string[]): boolean {
  const cells = values.map((v) => v.trim()).filter(Boolean);
  return cells.length > 0 && cells.every((cell) => cell.startsWith('#'));
}

export interface ReturnRowReject {
  row: number;
  field: ReturnField;
  reason: ReturnCountProblem['reason'] | 'missing' | 'not_a_date' | 'unknown_mode' | 'unknown_origin';
  value: string;
}

export type PlaceLookup = (name: string) => { id: string } | undefined;

const MODES: Record<string, ReturnMode> = {
  with_convoy: 'with_convoy',
  convoy: 'with_convoy',
  'with convoy': 'with_convoy',
  'с колонной': 'with_convoy',
  on_their_own: 'on_their_own',
  own: 'on_their_own',
  'on their own': 'on_their_own',
  самостоятельно: 'on_their_own',
  '': 'on_their_own',
};

function readDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dotted
      ? [dotted[3], dotted[2]?.padStart(2, '0'), dotted[1]?.padStart(2, '0')]
      : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month}-${day}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

/** A count as written: digits with spaces or commas between thousands, maybe a minus; NaN when not a number. */
function readNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f,]/g, '');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/**
 * The rows of a returns table read through a mapping: each becomes a count, or its problems name the row, the field
 * and the value (a negative count, an unknown place, a day in the future). An HXL hashtag row is skipped.
 */
export function readReturnRows(
  headers: readonly string[],
  rows: readonly { row: number; values: readonly string[] }[],
  mapping: ReturnMapping,
  findPlace: PlaceLookup,
  today: string,
  defaults: { source: string },
): { counts: (ReturnCount & { region: string })[]; rejects: ReturnRowReject[] } {
  const column = (field: ReturnField) => {
    const header = mapping[field];
    return header === undefined ? -1 : headers.indexOf(header);
  };
  const columns = Object.fromEntries(RETURN_FIELDS.map((f) => [f, column(f)])) as Record<ReturnField, number>;
  const counts: (ReturnCount & { region: string })[] = [];
  const rejects: ReturnRowReject[] = [];
  for (const { row, values } of rows) {
    if (isHxlTagRow(values)) continue;
    if (values.every((v) => !v.trim())) continue;
    const cell = (field: ReturnField) => (columns[field] >= 0 ? (values[columns[field]] ?? '').trim() : '');
    const problems: ReturnRowReject[] = [];
    const reject = (field: ReturnField, reason: ReturnRowReject['reason']) =>
      problems.push({ row, field, reason, value: cell(field) });
    for (const field of REQUIRED_RETURN_FIELDS) if (!cell(field)) reject(field, 'missing');
    const date = cell('date') ? readDate(cell('date')) : null;
    if (cell('date') && !date) reject('date', 'not_a_date');
    const destination = cell('destination') ? findPlace(cell('destination')) : undefined;
    const origin = cell('origin') ? findPlace(cell('origin')) : undefined;
    if (cell('origin') && !origin) reject('origin', 'unknown_origin');
    const mode = MODES[cell('mode').toLowerCase()];
    if (!mode) reject('mode', 'unknown_mode');
    const count: ReturnCount & { region: string } = {
      date: date ?? '',
      originPlaceId: origin?.id ?? null,
      destinationPlaceId: destination?.id ?? '',
      region: cell('region'),
      individuals: cell('individuals') ? readNumber(cell('individuals')) : 0,
      households: cell('households') ? readNumber(cell('households')) : null,
      mode: mode ?? 'on_their_own',
      movementId: null,
      source: cell('source') || defaults.source,
    };
    const known = new Set(destination ? [destination.id] : []);
    for (const problem of returnCountProblems(count, known, today)) {
      const field: ReturnField =
        problem.field === 'destinationPlaceId' ? 'destination' : (problem.field as ReturnField);
      // A missing cell is already named; an unreadable date is not also "in the future".
      if (problems.some((p) => p.field === field)) continue;
      reject(field, problem.reason);
    }
    if (problems.length > 0) rejects.push(...problems);
    else counts.push(count);
  }
  return { counts, rejects };
}
