import { randomUUID } from 'node:crypto';
import { mayWrite } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { RemainsForCounts } from '../../domain/tracing/remains-counts.js';
import type {
  IdentificationChange,
  IdentificationMethod,
  IdentificationStatus,
  PlacePrecision,
  Remains,
  RemainsInput,
  RemainsTransfer,
} from '../../domain/tracing/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { TracingIdentificationRow, TracingRemainsRow } from './tracing.table.js';

export interface RemainsFilter {
  identification?: IdentificationStatus;
  /** Only the remains an exchange carries (planned, handed over, or back where they were after a cancellation). */
  exchangeEventId?: string;
  limit: number;
  offset: number;
}

/** An identification step the domain allowed (identificationProblems), to store with its history. */
export interface IdentificationStep {
  remainsId: string;
  status: IdentificationStatus;
  method: IdentificationMethod | null;
  caseId: string | null;
  on: string;
  note: string;
  at?: string;
}

export interface BulkRemains {
  recoveredByPartyId: string;
  heldByPartyId: string;
  input: RemainsInput;
  steps: {
    status: IdentificationStatus;
    method: IdentificationMethod | null;
    caseId: string | null;
    on: string;
  }[];
}

function toRemains(row: TracingRemainsRow): Remains {
  return {
    id: row.id,
    reference: row.reference,
    recoveredByPartyId: row.recovered_by_party_id,
    heldByPartyId: row.held_by_party_id,
    recoveredOn: row.recovered_on,
    recoveredPlace: row.recovered_place,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    placePrecision: row.place_precision as PlacePrecision,
    recoveredBy: row.recovered_by,
    foundWithDocuments: row.found_with_documents,
    foundWithTokens: row.found_with_tokens,
    clothingNotes: row.clothing_notes,
    sex: row.sex as 'm' | 'f' | null,
    documentName: row.document_name,
    repatriatedOn: row.repatriated_on,
    exchangeEventId: row.exchange_event_id,
    identification: row.identification_status as IdentificationStatus,
    method: row.identification_method as IdentificationMethod | null,
    caseId: row.case_id,
    createdAt: row.created_at,
  };
}

function toIdentification(row: TracingIdentificationRow): IdentificationChange {
  return {
    id: row.id,
    remainsId: row.remains_id,
    status: row.identification_status as IdentificationStatus,
    method: row.method as IdentificationMethod | null,
    caseId: row.case_id,
    on: row.effective_on,
    note: row.note,
    by: row.by,
    at: row.at,
  };
}

