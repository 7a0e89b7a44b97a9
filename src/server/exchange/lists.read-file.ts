import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../store/exchange/list-rows.js';
import type { UploadedRow } from '../../store/index.js';

/** A file that cannot be taken as a list at all; `row` and `cell` say where when one place is at fault. */
export class UnreadableFileError extends Error {
  readonly kind: 'file-type' | 'empty-file' | 'merged-cells' | 'bad-header' | 'bad-row';
  readonly row?: number;
  readonly cell?: string;
  constructor(
    kind: UnreadableFileError['kind'],
    message: string,
    where: { row?: number; cell?: string } = {},
  ) {
    super(message);
    this.name = 'UnreadableFileError';
    this.kind = kind;
    this.row = where.row;
    this.cell = where.cell;
  }
}

export interface UploadedTable {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: UploadedRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function blankHeaderName(index: number): string {
  return `(column ${columnLetter(index)})`;
}

/** Header names trimmed, a blank one named by its column letter; two columns of one name are refused. */
function checkHeaders(raw: readonly string[], cellOf: (index: number) => string): string[] {
  const headers = raw.map((h, i) => h.trim() || blankHeaderName(i));
  while (headers.length > 0 && raw[headers.length - 1]?.trim() === '') headers.pop();
  if (headers.length === 0) {
    throw new UnreadableFileError('bad-header', 'the first row is empty: it must hold the column names', {
      row: 1,
    });
  }
  const seen = new Map<string, number>();
  headers.forEach((header, i) => {
    const earlier = seen.get(header);
    if (earlier !== undefined) {
      throw new UnreadableFileError(
        'bad-header',
        `two columns are named "${header}" (${cellOf(earlier)} and ${cellOf(i)}); give each column its own name`,
        { row: 1, cell: cellOf(i) },
      );
    }
    seen.set(header, i);
  });
  return headers;
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const candidates = [',', ';', '\t'];
  const counts = candidates.map((c) => firstLine.split(c).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return candidates[best] ?? ',';
}

/** UTF-16 with its byte order mark (Excel's "Unicode text"), else UTF-8. */
function textEncodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function readCsv(bytes: Uint8Array): UploadedTable {
  let text: string;
  try {
    text = new TextDecoder(textEncodingOf(bytes), { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UnreadableFileError(
      'file-type',
      'this is neither an XLSX workbook nor a UTF-8 CSV file; save it as XLSX or as CSV UTF-8',
    );
  }
  if (text.trim() === '') throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UnreadableFileError('bad-row', `cannot be read as CSV (${(error as Error).message})`, {
      row: line,
    });
  }
  const [head, ...body] = records;
  if (!head) throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
  const headers = checkHeaders(head.record, (i) => `column ${columnLetter(i)}`);
  const rows: UploadedRow[] = [];
  for (const { record, info } of body) {
    if (record.every((value) => value.trim() === '')) continue;
    const extra = record.slice(headers.length).filter((value) => value.trim() !== '');
    if (extra.length > 0) {
      throw new UnreadableFileError(
        'bad-row',
        `row ${info.lines} has ${record.length} fields where the header has ${headers.length}`,
        { row: info.lines },
      );
    }
    rows.push({ row: info.lines, values: headers.map((_, i) => record[i] ?? '') });
  }
  return { format: 'csv', headers, rows };
}

interface CellReading {
  text: string;
  formula: 'none' | 'with-value' | 'without-value';
}

function readCell(value: ExcelJS.CellValue): CellReading {
  if (value === null || value === undefined) return { text: '', formula: 'none' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: 'none' };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
        return { text: '', formula: 'without-value' };
      }
      return { text: readCell(result).text, formula: 'with-value' };
    }
    if ('richText' in value)
      return { text: value.richText.map((part) => part.text).join(''), formula: 'none' };
    if ('text' in value) return { text: String(value.text), formula: 'none' };
    return { text: '', formula: 'none' };
  }
  return { text: String(value), formula: 'none' };
}

async function readXlsx(bytes: Uint8Array): Promise<UploadedTable> {
  // exceljs takes half a second to load: only when a workbook is actually read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError(
      'file-type',
      'this ZIP file is not an XLSX workbook; save it as XLSX or as CSV',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw new UnreadableFileError('file-type', 'this ZIP file is not an XLSX workbook (it has no sheet)');
  if (sheet.actualRowCount === 0)
    throw new UnreadableFileError('empty-file', 'the first sheet is empty', { row: 1 });
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    const first = merges[0] ?? '';
    const row = Number(/\d+/.exec(first)?.[0]);
    throw new UnreadableFileError(
      'merged-cells',
      `cells ${first} are merged${merges.length > 1 ? ` (and ${merges.length - 1} more ranges)` : ''}; ` +
        'unmerge them so that each row holds one person',
      { row: Number.isFinite(row) ? row : undefined, cell: first.split(':')[0] },
    );
  }
  const width = sheet.getRow(1).cellCount;
  const headerRow = sheet.getRow(1);
  const headers = checkHeaders(
    Array.from({ length: width }, (_, i) => readCell(headerRow.getCell(i + 1).value).text),
    (i) => `${columnLetter(i)}1`,
  );
  const rows: UploadedRow[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const values: string[] = [];
    const formulaCells: string[] = [];
    const emptyFormulaCells: string[] = [];
    for (let i = 0; i < headers.length; i++) {
      const cell = readCell(row.getCell(i + 1).value);
      values.push(cell.text.trim());
      if (cell.formula === 'with-value') formulaCells.push(`${columnLetter(i)}${n}`);
      if (cell.formula === 'without-value') emptyFormulaCells.push(`${columnLetter(i)}${n}`);
    }
    if (values.every((value) => value === '') && emptyFormulaCells.length === 0) continue;
    rows.push({
      row: n,
      values,
      ...(formulaCells.length > 0 ? { formulaCells } : {}),
      ...(emptyFormulaCells.length > 0 ? { emptyFormulaCells } : {}),
    });
  }
  return { format: 'xlsx', headers, rows };
}

/**
 * Reads an uploaded list by its content, whatever its name says: an XLSX workbook (first sheet) or a CSV in UTF-8
 * or UTF-16 with its byte order mark (comma, semicolon or tab). Merged cells are refused; a formula is taken as its
 * saved value, and a formula without one leaves its cell to be reported by the preview.
 */
export async function readUploadedFile(fileName: string, bytes: Uint8Array): Promise<UploadedTable> {
  if (bytes.length === 0) throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
  let table: UploadedTable;
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    table = await readXlsx(bytes);
  } else {
    if (/\.xlsx$/i.test(fileName)) {
      throw new UnreadableFileError('file-type', 'the file is named .xlsx but is not an XLSX workbook');
    }
    if (textEncodingOf(bytes) === 'utf-8' && bytes.includes(0)) {
      throw new UnreadableFileError(
        'file-type',
        'this is not a CSV or XLSX file (it holds binary data); save it as XLSX or as CSV UTF-8',
      );
    }
    table = readCsv(bytes);
  }
  if (table.rows.length === 0) {
    throw new UnreadableFileError('empty-file', 'the file has column names but no rows under them', {
      row: 2,
    });
  }
  return table;
}
