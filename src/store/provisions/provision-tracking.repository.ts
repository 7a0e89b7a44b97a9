import { randomUUID } from 'node:crypto';
import { mayWrite } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { LocalisedText } from '../../domain/agreements/types.js';
import type {
  EvidenceKind,
  EvidenceLink,
  ImplementationLevel,
  PartyPosition,
  ProvisionAssessment,
  ProvisionDeadline,
  ProvisionEvidence,
} from '../../domain/provisions/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toCount, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type {
  ProvisionAssessmentRow,
  ProvisionDeadlineRow,
  ProvisionEvidenceRow,
  ProvisionPositionRow,
} from './provision-tracking.table.js';

/** A provision with what checking a write to it needs: its agreement's signature day and who is responsible. */
export interface ProvisionContext {
  id: string;
  agreementId: string;
  number: number;
  signedOn: string;
  responsiblePartyIds: string[];
}

export interface NewAssessment {
  provisionId: string;
  level: ImplementationLevel;
  effectiveOn: string;
  rationale: string;
}

export interface NewPosition {
  provisionId: string;
  partyId: string;
  level: ImplementationLevel | null;
  statement: string;
  statedOn: string;
}

function toAssessment(row: ProvisionAssessmentRow): ProvisionAssessment {
  return {
    id: row.id,
    provisionId: row.provision_id,
    level: Number(row.level) as ImplementationLevel,
    effectiveOn: row.effective_on,
    rationale: row.rationale,
    authorId: row.author_id,
    author: row.author,
    recordedAt: row.recorded_at,
  };
}

function toDeadline(row: ProvisionDeadlineRow): ProvisionDeadline {
  return {
    id: row.id,
    provisionId: row.provision_id,
    dueOn: row.due_on,
    description: fromJsonText<LocalisedText>(row.description, { en: '' }),
    metOn: row.met_on,
  };
}

function toPosition(row: ProvisionPositionRow): PartyPosition {
  return {
    id: row.id,
    provisionId: row.provision_id,
    partyId: row.party_id,
    level: row.level === null ? null : (Number(row.level) as ImplementationLevel),
    statement: row.statement,
    statedOn: row.stated_on,
    author: row.author,
    recordedAt: row.recorded_at,
  };
}

/**
 * A provision's implementation: assessments, deadlines, parties' positions and evidence. Assessments and deadlines
 * are read by every role (the agreement is public); positions and evidence go through the access policy.
 */
