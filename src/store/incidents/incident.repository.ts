import { randomUUID } from 'node:crypto';
import { mayWrite } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import { partiesConcerned } from '../../domain/incidents/incident-parties.js';
import type {
  AccountSource,
  Casualties,
  Incident,
  IncidentAccount,
  IncidentEvent,
  IncidentKind,
  IncidentObservation,
  IncidentStatus,
  IncidentStatusStep,
  PlacePrecision,
  TimePrecision,
} from '../../domain/incidents/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { IncidentAccountRow, IncidentRow } from './incident.table.js';

/** An account as written: what was observed, by whom it was seen to be done, and on what sources. */
export interface NewIncidentAccount extends IncidentObservation {
  actorPartyIds: string[];
  sources: string[];
}

type Details = Pick<
  IncidentObservation,
  'explosionType' | 'shotType' | 'count' | 'observedBy' | 'direction' | 'distanceKm' | 'weapon' | 'calibreMm'
>;

const sourceKey = (partyId: string | null) => (partyId === null ? 'monitor' : `party:${partyId}`);

function toIncident(row: IncidentRow, partyIds: string[]): Incident {
  return {
    id: row.id,
    status: row.status as IncidentStatus,
    kind: row.kind as IncidentKind,
    occurredAt: row.occurred_at,
    placeId: row.place_id,
    reportingPartyId: row.reporting_party_id,
    reportedBy: row.reported_by,
    reportedAt: row.reported_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    partyIds,
  };
}

function toAccount(row: IncidentAccountRow): IncidentAccount {
  const details = fromJsonText<Details>(row.details, {});
  return {
    id: row.id,
    incidentId: row.incident_id,
    source: (row.party_id === null ? 'monitor' : 'party') as AccountSource,
    partyId: row.party_id,
    kind: row.kind as IncidentKind,
    occurredAt: row.occurred_at,
    timePrecision: row.time_precision as TimePrecision,
    place: {
      placeId: row.place_id,
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
      precision: row.place_precision as PlacePrecision,
    },
    ...details,
    casualties: fromJsonText<Casualties>(row.casualties, {}),
    description: row.description,
    actorPartyIds: fromJsonText<string[]>(row.actor_party_ids, []),
    sources: fromJsonText<string[]>(row.sources, []),
    author: row.author,
    recordedAt: row.recorded_at,
  };
}

function accountRow(
  incidentId: string,
  partyId: string | null,
  account: NewIncidentAccount,
  author: string,
  at: string,
): IncidentAccountRow {
  const details: Details = {
    explosionType: account.explosionType,
    shotType: account.shotType,
    count: account.count,
    observedBy: account.observedBy,
    direction: account.direction,
    distanceKm: account.distanceKm,
    weapon: account.weapon,
    calibreMm: account.calibreMm,
  };
  return {
    id: randomUUID(),
    incident_id: incidentId,
    source_key: sourceKey(partyId),
    party_id: partyId,
    kind: account.kind,
    occurred_at: new Date(account.occurredAt).toISOString(),
    time_precision: account.timePrecision,
    place_id: account.place.placeId,
    latitude: account.place.latitude,
    longitude: account.place.longitude,
    place_precision: account.place.precision,
    details: toJsonText(details),
    casualties: toJsonText(account.casualties),
    description: account.description,
    actor_party_ids: toJsonText(account.actorPartyIds),
    sources: toJsonText(account.sources),
    author,
    recorded_at: at,
  };
}

/**
 * Incidents and their accounts, read through the access policy (`incident`, `incident_account`): observers see
 * published ones only, a liaison those that concern its party, and of the accounts its own party's claim until
 * publication.
 */
