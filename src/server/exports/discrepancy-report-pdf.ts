import type { DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import type { ReportExportContext } from './discrepancy-report-xlsx.js';
import { exportLabels, REPORT_CATEGORIES } from './export-labels.js';
import { createPdf, heading, pdfBuffer } from './pdf-document.js';

/** The report as a PDF: per side, each category's count and its names as written, in their own scripts. */
export async function discrepancyReportPdf(
  report: DiscrepancyReport,
  ctx: ReportExportContext,
): Promise<Buffer> {
  const t = exportLabels(ctx.language);
  const doc = await createPdf(`${t.reportTitle} — ${report.asOf}`);
  heading(doc, t.reportTitle, 18);
  doc.text(`${t.asOf}: ${report.asOf}`);
  doc.text(`${t.generatedAt}: ${ctx.generatedAt}`);
  if (ctx.publishedAt) doc.text(`${t.publishedAt}: ${ctx.publishedAt}`);
  doc.moveDown();

  for (const side of report.sides) {
    heading(doc, `${ctx.partyName(side.partyId)} — ${t.otherParty}: ${ctx.partyName(side.otherPartyId)}`, 14);
    for (const category of REPORT_CATEGORIES) {
      const group = side[category];
      doc.font('bold').fontSize(11).text(`${t[category]}: ${group.count}`);
      doc.font('body').fontSize(10);
      if (group.names.length === 0) doc.text(t.none, { indent: 12 });
      group.names.forEach((name, i) => {
        doc.text(`${i + 1}. ${name}`, { indent: 12 });
      });
      doc.moveDown(0.5);
    }
    doc.moveDown();
  }
  return pdfBuffer(doc);
}
