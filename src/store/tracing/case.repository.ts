import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { mayWrite } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import { caseDisplayName } from '../../domain/tracing/case-input.js';
import { caseSeenBy } from '../../domain/tracing/sharing.js';
import type {
  AliveState,
  CaseCategory,
  CaseEvent,
  CaseInput,
  CaseNote,
  CaseStatus,
  CaseStatusChange,
  CaseView,
  CloseReason,
  DatePrecision,
  FamilyLanguage,
  PlacePrecision,
  SharingLevel,
  TracingCase,
} from '../../domain/tracing/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { TracingCaseRow, TracingCaseStatusChangeRow, TracingCaseTable } from './tracing.table.js';

export interface CaseFilter {
  status?: CaseStatus;
  partyId?: string;
  /** Matches the name as written, any part. */
  name?: string;
  limit: number;
  offset: number;
}

/** A status step to store: the domain decided it (nextCaseState); the store writes it and its history. */
export interface CaseStatusStep {
  caseId: string;
  from: CaseStatus;
  to: CaseStatus;
  aliveState: AliveState | null;
  event: CaseEvent | 'merged';
  reason: string;
  note: string;
  matchId: string | null;
  closeReason?: CloseReason | null;
  mergedIntoCaseId?: string | null;
  /** When the step happened (a demo's past); now by default. */
  at?: string;
}

export interface MatchProgress {
  state: 'idle' | 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  error: string | null;
}

