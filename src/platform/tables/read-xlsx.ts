import type ExcelJS from 'exceljs';
import { checkHeaders, columnLetter } from './headers.js';
import type { Table, TableRow } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

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

/**
 * Reads the first sheet of an XLSX workbook. Merged cells are refused; a formula is taken as its saved value, and a
 * formula without one leaves its cell named in `emptyFormulaCells` for the caller to report.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
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
  const rows: TableRow[] = [];
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
  if (rows.length === 0) {
    throw new UnreadableFileError('empty-file', 'the file has column names but no rows under them', {
      row: 2,
    });
  }
  return { format: 'xlsx', headers, rows };
}
