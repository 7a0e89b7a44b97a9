import type { EventPerson, ExchangeEventView } from '../../store/index.js';
import type { ExportLanguage } from './export-labels.js';
import { exportDate, exportDateTime, exportLabels } from './export-labels.js';
import { createPdf, heading, pdfBuffer, running } from './pdf-document.js';
import { personLine } from './person-line.js';

export interface ManifestContext {
  language: ExportLanguage;
  partyName: (partyId: string) => string;
  generatedAt: string;
  /** The reader's zone, for the times the manifest shows (UTC when left out). */
  timeZone?: string;
}

/** What happened to a person on the day, after their line: nothing until the exchange is carried out. */
function outcomeText(outcome: EventPerson['outcome'], t: ReturnType<typeof exportLabels>): string {
  if (!outcome) return '';
  if (outcome.outcome !== 'not_handed_over') return ` — ${t.wasHandedOver}`;
  const reason = outcome.reason ? `: ${t[`notHandedOverReason_${outcome.reason}`]}` : '';
  return ` — ${t.notHandedOver}${reason}${outcome.note ? ` (${outcome.note})` : ''}`;
}

/**
 * The exchange manifest: date, place, the persons each way (name as written, transliteration into the reader's
 * script, birth date, list numbers), who confirmed the plan when; once carried out, each person's outcome of the
 * day and who confirmed it. A header and "page n of N" on every page.
 */
export async function manifestPdf(event: ExchangeEventView, ctx: ManifestContext): Promise<Buffer> {
  const t = exportLabels(ctx.language);
  const doc = await createPdf(`${t.manifestTitle} — ${event.date}`);
  heading(doc, t.manifestTitle, 18);
  const when = (iso: string) => exportDateTime(iso, ctx.language, ctx.timeZone);
  const generated = when(ctx.generatedAt);
  doc.text(`${t.date}: ${exportDate(event.date, ctx.language)}`);
  doc.text(`${t.place}: ${event.place} (${t[event.placeKind]})`);
  doc.text(`${t.generatedAt}: ${generated}`);
  doc.moveDown();

  const directions = new Map<string, typeof event.persons>();
  for (const person of event.persons) {
    const key = `${person.fromPartyId}\u0000${person.toPartyId}`;
    directions.set(key, [...(directions.get(key) ?? []), person]);
  }
  for (const [key, persons] of directions) {
    const [from, to] = key.split('\u0000');
    heading(doc, `${t.handedOver}: ${ctx.partyName(from)} → ${ctx.partyName(to)}`, 13);
    doc.text(`${t.persons}: ${persons.length}`);
    doc.moveDown(0.3);
    persons.forEach((person, i) => {
      const line = personLine(
        { name: person.displayName, birthDate: person.birthDate ?? null, listIds: person.listIds ?? [] },
        ctx.language,
      );
      doc.text(`${i + 1}. ${line}${outcomeText(person.outcome, t)}`, { indent: 12 });
    });
    doc.moveDown();
  }

  const confirmers = [
    ...event.partyIds.map((partyId) => ({ label: ctx.partyName(partyId), kind: 'party' as const, partyId })),
    { label: t.coordinator, kind: 'coordinator' as const, partyId: null },
  ];
  const confirmationLines = (given: ExchangeEventView['confirmations']) => {
    for (const confirmer of confirmers) {
      const done = given.find(
        (c) =>
          c.kind === confirmer.kind && (confirmer.kind === 'coordinator' || c.partyId === confirmer.partyId),
      );
      doc.text(
        done
          ? `${confirmer.label}: ${t.confirmedBy} ${done.by}, ${when(done.at)}`
          : `${confirmer.label}: ${t.notConfirmed}`,
      );
    }
  };
  heading(doc, t.confirmations, 13);
  confirmationLines(event.confirmations);
  // Once carried out, the day's outcome: who recorded it, and each side's confirmation of it.
  if (event.carriedOut) {
    doc.moveDown();
    doc.text(`${t.carriedOut} ${event.carriedOut.by}, ${when(event.carriedOut.at)}`);
    heading(doc, t.outcomeConfirmations, 13);
    confirmationLines(event.outcomeConfirmations);
  }
  if (event.complete) {
    doc.moveDown(0.5);
    const handedOver = event.persons.filter((p) => p.outcome?.outcome !== 'not_handed_over').length;
    doc.font('bold').text(`${t.outcomeComplete} ${handedOver} / ${event.persons.length}`);
  }
  running(
    doc,
    `${t.manifestTitle} — ${exportDate(event.date, ctx.language)} — ${event.place}`,
    (page, total) => `${t.page} ${page} ${t.of} ${total}`,
  );
  return pdfBuffer(doc);
}
