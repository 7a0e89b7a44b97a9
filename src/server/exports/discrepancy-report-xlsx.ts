import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import { neutraliseCell } from '../../platform/tables/index.js';
import { type ExportLanguage, exportLabels, REPORT_CATEGORIES } from './export-labels.js';

export interface ReportExportContext {
  language: ExportLanguage;
  /** A party's name in the export's language, by id. */
  partyName: (partyId: string) => string;
  generatedAt: string;
  publishedAt?: string | null;
}

// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (text: string, index: number) =>
  `${index + 1} ${text.replace(/[:\\/?*[\]]/g, ' ')}`.slice(0, 31);

/**
 * The report as a workbook: a summary sheet of counts, then one sheet per side listing the names of each
 * category in its own column. Every text cell is neutralised so that no name can run as a formula.
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
  summary.addRow([cell(t.asOf), cell(report.asOf)]);
  summary.addRow([cell(t.generatedAt), cell(ctx.generatedAt)]);
  if (ctx.publishedAt) summary.addRow([cell(t.publishedAt), cell(ctx.publishedAt)]);
  summary.addRow([]);
  summary.addRow([cell(t.party), cell(t.otherParty), cell(t.category), cell(t.count)]).font = { bold: true };
  for (const side of report.sides) {
    for (const category of REPORT_CATEGORIES) {
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
    sheet.addRow(REPORT_CATEGORIES.map((category) => cell(`${t[category]} (${side[category].count})`))).font =
      {
        bold: true,
      };
    const longest = Math.max(0, ...REPORT_CATEGORIES.map((category) => side[category].names.length));
    for (let row = 0; row < longest; row++) {
      sheet.addRow(REPORT_CATEGORIES.map((category) => cell(side[category].names[row] ?? '')));
    }
    sheet.columns.forEach((column) => {
      column.width = 40;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
