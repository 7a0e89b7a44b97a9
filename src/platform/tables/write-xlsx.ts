import { neutraliseCell } from './neutralise-cell.js';
import type { CsvCell } from './write-csv.js';

// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (text: string) => text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';

/**
 * The one XLSX table writer, the twin of `csvText`: one sheet, a bold frozen header, every text cell neutralised
 * (a leading =, +, -, @, tab or CR gets a quote) so a spreadsheet never runs what an input file carried, and
 * numbers (Parley's own: a probability, a row) written as numbers.
 */
export async function xlsxTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Parley';
  const sheet = workbook.addWorksheet(sheetName(title));
  sheet.addRow(header.map(neutraliseCell)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((value) => (typeof value === 'number' ? value : neutraliseCell(value))));
  }
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
