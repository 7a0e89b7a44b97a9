import type { DailyBulletin } from '../../domain/corridor/daily-bulletin.js';
import { CARGO_CATEGORIES } from '../../domain/corridor/types.js';
import type { ExportLabel, ExportLanguage } from './export-labels.js';
import { exportDate, exportDateTime, exportLabels } from './export-labels.js';
import { createPdf, heading, pdfBuffer, running } from './pdf-document.js';

export interface BulletinContext {
  language: ExportLanguage;
  generatedAt: string;
  timeZone?: string;
  /** Gazetteer places by id, named in the bulletin's language. */
  placeNames: Record<string, string>;
}

/**
 * The daily bulletin of the corridor on one page: posts in place, movements escorted, cargo delivered, returns that
 * day and in total, and the incidents published for the day; labels in the reader's language (Armenian, Cyrillic and
 * Latin written with the embedded font), place names from the gazetteer in the same language.
 */
export async function dailyBulletinPdf(bulletin: DailyBulletin, ctx: BulletinContext): Promise<Buffer> {
  const t = exportLabels(ctx.language);
  const label = (key: string) => t[key as ExportLabel] ?? key;
  const number = new Intl.NumberFormat(ctx.language, { maximumFractionDigits: 1 });
  const place = (id: string | null) => (id === null ? '' : (ctx.placeNames[id] ?? id));
  const day = exportDate(bulletin.date, ctx.language);
  const doc = await createPdf(`${t.bulletinTitle} — ${day}`);

  heading(doc, t.bulletinTitle, 18);
  doc.font('bold').fontSize(13).text(day);
  doc.font('body').fontSize(9).fillColor('#555555');
  doc.text(`${t.generatedAt}: ${exportDateTime(ctx.generatedAt, ctx.language, ctx.timeZone)}`);
  doc.fillColor('black').fontSize(10).moveDown();

  heading(doc, t.bulletinPosts, 13);
  const established = bulletin.posts.establishedThatDay;
  doc.text(
    `${t.postsInPlace}: ${number.format(bulletin.posts.total)}` +
      (established.length > 0 ? ` (${t.postsEstablished} ${established.join(', ')})` : ''),
  );
  doc.text(`${t.checkpoints}: ${number.format(bulletin.posts.checkpoints)}`);
  doc.moveDown();

  heading(doc, t.movementsEscorted, 13);
  if (bulletin.movements.escorted.length === 0) doc.text(t.noMovements);
  for (const m of bulletin.movements.escorted) {
    doc.font('bold').text(`${label(`kind_${m.kind}`)}: ${m.reference}`);
    doc
      .font('body')
      .text(
        `${place(m.fromPlaceId)} → ${place(m.toPlaceId)}; ${number.format(m.vehicles)} ${t.vehicles}, ` +
          `${number.format(m.people)} ${t.people}; ${label(`movementStatus_${m.status}`)}` +
          (m.escort ? `; ${t.escort}: ${m.escort}` : ''),
        { indent: 12 },
      );
  }
  if (bulletin.movements.escorted.length > 0)
    doc.text(
      `${t.movementsTotal}: ${number.format(bulletin.movements.escorted.length)}; ` +
        `${number.format(bulletin.movements.vehicles)} ${t.vehicles}, ${number.format(bulletin.movements.people)} ${t.people}`,
    );
  doc.moveDown();

  heading(doc, t.cargoDelivered, 13);
  if (bulletin.cargo.consignments.length === 0) doc.text(t.noCargo);
  else {
    doc.text(`${t.consignments}: ${bulletin.cargo.consignments.join(', ')}`);
    for (const category of CARGO_CATEGORIES) {
      const tonnes = bulletin.cargo.tonnes[category];
      if (tonnes > 0)
        doc.text(`${label(`cargo_${category}`)}: ${number.format(tonnes)} ${t.tonnes}`, { indent: 12 });
    }
    doc.text(`${t.tonnesThatDay}: ${number.format(bulletin.cargo.tonnesThatDay)} ${t.tonnes}`);
  }
  doc.text(`${t.tonnesInTotal}: ${number.format(bulletin.cargo.tonnesInTotal)} ${t.tonnes}`);
  doc.moveDown();

  heading(doc, t.returnsTitle, 13);
  const returns = (figures: { individuals: number; households: number | null }) =>
    `${number.format(figures.individuals)} ${t.people}` +
    (figures.households === null ? '' : `, ${number.format(figures.households)} ${t.households}`);
  doc.text(`${t.returnedThatDay}: ${returns(bulletin.returns.thatDay)}`);
  doc.font('bold').text(`${t.returnedInTotal}: ${returns(bulletin.returns.inTotal)}`);
  doc.font('body').moveDown();

  if (bulletin.incidents !== null) {
    heading(doc, t.incidentsTitle, 13);
    if (bulletin.incidents.length === 0) doc.text(t.noIncidents);
    for (const incident of bulletin.incidents) {
      const at = exportDateTime(incident.occurredAt, ctx.language, ctx.timeZone);
      const where = place(incident.placeId);
      doc.text(`${label(`incident_${incident.kind}`)}${where ? `, ${where}` : ''}: ${at}`, { indent: 12 });
    }
  }

  running(doc, `${t.bulletinTitle} — ${day}`, (page, total) => `${t.page} ${page} ${t.of} ${total}`);
  return pdfBuffer(doc);
}