export function createProvisionTrackingRepository(db: Db, dialect: DialectInfo) {
  async function evidenceRows(trx: Db, links: ProvisionEvidenceRow[]): Promise<ProvisionEvidence[]> {
    const exchangeIds = links
      .filter((l) => l.record_kind === 'exchange_event' && l.record_id)
      .map((l) => l.record_id!);
    const events = new Map<string, { date: string; place: string; complete: boolean }>();
    const counts = new Map<string, { partyId: string; count: number }[]>();
    for (const ids of inChunks([...new Set(exchangeIds)])) {
      for (const e of await trx.selectFrom('exchange_event').selectAll().where('id', 'in', ids).execute())
        events.set(e.id, { date: e.date, place: e.place, complete: e.completed_at !== null });
      const tallies = await trx
        .selectFrom('exchange_event_person')
        .select(['event_id', 'to_party_id', (eb) => eb.fn.countAll().as('n')])
        .where('event_id', 'in', ids)
        .groupBy(['event_id', 'to_party_id'])
        .orderBy('to_party_id')
        .execute();
      for (const t of tallies)
        counts.set(t.event_id, [
          ...(counts.get(t.event_id) ?? []),
          { partyId: t.to_party_id, count: toCount(t.n) },
        ]);
    }
    return links.map((row) => {
      const event =
        row.record_kind === 'exchange_event' && row.record_id ? events.get(row.record_id) : undefined;
      return {
        id: row.id,
        provisionId: row.provision_id,
        assessmentId: row.assessment_id,
        kind: row.record_kind as EvidenceKind,
        recordId: row.record_id,
        note: row.note,
        addedBy: row.added_by,
        addedAt: row.added_at,
        exchange: event ? { ...event, personsTo: counts.get(row.record_id!) ?? [] } : null,
      };
    });
  }

  async function insertEvidence(
    trx: Db,
    ctx: WriteContext,
    provisionId: string,
    assessmentId: string | null,
    links: readonly EvidenceLink[],
  ): Promise<string[]> {
    const at = nowIso();
    const rows = links.map((link) => ({
      id: randomUUID(),
      provision_id: provisionId,
      assessment_id: assessmentId,
      record_kind: link.kind,
      record_id: link.recordId,
      note: link.note,
      added_by: ctx.actor.username,
      added_at: at,
    }));
    await insertRows(trx, 'provision_evidence', rows);
    return rows.map((r) => r.id);
  }

  return {
    async provisionContext(provisionId: string): Promise<ProvisionContext | null> {
      const row = await db
        .selectFrom('provision')
        .innerJoin('agreement', 'agreement.id', 'provision.agreement_id')
        .select([
          'provision.id',
          'provision.agreement_id',
          'provision.number',
          'provision.responsible_party_ids',
          'agreement.signed_on',
        ])
        .where('provision.id', '=', provisionId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        agreementId: row.agreement_id,
        number: Number(row.number),
        signedOn: row.signed_on,
        responsiblePartyIds: fromJsonText<string[]>(row.responsible_party_ids, []),
      };
    },

    /** Every assessment of the given provisions, in the order they hold and were written. */
    async assessments(provisionIds: readonly string[]): Promise<ProvisionAssessment[]> {
      const found: ProvisionAssessment[] = [];
      for (const ids of inChunks([...provisionIds])) {
        const rows = await db
          .selectFrom('provision_assessment')
          .selectAll()
          .where('provision_id', 'in', ids)
          .orderBy('effective_on')
          .orderBy('recorded_at')
          .execute();
        found.push(...rows.map(toAssessment));
      }
      return found.sort(
        (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.recordedAt.localeCompare(b.recordedAt),
      );
    },

    async deadlines(provisionIds: readonly string[]): Promise<ProvisionDeadline[]> {
      const found: ProvisionDeadline[] = [];
      for (const ids of inChunks([...provisionIds])) {
        const rows = await db
          .selectFrom('provision_deadline')
          .selectAll()
          .where('provision_id', 'in', ids)
          .orderBy('due_on')
          .orderBy('id')
          .execute();
        found.push(...rows.map(toDeadline));
      }
      return found.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    },

    async deadlineById(deadlineId: string): Promise<ProvisionDeadline | null> {
      const row = await db
        .selectFrom('provision_deadline')
        .selectAll()
        .where('id', '=', deadlineId)
        .executeTakeFirst();
      return row ? toDeadline(row) : null;
    },

    /** Parties' stated positions on the given provisions, newest first per provision. */
    async positions(scope: PartyScope, provisionIds: readonly string[]): Promise<PartyPosition[]> {
      const found: PartyPosition[] = [];
      for (const ids of inChunks([...provisionIds])) {
        const rows = await whereVisible(
          db.selectFrom('provision_position').selectAll(),
          scope,
          'provision_position',
        )
          .where('provision_id', 'in', ids)
          .orderBy('stated_on', 'desc')
          .orderBy('recorded_at', 'desc')
          .execute();
        found.push(...rows.map(toPosition));
      }
      return found;
    },

    /** The evidence of a provision this reader may see, newest first, with counts computed from linked records. */
    async evidence(scope: PartyScope, provisionId: string): Promise<ProvisionEvidence[]> {
      const rows = await whereVisible(
        db.selectFrom('provision_evidence').selectAll(),
        scope,
        'provision_evidence',
      )
        .where('provision_id', '=', provisionId)
        .orderBy('added_at', 'desc')
        .orderBy('id')
        .execute();
      return evidenceRows(db, rows);
    },

    /** Evidence counts per provision that this reader may see (the dashboard's column). */
    async evidenceCounts(scope: PartyScope, provisionIds: readonly string[]): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const ids of inChunks([...provisionIds])) {
        const rows = await whereVisible(
          db
            .selectFrom('provision_evidence')
            .select(['provision_id', (eb) => eb.fn.countAll().as('n')])
            .groupBy('provision_id'),
          scope,
          'provision_evidence',
        )
          .where('provision_id', 'in', ids)
          .execute();
        for (const row of rows) counts.set(row.provision_id, toCount(row.n));
      }
      return counts;
    },

    /** Which of the given records exist, as `kind:id` keys (kinds whose module is not in Parley have none). */
    async existingRecords(links: readonly EvidenceLink[]): Promise<Set<string>> {
      const found = new Set<string>();
      const ids = (kind: EvidenceKind) => [
        ...new Set(links.filter((l) => l.kind === kind && l.recordId).map((l) => l.recordId!)),
      ];
      for (const chunk of inChunks(ids('exchange_event'))) {
        const rows = await db.selectFrom('exchange_event').select('id').where('id', 'in', chunk).execute();
        for (const row of rows) found.add(`exchange_event:${row.id}`);
      }
      for (const chunk of inChunks(ids('incident'))) {
        const rows = await db.selectFrom('incident').select('id').where('id', 'in', chunk).execute();
        for (const row of rows) found.add(`incident:${row.id}`);
      }
      for (const chunk of inChunks(ids('movement'))) {
        const rows = await db.selectFrom('corridor_movement').select('id').where('id', 'in', chunk).execute();
        for (const row of rows) found.add(`movement:${row.id}`);
      }
      for (const chunk of inChunks(ids('returns'))) {
        const rows = await db.selectFrom('return_count').select('id').where('id', 'in', chunk).execute();
        for (const row of rows) found.add(`returns:${row.id}`);
      }
      return found;
    },

    /** Writes an assessment and the evidence given with it, with one audit entry. */
    async recordAssessment(
      ctx: WriteContext,
      input: NewAssessment,
      evidence: readonly EvidenceLink[],
    ): Promise<ProvisionAssessment> {
      return inTransaction(db, async (trx) => {
        const row: ProvisionAssessmentRow = {
          id: randomUUID(),
          provision_id: input.provisionId,
          level: input.level,
          effective_on: input.effectiveOn,
          rationale: input.rationale,
          author_id: ctx.actor.userId,
          author: ctx.actor.username,
          recorded_at: nowIso(),
        };
        await trx.insertInto('provision_assessment').values(row).execute();
        const evidenceIds = await insertEvidence(trx, ctx, input.provisionId, row.id, evidence);
        await appendAudit(trx, dialect, ctx, {
          action: 'provision.assess',
          entityType: 'provision',
          entityId: input.provisionId,
          summary: { level: input.level, effectiveOn: input.effectiveOn, evidence: evidenceIds.length },
        });
        return toAssessment(row);
      });
    },

    /** Writes a party's position; only that party's liaison may (the policy's write table). */
    async statePosition(ctx: WriteContext, scope: PartyScope, input: NewPosition): Promise<PartyPosition> {
      if (!mayWrite(scope, 'provision_position', input.partyId))
        throw new StoreError('invalid', "Only a party's liaison states its position", [
          { path: 'partyId', message: 'not your party' },
        ]);
      return inTransaction(db, async (trx) => {
        const row: ProvisionPositionRow = {
          id: randomUUID(),
          provision_id: input.provisionId,
          party_id: input.partyId,
          level: input.level,
          statement: input.statement,
          stated_on: input.statedOn,
          author_id: ctx.actor.userId,
          author: ctx.actor.username,
          recorded_at: nowIso(),
        };
        await trx.insertInto('provision_position').values(row).execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'provision.position',
          entityType: 'provision',
          entityId: input.provisionId,
          summary: { partyId: input.partyId, level: input.level, statedOn: input.statedOn },
        });
        return toPosition(row);
      });
    },

    async addEvidence(
      ctx: WriteContext,
      provisionId: string,
      links: readonly EvidenceLink[],
    ): Promise<string[]> {
      return inTransaction(db, async (trx) => {
        const ids = await insertEvidence(trx, ctx, provisionId, null, links);
        await appendAudit(trx, dialect, ctx, {
          action: 'provision.evidence',
          entityType: 'provision',
          entityId: provisionId,
          summary: { added: ids.length, kinds: [...new Set(links.map((l) => l.kind))] },
        });
        return ids;
      });
    },

    async addDeadline(
      ctx: WriteContext,
      input: { provisionId: string; dueOn: string; description: LocalisedText; metOn: string | null },
    ): Promise<ProvisionDeadline> {
      return inTransaction(db, async (trx) => {
        const row: ProvisionDeadlineRow = {
          id: randomUUID(),
          provision_id: input.provisionId,
          due_on: input.dueOn,
          description: toJsonText(input.description),
          met_on: input.metOn,
        };
        await trx.insertInto('provision_deadline').values(row).execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'provision.deadline',
          entityType: 'provision',
          entityId: input.provisionId,
          summary: { deadlineId: row.id, dueOn: input.dueOn, metOn: input.metOn },
        });
        return toDeadline(row);
      });
    },

    async markDeadlineMet(
      ctx: WriteContext,
      deadlineId: string,
      metOn: string | null,
    ): Promise<ProvisionDeadline> {
      return inTransaction(db, async (trx) => {
        await trx
          .updateTable('provision_deadline')
          .set({ met_on: metOn })
          .where('id', '=', deadlineId)
          .execute();
        const row = await trx
          .selectFrom('provision_deadline')
          .selectAll()
          .where('id', '=', deadlineId)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, dialect, ctx, {
          action: 'provision.deadline_met',
          entityType: 'provision',
          entityId: row.provision_id,
          summary: { deadlineId, metOn },
        });
        return toDeadline(row);
      });
    },
  };
}

export type ProvisionTrackingRepository = ReturnType<typeof createProvisionTrackingRepository>;
