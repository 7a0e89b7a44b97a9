import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import { REPORT_SECTIONS } from '../../domain/exchange/discrepancy-report.js';
import { neutraliseCell } from '../../platform/tables/index.js';
import { type ExportLanguage, exportLabels } from './export-labels.js';
import { duplicateNote, exportTransliteration, reportPersons } from './person-line.js';

export interface ReportExportContext {
  language: ExportLanguage;
  /** A party's name in the export's language, by id. */
  partyName: (partyId: string) => string;
  generatedAt: string;
  publishedAt?: string | null;
  /** The reader's zone, for the times the export shows (UTC when left out). */
  timeZone?: string;
}

// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (text: string, index: number) =>
  `${index + 1} ${text.replace(/[:\\/?*[\]]/g, ' ')}`.slice(0, 31);

const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A full calendar date as a date cell (midnight UTC, as Excel has no zones); a partial one stays text. */
function dateCell(value: string | null): Date | string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
}

/**
 * The report as a workbook: a summary sheet of counts, then one sheet per side with a row per person (category,
 * name as written, transliteration, birth date, list number). Dates are date cells; every text cell is neutralised
 * so that no name can run as a formula.
 */
export async function discrepancyReportXlsx(
  report: DiscrepancyReport,
  ctx: ReportExportContext,
): Promise<Buffer> {
  const t = exportLabels(ctx.language);
  const cell = (text: string) => neutraliseCell(text);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Parley';
  workbook.created = new Date(ctx.generatedAt);
  const summary = workbook.addWorksheet(t.summary);
  summary.addRow([cell(t.reportTitle)]).font = { bold: true, size: 14 };
  summary.addRow([cell(t.asOf), dateCell(report.asOf)]).getCell(2).numFmt = DATE_FORMAT;
  summary.addRow([cell(t.generatedAt), new Date(ctx.generatedAt)]).getCell(2).numFmt = DATE_TIME_FORMAT;
  if (ctx.publishedAt) {
    summary.addRow([cell(t.publishedAt), new Date(ctx.publishedAt)]).getCell(2).numFmt = DATE_TIME_FORMAT;
  }
  summary.addRow([]);
  summary.addRow([cell(t.party), cell(t.otherParty), cell(t.category), cell(t.count)]).font = { bold: true };
  for (const side of report.sides) {
    for (const category of REPORT_SECTIONS) {
      summary.addRow([
        cell(ctx.partyName(side.partyId)),
        cell(ctx.partyName(side.otherPartyId)),
        cell(t[category]),
        side[category].count,
      ]);
    }
  }
  summary.columns.forEach((column, i) => {
    column.width = i === 2 ? 48 : 28;
  });
  report.sides.forEach((side, index) => {
    const sheet = workbook.addWorksheet(sheetName(ctx.partyName(side.partyId), index));
    sheet.addRow([t.category, t.name, t.transliteration, t.birthDate, t.listId, t.duplicate].map(cell)).font =
      {
        bold: true,
      };
    for (const category of REPORT_SECTIONS) {
      for (const person of reportPersons(side[category])) {
        const duplicate = duplicateNote(person, ctx.language);
        const row = sheet.addRow([
          cell(t[category]),
          cell(person.name),
          cell(exportTransliteration(person.name, ctx.language) ?? ''),
          dateCell(person.birthDate),
          cell(person.listIds.join(', ')),
          // Only a person a list names more than once has this cell.
          duplicate ? cell(duplicate) : null,
        ]);
        if (row.getCell(4).value instanceof Date) row.getCell(4).numFmt = DATE_FORMAT;
      }
    }
    sheet.columns = [
      { width: 40 },
      { width: 36 },
      { width: 36 },
      { width: 14 },
      { width: 18 },
      { width: 32 },
    ];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
