import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import { REPORT_SECTIONS } from '../../domain/exchange/discrepancy-report.js';
import type { ReportExportContext } from './discrepancy-report-xlsx.js';
import { exportDate, exportDateTime, exportLabels } from './export-labels.js';
import { createPdf, heading, pdfBuffer, running } from './pdf-document.js';
import { personLine, reportPersons } from './person-line.js';

/**
 * The report as a PDF: per side, each category's count and its persons (name as written, its transliteration into
 * the reader's script, birth date, list number); a header and "page n of N" on every page, times in the reader's words.
 */
export async function discrepancyReportPdf(
  report: DiscrepancyReport,
  ctx: ReportExportContext,
): Promise<Buffer> {
  const t = exportLabels(ctx.language);
  const asOf = exportDate(report.asOf, ctx.language);
  const generated = exportDateTime(ctx.generatedAt, ctx.language, ctx.timeZone);
  const doc = await createPdf(`${t.reportTitle} — ${report.asOf}`);
  heading(doc, t.reportTitle, 18);
  doc.text(`${t.asOf}: ${asOf}`);
  doc.text(`${t.generatedAt}: ${generated}`);
  if (ctx.publishedAt)
    doc.text(`${t.publishedAt}: ${exportDateTime(ctx.publishedAt, ctx.language, ctx.timeZone)}`);
  doc.moveDown();
  for (const side of report.sides) {
    heading(doc, `${ctx.partyName(side.partyId)} — ${t.otherParty}: ${ctx.partyName(side.otherPartyId)}`, 14);
    for (const category of REPORT_SECTIONS) {
      const group = side[category];
      doc.font('bold').fontSize(11).text(`${t[category]}: ${group.count}`);
      doc.font('body').fontSize(10);
      const persons = reportPersons(group);
      if (persons.length === 0) doc.text(t.none, { indent: 12 });
      persons.forEach((person, i) => {
        doc.text(`${i + 1}. ${personLine(person, ctx.language)}`, { indent: 12 });
      });
      doc.moveDown(0.5);
    }
    doc.moveDown();
  }
  running(
    doc,
    `${t.reportTitle} — ${t.asOf} ${asOf} — ${t.generatedAt}: ${generated}`,
    (page, total) => `${t.page} ${page} ${t.of} ${total}`,
  );
  return pdfBuffer(doc);
}
