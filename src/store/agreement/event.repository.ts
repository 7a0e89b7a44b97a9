import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type {
  AgreementEvent,
  AgreementEventKind,
  LocalisedText,
  NewAgreementEvent,
} from '../../domain/agreements/types.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { AgreementEventRow } from './agreement.table.js';

function toEvent(row: AgreementEventRow): AgreementEvent {
  return {
    id: row.id,
    kind: row.kind as AgreementEventKind,
    date: row.date,
    endDate: row.end_date,
    title: fromJsonText<LocalisedText>(row.title, { en: '' }),
    place: row.place,
    participants: fromJsonText<string[]>(row.participants, []),
    summary: fromJsonText<LocalisedText>(row.summary, { en: '' }),
    sourceNote: row.source_note,
    placeText: fromJsonText<LocalisedText | null>(row.place_text, null),
    participantsText: fromJsonText<LocalisedText[] | null>(row.participants_text, null),
    sourceText: fromJsonText<LocalisedText | null>(row.source_text, null),
  };
}

/** Meetings, visits and statements that follow an agreement: plain public records, read by every role. */
export function createEventRepository(db: Db, dialect: DialectInfo) {
  return {
    async list(_scope: PartyScope): Promise<AgreementEvent[]> {
      const rows = await db.selectFrom('agreement_event').selectAll().orderBy('date').orderBy('id').execute();
      return rows.map(toEvent);
    },

    async create(ctx: WriteContext, input: NewAgreementEvent): Promise<AgreementEvent> {
      const event: AgreementEvent = { ...input, id: randomUUID(), endDate: input.endDate ?? null };
      return inTransaction(db, async (trx) => {
        await trx
          .insertInto('agreement_event')
          .values({
            id: event.id,
            kind: event.kind,
            date: event.date,
            end_date: event.endDate,
            title: toJsonText(event.title),
            place: event.place,
            participants: toJsonText(event.participants),
            summary: toJsonText(event.summary),
            source_note: event.sourceNote,
            created_at: nowIso(),
            place_text: event.placeText ? toJsonText(event.placeText) : null,
            participants_text: event.participantsText ? toJsonText(event.participantsText) : null,
            source_text: event.sourceText ? toJsonText(event.sourceText) : null,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'event.create',
          entityType: 'agreement_event',
          entityId: event.id,
          summary: { kind: event.kind, date: event.date, title: event.title.en },
        });
        return event;
      });
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