/** The remains register: recovery records, handover to the other side, and every identification step. */
export function createTracingRemainsRepository(db: Db, dialect: DialectInfo) {
  /** Remains handed over to a party on a day (in an exchange, or on their own), with an audit entry. */
  async function handOver(
    ctx: WriteContext,
    remainsId: string,
    toPartyId: string,
    on: string,
    exchangeEventId: string | null,
  ): Promise<void> {
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable('tracing_remains')
        .set({
          held_by_party_id: toPartyId,
          repatriated_on: on,
          exchange_event_id: exchangeEventId,
          updated_at: nowIso(),
        })
        .where('id', '=', remainsId)
        .execute();
      await appendAudit(trx, dialect, ctx, {
        action: 'tracing.remains.handover',
        entityType: 'tracing_remains',
        entityId: remainsId,
        summary: { toPartyId, on, exchangeEventId },
      });
    });
  }

  const visible = (scope: PartyScope) =>
    whereVisible(db.selectFrom('tracing_remains'), scope, 'tracing_remains');

  return {
    /** Registers remains recovered by `partyId` (its liaison or the coordinator), held by `heldByPartyId`. */
    async register(
      ctx: WriteContext,
      scope: PartyScope,
      partyId: string,
      heldByPartyId: string,
      input: RemainsInput,
      opts: { at?: string } = {},
    ): Promise<Remains> {
      if (!mayWrite(scope, 'tracing_remains', partyId))
        throw new StoreError('invalid', "only the party's liaison or the coordinator registers its remains", [
          { path: 'partyId', message: 'not your party' },
        ]);
      return inTransaction(db, async (trx) => {
        const taken = await trx
          .selectFrom('tracing_remains')
          .select('id')
          .where('reference', '=', input.reference)
          .executeTakeFirst();
        if (taken)
          throw new StoreError('conflict', 'a record with this reference exists', [
            { path: 'reference', message: 'taken' },
          ]);
        const at = opts.at ?? nowIso();
        const id = randomUUID();
        await trx
          .insertInto('tracing_remains')
          .values({
            id,
            reference: input.reference.trim(),
            recovered_by_party_id: partyId,
            held_by_party_id: heldByPartyId,
            recovered_on: input.recoveredOn,
            recovered_place: input.recoveredPlace,
            latitude: input.latitude,
            longitude: input.longitude,
            place_precision: input.placePrecision,
            recovered_by: input.recoveredBy,
            found_with_documents: input.foundWithDocuments,
            found_with_tokens: input.foundWithTokens,
            clothing_notes: input.clothingNotes,
            sex: input.sex,
            document_name: input.documentName,
            repatriated_on: input.repatriatedOn,
            exchange_event_id: null,
            identification_status: 'unidentified',
            identification_method: null,
            case_id: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.remains.register',
          entityType: 'tracing_remains',
          entityId: id,
          summary: { reference: input.reference, partyId },
        });
        return toRemains(
          await trx.selectFrom('tracing_remains').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
        );
      });
    },

    /**
     * Registers many remains at once with their identification steps (a register brought in from elsewhere, the
     * demo): one audit entry for the whole batch, in the caller's transaction.
     */
    async registerMany(ctx: WriteContext, items: readonly BulkRemains[]): Promise<string[]> {
      return inTransaction(db, async (trx) => {
        const at = nowIso();
        const ids = items.map(() => randomUUID());
        await insertRows(
          trx,
          'tracing_remains',
          items.map((item, i) => {
            const latest = item.steps.reduce<BulkRemains['steps'][number] | null>(
              (last, step) => (last === null || step.on >= last.on ? step : last),
              null,
            );
            return {
              id: ids[i],
              reference: item.input.reference,
              recovered_by_party_id: item.recoveredByPartyId,
              held_by_party_id: item.heldByPartyId,
              recovered_on: item.input.recoveredOn,
              recovered_place: item.input.recoveredPlace,
              latitude: item.input.latitude,
              longitude: item.input.longitude,
              place_precision: item.input.placePrecision,
              recovered_by: item.input.recoveredBy,
              found_with_documents: item.input.foundWithDocuments,
              found_with_tokens: item.input.foundWithTokens,
              clothing_notes: item.input.clothingNotes,
              sex: item.input.sex,
              document_name: item.input.documentName,
              repatriated_on: item.input.repatriatedOn,
              exchange_event_id: null,
              identification_status: latest?.status ?? 'unidentified',
              identification_method: latest?.method ?? null,
              case_id: latest?.caseId ?? null,
              created_at: at,
              updated_at: at,
            };
          }),
        );
        await insertRows(
          trx,
          'tracing_identification',
          items.flatMap((item, i) =>
            item.steps.map((step) => ({
              id: randomUUID(),
              remains_id: ids[i],
              identification_status: step.status,
              method: step.method,
              case_id: step.caseId,
              effective_on: step.on,
              note: '',
              by_user_id: ctx.actor.userId,
              by: ctx.actor.username,
              at,
            })),
          ),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.remains.register_many',
          entityType: 'tracing_remains',
          entityId: null,
          summary: { count: items.length },
        });
        return ids;
      });
    },

    async find(scope: PartyScope, id: string): Promise<Remains | null> {
      const row = await visible(scope).selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRemains(row) : null;
    },

    async list(scope: PartyScope, filter: RemainsFilter): Promise<{ items: Remains[]; total: number }> {
      let query = visible(scope);
      if (filter.identification) query = query.where('identification_status', '=', filter.identification);
      if (filter.exchangeEventId)
        query = query.where(
          'id',
          'in',
          db
            .selectFrom('tracing_remains_transfer')
            .select('remains_id')
            .where('event_id', '=', filter.exchangeEventId),
        );
      const total = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .selectAll()
        .orderBy('recovered_on', 'desc')
        .orderBy('reference')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      return { items: rows.map(toRemains), total: toCount(total.n) };
    },

    /** Remains identified (presumed or confirmed) as the person of one of `caseIds`. */
    async forCases(caseIds: readonly string[]): Promise<Remains[]> {
      if (caseIds.length === 0) return [];
      const rows = await db
        .selectFrom('tracing_remains')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .execute();
      return rows.map(toRemains);
    },

    /** Every identification step of visible remains, oldest first. */
    async history(scope: PartyScope, id: string): Promise<IdentificationChange[]> {
      const rows = await db
        .selectFrom('tracing_identification')
        .selectAll()
        .where(
          'remains_id',
          'in',
          visible(scope).select('tracing_remains.id').where('tracing_remains.id', '=', id),
        )
        .orderBy('effective_on')
        .orderBy('at')
        .execute();
      return rows.map(toIdentification);
    },

    /** Records an identification step the domain allowed; the remains carry the latest step. */
    async identify(ctx: WriteContext, step: IdentificationStep): Promise<Remains> {
      return inTransaction(db, async (trx) => {
        const at = step.at ?? nowIso();
        const row = await trx
          .selectFrom('tracing_remains')
          .selectAll()
          .where('id', '=', step.remainsId)
          .executeTakeFirst();
        if (!row) throw new StoreError('not_found', 'no such remains', [{ path: 'id', message: 'unknown' }]);
        const latest = await trx
          .selectFrom('tracing_identification')
          .select('effective_on')
          .where('remains_id', '=', step.remainsId)
          .orderBy('effective_on', 'desc')
          .limit(1)
          .executeTakeFirst();
        // The remains carry their latest step by day: a step recorded late for an earlier day joins the history only.
        if (!latest || latest.effective_on <= step.on)
          await trx
            .updateTable('tracing_remains')
            .set({
              identification_status: step.status,
              identification_method: step.method,
              case_id: step.caseId,
              updated_at: at,
            })
            .where('id', '=', step.remainsId)
            .execute();
        await trx
          .insertInto('tracing_identification')
          .values({
            id: randomUUID(),
            remains_id: step.remainsId,
            identification_status: step.status,
            method: step.method,
            case_id: step.caseId,
            effective_on: step.on,
            note: step.note,
            by_user_id: ctx.actor.userId,
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.remains.identify',
          entityType: 'tracing_remains',
          entityId: step.remainsId,
          summary: {
            reference: row.reference,
            status: step.status,
            method: step.method,
            caseId: step.caseId,
          },
        });
        return toRemains(
          await trx
            .selectFrom('tracing_remains')
            .selectAll()
            .where('id', '=', step.remainsId)
            .executeTakeFirstOrThrow(),
        );
      });
    },

    /** Records the remains handed over to `toPartyId` on `on` (in an exchange event when given). */
    handOver,

    /** The exchanges remains were put in, the latest first, each with its exchange's day, place and status. */
    async transfers(filter: { remainsId?: string; eventId?: string }): Promise<RemainsTransfer[]> {
      let query = db
        .selectFrom('tracing_remains_transfer as t')
        .innerJoin('tracing_remains as r', 'r.id', 't.remains_id')
        .innerJoin('exchange_event as e', 'e.id', 't.event_id')
        .select([
          't.id',
          't.remains_id',
          'r.reference',
          't.event_id',
          'e.date as event_date',
          'e.place as event_place',
          'e.status as event_status',
          't.from_party_id',
          't.to_party_id',
          't.planned_by',
          't.planned_at',
          't.handed_over_at',
        ])
        .orderBy('e.date', 'desc')
        .orderBy('r.reference');
      if (filter.remainsId) query = query.where('t.remains_id', '=', filter.remainsId);
      if (filter.eventId) query = query.where('t.event_id', '=', filter.eventId);
      return (await query.execute()).map((row) => ({
        id: row.id,
        remainsId: row.remains_id,
        reference: row.reference,
        eventId: row.event_id,
        eventDate: row.event_date,
        eventPlace: row.event_place,
        eventStatus: row.event_status,
        fromPartyId: row.from_party_id,
        toPartyId: row.to_party_id,
        plannedBy: row.planned_by,
        plannedAt: row.planned_at,
        handedOverAt: row.handed_over_at,
      }));
    },

    /** Whether the remains go with an exchange not yet completed nor cancelled. */
    async inExchangeUnderWay(remainsId: string): Promise<boolean> {
      const row = await db
        .selectFrom('tracing_remains_transfer as t')
        .innerJoin('exchange_event as e', 'e.id', 't.event_id')
        .select('t.id')
        .where('t.remains_id', '=', remainsId)
        .where('t.handed_over_at', 'is', null)
        .where('e.status', 'not in', ['completed', 'cancelled'])
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Puts remains in an exchange (the domain checked remainsTransferProblem), with an audit entry. */
    async planTransfer(
      ctx: WriteContext,
      transfer: { remainsId: string; eventId: string; fromPartyId: string; toPartyId: string },
    ): Promise<void> {
      await inTransaction(db, async (trx) => {
        const id = randomUUID();
        await trx
          .insertInto('tracing_remains_transfer')
          .values({
            id,
            remains_id: transfer.remainsId,
            event_id: transfer.eventId,
            from_party_id: transfer.fromPartyId,
            to_party_id: transfer.toPartyId,
            planned_by: ctx.actor.username,
            planned_at: nowIso(),
            handed_over_at: null,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.remains.plan_handover',
          entityType: 'tracing_remains',
          entityId: transfer.remainsId,
          summary: { exchangeEventId: transfer.eventId, toPartyId: transfer.toPartyId },
        });
      });
    },

    /**
     * The exchange completed (its outcome confirmed by all): each set of remains it carried is handed over to the
     * party it went to, on the exchange's day. Returns how many.
     */
    async completeTransfers(ctx: WriteContext, eventId: string, on: string): Promise<number> {
      const planned = await db
        .selectFrom('tracing_remains_transfer')
        .select(['id', 'remains_id', 'to_party_id'])
        .where('event_id', '=', eventId)
        .where('handed_over_at', 'is', null)
        .execute();
      for (const transfer of planned) {
        await handOver(ctx, transfer.remains_id, transfer.to_party_id, on, eventId);
        await db
          .updateTable('tracing_remains_transfer')
          .set({ handed_over_at: nowIso() })
          .where('id', '=', transfer.id)
          .execute();
      }
      return planned.length;
    },

    /**
     * Every set of remains with its repatriation day and identification steps, for the counts as of any day
     * (domain `remainsCountsAsOf`): counts name no one, so every reader's counts are over all remains.
     */
    async forCounts(partyId?: string): Promise<RemainsForCounts[]> {
      let remains = db.selectFrom('tracing_remains').select(['id', 'repatriated_on']);
      if (partyId) remains = remains.where('held_by_party_id', '=', partyId);
      const rows = await remains.execute();
      const steps = await db
        .selectFrom('tracing_identification')
        .select(['remains_id', 'identification_status', 'method', 'effective_on'])
        .orderBy('effective_on')
        .execute();
      const byRemains = new Map<string, RemainsForCounts['identification']>();
      for (const s of steps) {
        const list = byRemains.get(s.remains_id) ?? [];
        list.push({
          status: s.identification_status as IdentificationStatus,
          method: s.method as IdentificationMethod | null,
          on: s.effective_on,
        });
        byRemains.set(s.remains_id, list);
      }
      return rows.map((r) => ({
        repatriatedOn: r.repatriated_on,
        identification: byRemains.get(r.id) ?? [],
      }));
    },

    /** All remains not identified for certain, for matching a case against them. */
    async unconfirmed(): Promise<Remains[]> {
      const rows = await db
        .selectFrom('tracing_remains')
        .selectAll()
        .where('identification_status', '<>', 'confirmed')
        .execute();
      return rows.map(toRemains);
    },
  };
}
