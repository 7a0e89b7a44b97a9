import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { ListEntryFields } from '../../domain/exchange/list-rows.js';
import type { MatchDecision, MatchTarget } from '../../domain/tracing/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { TracingMatchRow } from './tracing.table.js';

export interface TracingMatch {
  id: string;
  caseId: string;
  targetKind: MatchTarget;
  targetId: string;
  targetPartyId: string | null;
  targetLabel: string;
  probability: number;
  /** The engine's explanation (PairExplanation), as it gave it. */
  explanation: unknown;
  decision: MatchDecision;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface NewTracingMatch {
  targetKind: MatchTarget;
  targetId: string;
  targetPartyId: string | null;
  targetLabel: string;
  probability: number;
  explanation: unknown;
}

/** A held-list entry of a party, as the engine reads it, in the version now standing. */
export interface HeldEntry {
  id: string;
  versionId: string;
  partyId: string;
  displayName: string;
  fields: ListEntryFields;
}

function toMatch(row: TracingMatchRow): TracingMatch {
  return {
    id: row.id,
    caseId: row.case_id,
    targetKind: row.target_kind as MatchTarget,
    targetId: row.target_id,
    targetPartyId: row.target_party_id,
    targetLabel: row.target_label,
    probability: Number(row.probability),
    explanation: fromJsonText<unknown>(row.explanation, null),
    decision: row.decision as MatchDecision,
    note: row.note,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  };
}

/** The engine's candidates for cases, the coordinator's review queue, and what a case is matched against. */
export function createTracingMatchRepository(db: Db, dialect: DialectInfo) {
  return {
    /** The latest version of each held list of the parties other than `partyId`. */
    async heldVersions(partyId: string): Promise<{ versionId: string; partyId: string }[]> {
      const lists = await db
        .selectFrom('exchange_list as l')
        .innerJoin('exchange_list_version as v', 'v.list_id', 'l.id')
        .select(['v.id as versionId', 'l.party_id as partyId', 'v.number as number', 'l.id as listId'])
        .where('l.kind', '=', 'held')
        .where('l.party_id', '<>', partyId)
        .execute();
      const latest = new Map<string, { versionId: string; partyId: string; number: number }>();
      for (const v of lists) {
        const current = latest.get(v.listId);
        if (!current || Number(v.number) > current.number)
          latest.set(v.listId, { versionId: v.versionId, partyId: v.partyId, number: Number(v.number) });
      }
      return [...latest.values()].map(({ versionId, partyId: p }) => ({ versionId, partyId: p }));
    },

    async heldEntries(versionId: string, partyId: string): Promise<HeldEntry[]> {
      const rows = await db
        .selectFrom('exchange_list_entry')
        .select(['id', 'display_name', 'fields'])
        .where('version_id', '=', versionId)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        versionId,
        partyId,
        displayName: r.display_name,
        fields: fromJsonText<ListEntryFields>(r.fields, {}),
      }));
    },

    /** The exchange's persons of `partyId` (held by the other side, or handed over). */
    async exchangePersons(
      partyId: string,
    ): Promise<{ id: string; displayName: string; holdingPartyId: string | null }[]> {
      return db
        .selectFrom('exchange_person')
        .select(['id', 'display_name as displayName', 'holding_party_id as holdingPartyId'])
        .where('own_party_id', '=', partyId)
        .execute();
    },

    async exchangePersonStatus(id: string): Promise<string | null> {
      const row = await db
        .selectFrom('exchange_person')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.status ?? null;
    },

    /**
     * Replaces a case's undecided candidates by `found`; a target the coordinator already decided for this case
     * is not put back in the queue.
     */
    async replaceCandidates(caseId: string, found: readonly NewTracingMatch[]): Promise<number> {
      return inTransaction(db, async (trx) => {
        await trx
          .deleteFrom('tracing_match')
          .where('case_id', '=', caseId)
          .where('decision', '=', 'pending')
          .execute();
        const decided = new Set(
          (
            await trx
              .selectFrom('tracing_match')
              .select(['target_kind', 'target_id'])
              .where('case_id', '=', caseId)
              .execute()
          ).map((r) => `${r.target_kind}:${r.target_id}`),
        );
        const fresh = found.filter((f) => !decided.has(`${f.targetKind}:${f.targetId}`));
        const at = nowIso();
        await insertRows(
          trx,
          'tracing_match',
          fresh.map((f) => ({
            id: randomUUID(),
            case_id: caseId,
            target_kind: f.targetKind,
            target_id: f.targetId,
            target_party_id: f.targetPartyId,
            target_label: f.targetLabel,
            probability: f.probability,
            explanation: toJsonText(f.explanation),
            decision: 'pending',
            note: null,
            decided_by: null,
            decided_at: null,
            created_at: at,
          })),
        );
        return fresh.length;
      });
    },

    /** The review queue (coordinator only, by the policy): undecided candidates, most likely first. */
    async queue(scope: PartyScope, limit: number, offset: number): Promise<TracingMatch[]> {
      const rows = await whereVisible(db.selectFrom('tracing_match'), scope, 'tracing_match')
        .selectAll()
        .where('decision', '=', 'pending')
        .orderBy('probability', 'desc')
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toMatch);
    },

    async find(scope: PartyScope, id: string): Promise<TracingMatch | null> {
      const row = await whereVisible(db.selectFrom('tracing_match'), scope, 'tracing_match')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMatch(row) : null;
    },

    async decidedById(id: string): Promise<TracingMatch | null> {
      const row = await db.selectFrom('tracing_match').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMatch(row) : null;
    },

    /** The case's candidates the coordinator confirmed: what the case was found as. */
    async confirmedFor(caseId: string): Promise<TracingMatch[]> {
      const rows = await db
        .selectFrom('tracing_match')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('decision', '=', 'confirmed')
        .orderBy('decided_at')
        .execute();
      return rows.map(toMatch);
    },

    async pendingCount(caseId: string): Promise<number> {
      const rows = await db
        .selectFrom('tracing_match')
        .select('id')
        .where('case_id', '=', caseId)
        .where('decision', '=', 'pending')
        .execute();
      return rows.length;
    },

    /** Records the coordinator's decision on a pending candidate, audited. */
    async decide(
      ctx: WriteContext,
      id: string,
      decision: 'confirmed' | 'rejected',
      note: string,
    ): Promise<TracingMatch> {
      return inTransaction(db, async (trx) => {
        const updated = await trx
          .updateTable('tracing_match')
          .set({ decision, note, decided_by: ctx.actor.username, decided_at: nowIso() })
          .where('id', '=', id)
          .where('decision', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new StoreError('conflict', 'the candidate was decided meanwhile', [
            { path: 'id', message: 'decided' },
          ]);
        const row = await trx
          .selectFrom('tracing_match')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, dialect, ctx, {
          action: `tracing.match.${decision === 'confirmed' ? 'confirm' : 'reject'}`,
          entityType: 'tracing_case',
          entityId: row.case_id,
          summary: { matchId: id, targetKind: row.target_kind, probability: Number(row.probability) },
        });
        return toMatch(row);
      });
    },
  };
}
