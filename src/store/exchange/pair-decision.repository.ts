import { randomUUID } from 'node:crypto';
import type { WriteContext } from '../../domain/access/types.js';
import type { PersonSource } from '../../domain/exchange/person-changes.js';
import type { PairDecision } from '../../domain/exchange/reconciliation.js';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../domain/exchange/types.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { nowIso } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { toDecisionView } from './reconciliation.repository.js';
import type { PairDecisionView } from './reconciliation.types.js';

export interface DecisionInput {
  decision: ReviewDecision;
  note: string;
  /** The version the coordinator read (0: no decision yet). */
  version: number;
}

export type DecisionResult =
  | { ok: true; decision: PairDecisionView; runId: string; missing: PersonSource; held: PersonSource }
  | { ok: false; reason: 'stale'; current: PairDecisionView | null };

export function createPairDecisionRepository(db: Db, dialect: DialectInfo) {
  return {
    /** Every decision, keyed by the records' fingerprints, for a run to apply. */
    async all(): Promise<PairDecision[]> {
      const rows = await db
        .selectFrom('pair_decision')
        .select(['missing_key', 'held_key', 'decision'])
        .execute();
      return rows.map((row) => ({
        leftKey: row.missing_key,
        rightKey: row.held_key,
        decision: row.decision as ReviewDecision,
      }));
    },

    /**
     * Decides a pair of a run. The decision is kept by the two records' fingerprints, so it holds in later runs
     * while both records are unchanged. A stale `version` (someone decided meanwhile) changes nothing and returns
     * the decision that stands. Null when there is no such pair. On success it answers the pair's two entries as
     * person sources, for the caller to bring the persons in step in the same transaction.
     */
    async decide(ctx: WriteContext, pairId: string, input: DecisionInput): Promise<DecisionResult | null> {
      if (!(REVIEW_DECISIONS as readonly string[]).includes(input.decision)) {
        throw new StoreError('invalid', 'Unknown decision', [
          { path: 'decision', message: REVIEW_DECISIONS.join(', ') },
        ]);
      }
      return inTransaction(db, async (trx) => {
        // Only a finished run's pairs can be decided (the others are not served).
        const pair = await trx
          .selectFrom('reconciliation_pair')
          .innerJoin('reconciliation', 'reconciliation.id', 'reconciliation_pair.reconciliation_id')
          .selectAll('reconciliation_pair')
          .where('reconciliation_pair.id', '=', pairId)
          .where('reconciliation.status', '=', 'done')
          .executeTakeFirst();
        if (!pair) return null;
        const byKeys = () =>
          trx
            .selectFrom('pair_decision')
            .selectAll()
            .where('missing_key', '=', pair.missing_key)
            .where('held_key', '=', pair.held_key)
            .executeTakeFirst();
        const existing = await byKeys();
        const stale = async (): Promise<DecisionResult> => {
          const current = await byKeys();
          return { ok: false, reason: 'stale', current: current ? toDecisionView(current) : null };
        };
        if ((existing ? Number(existing.version) : 0) !== input.version) return stale();

        const decidedAt = nowIso();
        const fields = {
          decision: input.decision,
          note: input.note,
          decided_by_user_id: ctx.actor.userId,
          decided_by: ctx.actor.username,
          decided_at: decidedAt,
          version: input.version + 1,
        };
        if (existing) {
          const updated = await trx
            .updateTable('pair_decision')
            .set(fields)
            .where('id', '=', existing.id)
            .where('version', '=', input.version)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1) return stale();
        } else {
          const inserted = await trx
            .insertInto('pair_decision')
            .values({ id: randomUUID(), missing_key: pair.missing_key, held_key: pair.held_key, ...fields })
            .onConflict((oc) => oc.columns(['missing_key', 'held_key']).doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return stale();
        }

        const entries = await trx
          .selectFrom('exchange_list_entry')
          .select(['id', 'display_name'])
          .where('id', 'in', [pair.missing_entry_id, pair.held_entry_id])
          .execute();
        const nameOf = (id: string) => entries.find((e) => e.id === id)?.display_name ?? '';
        const missing: PersonSource = {
          key: pair.missing_key,
          entryId: pair.missing_entry_id,
          partyId: pair.missing_party_id,
          displayName: nameOf(pair.missing_entry_id),
        };
        const held: PersonSource = {
          key: pair.held_key,
          entryId: pair.held_entry_id,
          partyId: pair.held_party_id,
          displayName: nameOf(pair.held_entry_id),
        };
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.pair.decide',
          entityType: 'reconciliation_pair',
          entityId: pair.id,
          summary: {
            decision: input.decision,
            note: input.note,
            version: fields.version,
            ...(existing ? { previous: existing.decision } : {}),
          },
        });
        return {
          ok: true,
          decision: {
            decision: input.decision,
            note: input.note,
            decidedBy: ctx.actor.username,
            decidedAt,
            version: fields.version,
          },
          runId: pair.reconciliation_id,
          missing,
          held,
        };
      });
    },
  };
}

export type PairDecisionRepository = ReturnType<typeof createPairDecisionRepository>;