export function createIncidentRepository(db: Db, dialect: DialectInfo) {
  async function partiesOf(trx: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (ids.length === 0) return found;
    const rows = await trx
      .selectFrom('incident_party')
      .select(['incident_id', 'party_id'])
      .where('incident_id', 'in', [...ids])
      .orderBy('party_id')
      .execute();
    for (const row of rows) found.set(row.incident_id, [...(found.get(row.incident_id) ?? []), row.party_id]);
    return found;
  }

  async function syncParties(trx: Db, incidentId: string): Promise<void> {
    const incident = await trx
      .selectFrom('incident')
      .selectAll()
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    const accounts = await trx
      .selectFrom('incident_account')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .execute();
    const wanted = partiesConcerned(incident.reporting_party_id, accounts.map(toAccount));
    await trx.deleteFrom('incident_party').where('incident_id', '=', incidentId).execute();
    await insertRows(
      trx,
      'incident_party',
      wanted.map((partyId) => ({ incident_id: incidentId, party_id: partyId })),
    );
  }

  return {
    /** The incidents this reader may see, newest report first (at most `limit`). */
    async list(
      scope: PartyScope,
      filter: { status?: IncidentStatus; occurredOn?: string; limit?: number } = {},
    ): Promise<Incident[]> {
      let query = whereVisible(db.selectFrom('incident').selectAll(), scope, 'incident');
      if (filter.status) query = query.where('status', '=', filter.status);
      // One UTC day: from its first instant to the next day's (times are stored as UTC ISO text).
      if (filter.occurredOn) {
        const next = new Date(Date.parse(`${filter.occurredOn}T00:00:00Z`) + 86_400_000).toISOString();
        query = query
          .where('occurred_at', '>=', `${filter.occurredOn}T00:00:00`)
          .where('occurred_at', '<', next.slice(0, 19));
      }
      const rows = await query
        .orderBy('reported_at', 'desc')
        .orderBy('id')
        .limit(filter.limit ?? 500)
        .execute();
      const parties = await partiesOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toIncident(row, parties.get(row.id) ?? []));
    },

    /** Counts of the visible incidents by week of occurrence (Monday, computed by the caller) and status. */
    async occurrences(
      scope: PartyScope,
      since: string,
    ): Promise<{ occurredAt: string; status: IncidentStatus }[]> {
      const rows = await whereVisible(
        db.selectFrom('incident').select(['occurred_at', 'status']),
        scope,
        'incident',
      )
        .where('occurred_at', '>=', since)
        .orderBy('occurred_at')
        .execute();
      return rows.map((r) => ({ occurredAt: r.occurred_at, status: r.status as IncidentStatus }));
    },

    async findById(scope: PartyScope, id: string): Promise<Incident | null> {
      const row = await whereVisible(db.selectFrom('incident').selectAll(), scope, 'incident')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return toIncident(row, (await partiesOf(db, [id])).get(id) ?? []);
    },

    /** The accounts of an incident this reader may see: the monitor's finding first, then parties' claims. */
    async accounts(scope: PartyScope, incidentId: string): Promise<IncidentAccount[]> {
      const rows = await whereVisible(
        db.selectFrom('incident_account').selectAll(),
        scope,
        'incident_account',
      )
        .where('incident_id', '=', incidentId)
        .orderBy('source_key', 'desc')
        .execute();
      return rows.map(toAccount);
    },

    /** Whether the monitor has recorded a finding on the incident (whoever asks: the workflow's own check). */
    async hasFinding(incidentId: string): Promise<boolean> {
      const row = await db
        .selectFrom('incident_account')
        .select('id')
        .where('incident_id', '=', incidentId)
        .where('source_key', '=', 'monitor')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Published incidents with the monitor's finding, oldest first: the rows of the ACLED-style export. */
    async publishedFindings(): Promise<{ incident: Incident; finding: IncidentAccount }[]> {
      const rows = await db
        .selectFrom('incident')
        .innerJoin('incident_account', 'incident_account.incident_id', 'incident.id')
        .selectAll('incident_account')
        .select([
          'incident.status',
          'incident.kind as incident_kind',
          'incident.occurred_at as incident_occurred_at',
          'incident.place_id as incident_place_id',
          'incident.reporting_party_id',
          'incident.reported_by',
          'incident.reported_at',
          'incident.updated_at',
          'incident.published_at',
        ])
        .where('incident.status', '=', 'published')
        .where('incident_account.source_key', '=', 'monitor')
        .orderBy('incident_account.occurred_at')
        .orderBy('incident.id')
        .execute();
      return rows.map((row) => ({
        incident: toIncident(
          {
            id: row.incident_id,
            status: row.status,
            kind: row.incident_kind,
            occurred_at: row.incident_occurred_at,
            place_id: row.incident_place_id,
            reporting_party_id: row.reporting_party_id,
            reported_by: row.reported_by,
            reported_at: row.reported_at,
            updated_at: row.updated_at,
            published_at: row.published_at,
          },
          [],
        ),
        finding: toAccount(row),
      }));
    },

    async history(incidentId: string): Promise<IncidentStatusStep[]> {
      const rows = await db
        .selectFrom('incident_status_change')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        event: r.event as IncidentEvent | null,
        toStatus: r.to_status as IncidentStatus,
        note: r.note,
        by: r.by,
        at: r.at,
      }));
    },

    /**
     * Records a new incident with its first account: a party's claim (`partyId`, which must be the writer's
     * own party) or the monitor's finding (`partyId` null).
     */
    async report(
      ctx: WriteContext,
      scope: PartyScope,
      partyId: string | null,
      account: NewIncidentAccount,
      at: string = nowIso(),
    ): Promise<string> {
      if (partyId !== null && !mayWrite(scope, 'incident_account', partyId))
        throw new StoreError('invalid', "Only a party's liaison reports for it", [
          { path: 'partyId', message: 'not your party' },
        ]);
      return inTransaction(db, async (trx) => {
        const id = randomUUID();
        await trx
          .insertInto('incident')
          .values({
            id,
            status: 'reported',
            kind: account.kind,
            occurred_at: new Date(account.occurredAt).toISOString(),
            place_id: account.place.placeId,
            reporting_party_id: partyId,
            reported_by: ctx.actor.username,
            reported_at: at,
            updated_at: at,
            published_at: null,
          })
          .execute();
        await trx
          .insertInto('incident_account')
          .values(accountRow(id, partyId, account, ctx.actor.username, at))
          .execute();
        await syncParties(trx, id);
        await trx
          .insertInto('incident_status_change')
          .values({
            id: randomUUID(),
            incident_id: id,
            event: null,
            to_status: 'reported',
            note: '',
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'incident.report',
          entityType: 'incident',
          entityId: id,
          summary: { kind: account.kind, occurredAt: account.occurredAt, partyId },
        });
        return id;
      });
    },

    /**
     * Writes (or rewrites) one source's account of an incident: a party's claim, written only by that party's
     * liaison, or the monitor's finding (`partyId` null). Accounts of other sources are untouched.
     */
    async putAccount(
      ctx: WriteContext,
      scope: PartyScope,
      incidentId: string,
      partyId: string | null,
      account: NewIncidentAccount,
      at: string = nowIso(),
    ): Promise<void> {
      if (partyId !== null && !mayWrite(scope, 'incident_account', partyId))
        throw new StoreError('invalid', "Only a party's liaison writes its claim", [
          { path: 'partyId', message: 'not your party' },
        ]);
      await inTransaction(db, async (trx) => {
        await trx
          .deleteFrom('incident_account')
          .where('incident_id', '=', incidentId)
          .where('source_key', '=', sourceKey(partyId))
          .execute();
        await trx
          .insertInto('incident_account')
          .values(accountRow(incidentId, partyId, account, ctx.actor.username, at))
          .execute();
        await trx.updateTable('incident').set({ updated_at: at }).where('id', '=', incidentId).execute();
        await syncParties(trx, incidentId);
        await appendAudit(trx, dialect, ctx, {
          action: partyId === null ? 'incident.finding' : 'incident.claim',
          entityType: 'incident',
          entityId: incidentId,
          summary: { partyId, kind: account.kind, occurredAt: account.occurredAt },
        });
      });
    },

    /** Moves an incident from `from` to `to`; false when its status is no longer `from` (someone else moved it). */
    async changeStatus(
      ctx: WriteContext,
      incidentId: string,
      change: { from: IncidentStatus; to: IncidentStatus; event: IncidentEvent; note: string },
      at: string = nowIso(),
    ): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const result = await trx
          .updateTable('incident')
          .set({
            status: change.to,
            updated_at: at,
            ...(change.to === 'published' ? { published_at: at } : {}),
          })
          .where('id', '=', incidentId)
          .where('status', '=', change.from)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx
          .insertInto('incident_status_change')
          .values({
            id: randomUUID(),
            incident_id: incidentId,
            event: change.event,
            to_status: change.to,
            note: change.note,
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'incident.status',
          entityType: 'incident',
          entityId: incidentId,
          summary: { event: change.event, from: change.from, to: change.to },
        });
        return true;
      });
    },
  };
}

export type IncidentRepository = ReturnType<typeof createIncidentRepository>;