export function toTracingCase(row: TracingCaseRow): TracingCase {
  return {
    id: row.id,
    reference: row.reference,
    openedByPartyId: row.opened_by_party_id,
    openedBy: row.opened_by,
    sharingLevel: row.sharing_level as SharingLevel,
    person: {
      givenName: row.given_name,
      familyName: row.family_name,
      patronymic: row.patronymic,
      fullName: row.full_name,
      sex: row.sex as 'm' | 'f' | null,
      birthDate: row.birth_date,
      birthPlace: row.birth_place,
      category: row.category as CaseCategory,
      unit: row.unit,
      rank: row.rank,
    },
    circumstances: {
      lastSeenOn: row.last_seen_on,
      lastSeenPrecision: row.last_seen_precision as DatePrecision | null,
      lastSeenPlace: row.last_seen_place,
      lastSeenPlacePrecision: row.last_seen_place_precision as PlacePrecision | null,
      note: row.circumstances_note,
    },
    enquirer: {
      name: row.enquirer_name,
      relation: row.enquirer_relation,
      contact: row.enquirer_contact,
      language: row.family_language as FamilyLanguage,
    },
    expiresOn: row.expires_on,
    status: row.status as CaseStatus,
    aliveState: row.alive_state as AliveState | null,
    closeReason: row.close_reason as CloseReason | null,
    mergedIntoCaseId: row.merged_into_case_id,
    pfifRecordId: row.pfif_record_id,
    pfifSourceDate: row.pfif_source_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toStatusChange(row: TracingCaseStatusChangeRow): CaseStatusChange {
  return {
    id: row.id,
    caseId: row.case_id,
    fromStatus: row.from_status as CaseStatus | null,
    toStatus: row.to_status as CaseStatus,
    aliveState: row.alive_state as AliveState | null,
    event: row.event as CaseStatusChange['event'],
    reason: row.reason,
    note: row.note,
    matchId: row.match_id,
    by: row.by,
    at: row.at,
  };
}

function inputColumns(input: CaseInput): Partial<TracingCaseTable> {
  const { person, circumstances, enquirer } = input;
  const trimmed = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());
  return {
    sharing_level: input.sharingLevel,
    given_name: trimmed(person.givenName),
    family_name: trimmed(person.familyName),
    patronymic: trimmed(person.patronymic),
    full_name: trimmed(person.fullName),
    display_name: caseDisplayName(person),
    sex: person.sex,
    birth_date: trimmed(person.birthDate),
    birth_place: trimmed(person.birthPlace),
    category: person.category,
    unit: trimmed(person.unit),
    rank: trimmed(person.rank),
    last_seen_on: trimmed(circumstances.lastSeenOn),
    last_seen_precision: circumstances.lastSeenPrecision,
    last_seen_place: trimmed(circumstances.lastSeenPlace),
    last_seen_place_precision: circumstances.lastSeenPlacePrecision,
    circumstances_note: trimmed(circumstances.note),
    enquirer_name: enquirer.name.trim(),
    enquirer_relation: enquirer.relation.trim(),
    enquirer_contact: trimmed(enquirer.contact),
    family_language: enquirer.language,
    expires_on: input.expiresOn,
  };
}

/**
 * Missing-person cases: opened and edited by their party's liaisons, read through the access policy (rows in SQL,
 * the family's fields by the domain's `caseSeenBy`), each status step kept with who made it and why.
 */
export function createTracingCaseRepository(db: Db, dialect: DialectInfo) {
  function visible(scope: PartyScope) {
    return whereVisible(db.selectFrom('tracing_case'), scope, 'tracing_case');
  }

  async function rowById(trx: Db, id: string): Promise<TracingCaseRow | undefined> {
    return trx.selectFrom('tracing_case').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The notes each case was imported with, in the order they were entered. */
  async function notesOf(caseIds: readonly string[]): Promise<Map<string, CaseNote[]>> {
    const found = new Map<string, CaseNote[]>();
    for (const chunk of inChunks(caseIds)) {
      const rows = await db
        .selectFrom('tracing_case_note')
        .select(['case_id', 'pfif_note_id', 'author_name', 'text', 'pfif_status', 'source_date'])
        .where('case_id', 'in', chunk)
        .orderBy('entered_at')
        .orderBy('pfif_note_id')
        .execute();
      for (const r of rows)
        found.set(r.case_id, [
          ...(found.get(r.case_id) ?? []),
          {
            pfifNoteId: r.pfif_note_id,
            authorName: r.author_name,
            text: r.text,
            status: r.pfif_status,
            sourceDate: r.source_date,
          },
        ]);
    }
    return found;
  }

  return {
    /** Opens a case for `partyId` (only its liaison may), with its first history step, audited. */
    async open(
      ctx: WriteContext,
      scope: PartyScope,
      partyId: string,
      input: CaseInput,
      opts: { at?: string; pfifRecordId?: string | null; pfifSourceDate?: string | null } = {},
    ): Promise<TracingCase> {
      if (!mayWrite(scope, 'tracing_case', partyId))
        throw new StoreError('invalid', "only the party's liaison opens its cases", [
          { path: 'partyId', message: 'not your party' },
        ]);
      return inTransaction(db, async (trx) => {
        const party = await trx
          .selectFrom('party')
          .select('code')
          .where('id', '=', partyId)
          .executeTakeFirst();
        if (!party)
          throw new StoreError('not_found', 'no such party', [{ path: 'partyId', message: 'unknown' }]);
        const count = await trx
          .selectFrom('tracing_case')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('opened_by_party_id', '=', partyId)
          .executeTakeFirstOrThrow();
        const at = opts.at ?? nowIso();
        const id = randomUUID();
        const reference = `TR-${party.code}-${String(toCount(count.n) + 1).padStart(5, '0')}`;
        await trx
          .insertInto('tracing_case')
          .values({
            ...(inputColumns(input) as TracingCaseTable),
            id,
            reference,
            opened_by_party_id: partyId,
            opened_by_user_id: ctx.actor.userId,
            opened_by: ctx.actor.username,
            status: 'open',
            alive_state: null,
            close_reason: null,
            merged_into_case_id: null,
            pfif_record_id: opts.pfifRecordId ?? null,
            pfif_source_date: opts.pfifSourceDate ?? null,
            match_state: 'idle',
            match_done: 0,
            match_total: 0,
            match_error: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await trx
          .insertInto('tracing_case_status_change')
          .values({
            id: randomUUID(),
            case_id: id,
            from_status: null,
            to_status: 'open',
            alive_state: null,
            event: 'opened',
            reason: 'caseOpened',
            note: '',
            match_id: null,
            by_user_id: ctx.actor.userId,
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.case.open',
          entityType: 'tracing_case',
          entityId: id,
          summary: { reference, partyId, sharingLevel: input.sharingLevel },
        });
        return toTracingCase((await rowById(trx, id))!);
      });
    },

    /** Rewrites what the family told (person, circumstances, enquirer, sharing); the status is not touched. */
    async edit(ctx: WriteContext, scope: PartyScope, id: string, input: CaseInput): Promise<TracingCase> {
      return inTransaction(db, async (trx) => {
        const row = await rowById(trx, id);
        if (!row || !mayWrite(scope, 'tracing_case', row.opened_by_party_id))
          throw new StoreError('not_found', 'no such case', [{ path: 'id', message: 'no such case' }]);
        await trx
          .updateTable('tracing_case')
          .set({ ...inputColumns(input), updated_at: nowIso() })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.case.edit',
          entityType: 'tracing_case',
          entityId: id,
          summary: { reference: row.reference, sharingLevel: input.sharingLevel },
        });
        return toTracingCase((await rowById(trx, id))!);
      });
    },

    /** The case as this reader may see it, or null (also for a case they may not see at all). */
    async find(scope: PartyScope, id: string): Promise<CaseView | null> {
      const row = await visible(scope).selectAll().where('id', '=', id).executeTakeFirst();
      return row ? caseSeenBy(scope, toTracingCase(row)) : null;
    },

    /** The case whole, for workflows that decide on it (matching, status); never sent as is. */
    async get(id: string): Promise<TracingCase | null> {
      const row = await rowById(db, id);
      return row ? toTracingCase(row) : null;
    },

    async list(scope: PartyScope, filter: CaseFilter): Promise<{ items: CaseView[]; total: number }> {
      let query = visible(scope);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.partyId) query = query.where('opened_by_party_id', '=', filter.partyId);
      if (filter.name) query = query.where('display_name', 'like', `%${filter.name.replace(/[%_]/g, '')}%`);
      const total = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      return {
        items: rows
          .map((row) => caseSeenBy(scope, toTracingCase(row)))
          .filter((c): c is CaseView => c !== null),
        total: toCount(total.n),
      };
    },

    /** Every status step of a visible case, oldest first. */
    async history(scope: PartyScope, id: string): Promise<CaseStatusChange[]> {
      const rows = await db
        .selectFrom('tracing_case_status_change')
        .selectAll()
        // A case keeps the histories of the duplicates merged into it.
        .where((eb) => {
          const seen = visible(scope).select('tracing_case.id').where('tracing_case.id', '=', id);
          return eb.or([
            eb('case_id', 'in', seen),
            eb(
              'case_id',
              'in',
              db
                .selectFrom('tracing_case as merged')
                .select('merged.id')
                .where('merged.merged_into_case_id', 'in', seen),
            ),
          ]);
        })
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toStatusChange);
    },

    /** Writes a step the domain allowed, with its history entry and audit, if the case still stands at `from`. */
    async changeStatus(ctx: WriteContext, step: CaseStatusStep): Promise<TracingCase> {
      return inTransaction(db, async (trx) => {
        const at = step.at ?? nowIso();
        const updated = await trx
          .updateTable('tracing_case')
          .set({
            status: step.to,
            alive_state: step.aliveState,
            close_reason: step.to === 'closed' ? (step.closeReason ?? 'other') : null,
            merged_into_case_id: step.mergedIntoCaseId ?? null,
            updated_at: nowIso(),
          })
          .where('id', '=', step.caseId)
          .where('status', '=', step.from)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new StoreError('conflict', 'the case changed meanwhile', [
            { path: 'status', message: step.from },
          ]);
        await trx
          .insertInto('tracing_case_status_change')
          .values({
            id: randomUUID(),
            case_id: step.caseId,
            from_status: step.from,
            to_status: step.to,
            alive_state: step.aliveState,
            event: step.event,
            reason: step.reason,
            note: step.note,
            match_id: step.matchId,
            by_user_id: ctx.actor.userId,
            by: ctx.actor.username,
            at,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.case.status',
          entityType: 'tracing_case',
          entityId: step.caseId,
          summary: { from: step.from, to: step.to, event: step.event, reason: step.reason },
        });
        return toTracingCase((await rowById(trx, step.caseId))!);
      });
    },

    /**
     * How many cases stood in each status at the end of `asOf`, from their history (counts name no one, whoever
     * opened the case). Optionally only one party's cases, or only the cases of the sharing levels named.
     */
    async countsByStatus(
      asOf: string,
      partyId?: string,
      sharingLevels?: readonly SharingLevel[],
    ): Promise<Record<CaseStatus, number>> {
      const end = `${asOf}T23:59:59.999Z`;
      let query = db
        .selectFrom('tracing_case_status_change as h')
        .innerJoin('tracing_case as c', 'c.id', 'h.case_id')
        .select(['h.to_status', (eb) => eb.fn.countAll().as('n')])
        .where('h.at', '<=', end)
        .where(
          sql<boolean>`not exists (select 1 from tracing_case_status_change h2 where h2.case_id = h.case_id
            and h2.at <= ${end} and (h2.at > h.at or (h2.at = h.at and h2.id > h.id)))`,
        )
        .groupBy('h.to_status');
      if (partyId) query = query.where('c.opened_by_party_id', '=', partyId);
      if (sharingLevels)
        query =
          sharingLevels.length === 0
            ? query.where(sql<boolean>`1 = 0`)
            : query.where('c.sharing_level', 'in', [...sharingLevels]);
      const counts: Record<CaseStatus, number> = {
        open: 0,
        possible_match: 0,
        located_alive: 0,
        located_dead: 0,
        closed: 0,
      };
      for (const row of await query.execute()) counts[row.to_status as CaseStatus] = toCount(row.n);
      return counts;
    },

    async setMatchProgress(id: string, progress: MatchProgress): Promise<void> {
      await db
        .updateTable('tracing_case')
        .set({
          match_state: progress.state,
          match_done: progress.done,
          match_total: progress.total,
          match_error: progress.error,
        })
        .where('id', '=', id)
        .execute();
    },

    async matchProgress(id: string): Promise<MatchProgress | null> {
      const row = await db
        .selectFrom('tracing_case')
        .select(['match_state', 'match_done', 'match_total', 'match_error'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row
        ? {
            state: row.match_state as MatchProgress['state'],
            done: Number(row.match_done),
            total: Number(row.match_total),
            error: row.match_error,
          }
        : null;
    },

    /**
     * Deletes the cases whose agreed expiry date has passed (domain isExpired: the day after it), with their
     * history, notes and candidates; identifications keep their step but no longer name the case. One audit
     * entry counts them, naming no one.
     */
    async purgeExpired(ctx: WriteContext, today: string): Promise<number> {
      return inTransaction(db, async (trx) => {
        const expired = (
          await trx.selectFrom('tracing_case').select('id').where('expires_on', '<', today).execute()
        ).map((r) => r.id);
        if (expired.length === 0) return 0;
        await trx
          .updateTable('tracing_identification')
          .set({ case_id: null })
          .where('case_id', 'in', expired)
          .execute();
        await trx.deleteFrom('tracing_case').where('id', 'in', expired).execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'tracing.case.purge',
          entityType: 'tracing_case',
          entityId: null,
          summary: { count: expired.length, expiredBefore: today },
        });
        return expired.length;
      });
    },

    /** Notes read with a case from PFIF (who said what, and when), kept beside its own history. */
    async addNotes(caseId: string, notes: readonly CaseNote[]): Promise<void> {
      const at = nowIso();
      await insertRows(
        db,
        'tracing_case_note',
        notes.map((note) => ({
          id: randomUUID(),
          case_id: caseId,
          pfif_note_id: note.pfifNoteId,
          author_name: note.authorName,
          text: note.text,
          pfif_status: note.status,
          found: null,
          source_date: note.sourceDate,
          entered_at: at,
        })),
      );
    },

    /** The notes read with a case from PFIF: by when they were stored, then by note id (one import stores many). */
    async notes(caseId: string): Promise<CaseNote[]> {
      return (await notesOf([caseId])).get(caseId) ?? [];
    },

    /**
     * Cases by id, each with its whole status history (those of duplicates merged into it too) and the notes it was
     * imported with: what an export writes, read a chunk of cases at a time rather than case by case. The caller
     * has chosen the ids through the access policy.
     */
    async withHistories(
      ids: readonly string[],
    ): Promise<{ tracingCase: TracingCase; history: CaseStatusChange[]; notes: CaseNote[] }[]> {
      const found = new Map<
        string,
        { tracingCase: TracingCase; history: CaseStatusChange[]; notes: CaseNote[] }
      >();
      for (const chunk of inChunks(ids)) {
        const rows = await db.selectFrom('tracing_case').selectAll().where('id', 'in', chunk).execute();
        // A step belongs to its own case's history, and to the history of the case it was merged into.
        const ownersOf = new Map(chunk.map((id) => [id, [id]]));
        const merged = await db
          .selectFrom('tracing_case')
          .select(['id', 'merged_into_case_id'])
          .where('merged_into_case_id', 'in', chunk)
          .execute();
        for (const m of merged)
          if (m.merged_into_case_id)
            ownersOf.set(m.id, [...(ownersOf.get(m.id) ?? []), m.merged_into_case_id]);
        const notes = await notesOf(chunk);
        for (const row of rows)
          found.set(row.id, { tracingCase: toTracingCase(row), history: [], notes: notes.get(row.id) ?? [] });
        for (const part of inChunks([...ownersOf.keys()])) {
          const changes = await db
            .selectFrom('tracing_case_status_change')
            .selectAll()
            .where('case_id', 'in', part)
            .orderBy('at')
            .orderBy('id')
            .execute();
          for (const change of changes)
            for (const owner of ownersOf.get(change.case_id) ?? [])
              found.get(owner)?.history.push(toStatusChange(change));
        }
      }
      // Histories of merged duplicates were read in parts: each in time order again, as `history` gives it.
      const byTimeThenId = (a: CaseStatusChange, b: CaseStatusChange) =>
        a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? -1 : 1;
      for (const { history } of found.values()) history.sort(byTimeThenId);
      return ids.flatMap((id) => found.get(id) ?? []);
    },

    /** Which of `references` are cases of `partyId` (a PFIF record exported under its reference). */
    async byReferences(partyId: string, references: readonly string[]): Promise<string[]> {
      if (references.length === 0) return [];
      const rows = await db
        .selectFrom('tracing_case')
        .select('reference')
        .where('opened_by_party_id', '=', partyId)
        .where('reference', 'in', references)
        .execute();
      return rows.map((r) => r.reference);
    },

    async byPfifIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('tracing_case')
        .select('pfif_record_id')
        .where('pfif_record_id', 'in', ids)
        .execute();
      return rows.map((r) => r.pfif_record_id as string);
    },

    /** Persons handed over in the exchanges of `date`, each with the party they went to (oldest first). */
    async handedOverOn(
      date: string,
    ): Promise<{ personId: string; displayName: string; toPartyId: string }[]> {
      return db
        .selectFrom('exchange_event_person as eep')
        .innerJoin('exchange_event as e', 'e.id', 'eep.event_id')
        .innerJoin('exchange_person as p', 'p.id', 'eep.person_id')
        .select(['p.id as personId', 'p.display_name as displayName', 'eep.to_party_id as toPartyId'])
        .where('e.date', '=', date)
        .orderBy('p.display_name')
        .execute();
    },

    /** Cases still searched for (open or with a candidate), every party's: what a new case is matched against. */
    async searchable(exceptId: string): Promise<TracingCase[]> {
      const rows = await db
        .selectFrom('tracing_case')
        .selectAll()
        .where('status', 'in', ['open', 'possible_match'])
        .where('id', '<>', exceptId)
        .execute();
      return rows.map(toTracingCase);
    },
  };
}
