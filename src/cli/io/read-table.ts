import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { InputError } from './input-error.js';

/** A sheet of strings: the header (trimmed) and every data row with its row number in the file (header = 1). */
export interface Table {
  file: string;
  header: string[];
  rows: { row: number; values: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The delimiter that splits the header line into more fields: comma or semicolon. */
function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(file, 'this is not a CSV or XLSX file (it holds binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'this is not a UTF-8 CSV file; save it as CSV UTF-8 or as XLSX');
  }
}

function readCsv(file: string, bytes: Uint8Array): Table {
  const text = decodeUtf8(file, bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file, 'the file is empty', 1);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      skip_empty_lines: true,
      relax_quotes: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = (error as Error).message.replace(/^Invalid Record Length: /, '');
    throw new InputError(file, `cannot be read as CSV (${reason})`, line);
  }
  const [head, ...body] = records;
  const header = head.record.map((name) => name.trim());
  const rows = body.map(({ record, info }) => {
    if (record.length !== header.length) {
      throw new InputError(
        file,
        `has ${record.length} fields where the header has ${header.length}`,
        info.lines,
      );
    }
    return { row: info.lines, values: record };
  });
  return { file, header, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value)
      return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<Table> {
  // exceljs takes half a second to load: only when a workbook is actually read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(file, `cannot be read as XLSX (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new InputError(file, 'the first sheet is empty', 1);
  const width = sheet.getRow(1).cellCount;
  const readRow = (n: number) => {
    const row = sheet.getRow(n);
    return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
  };
  const header = readRow(1);
  const rows: Table['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const values = readRow(n);
    if (values.every((value) => value === '')) continue;
    rows.push({ row: n, values });
  }
  return { file, header, rows };
}

/** Reads a CSV (comma or semicolon, with or without BOM) or the first sheet of an XLSX file. */
export async function readTable(file: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError(file, 'is not a file');
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(file, bytes);
  if (/\.xlsx$/i.test(file)) throw new InputError(file, 'is named .xlsx but is not an XLSX workbook');
  return readCsv(file, bytes);
}
