import { type Expression, type SqlBool, sql } from 'kysely';
import { readReach } from '../../domain/access/policy.js';
import type { PartyScope } from '../../domain/access/types.js';
import { PAIR_STATUSES, type PairStatus, pairStatus } from '../../domain/exchange/discrepancy-report.js';
import type { ReviewShow } from '../../domain/exchange/reconciliation.js';
import type { ReviewDecision } from '../../domain/exchange/types.js';
import type { PairExplanation } from '../../engine/index.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { toListEntry } from './list.repository.js';
import type { ReviewKey } from './reconciliation.repository.js';
import type { PairClass, PairDecisionView, ReviewEntry } from './reconciliation.types.js';

/** One pair of a run, both entries as written, the engine's explanation, the decision and where it stands. */
export interface RunPair {
  id: string;
  probability: number;
  pairClass: PairClass;
  status: PairStatus;
  missing: ReviewEntry;
  held: ReviewEntry;
  explanation: PairExplanation | null;
  decision: PairDecisionView | null;
  version: number;
}

export type PairStatusCounts = Record<PairStatus, number>;

export interface PairsFilter {
  /** Part of either name, any case. */
  q?: string;
  status?: PairStatus;
}

export interface RunPairsPage {
  items: RunPair[];
  total: number;
  counts: PairStatusCounts;
}

export interface ReviewQueuePage {
  items: RunPair[];
  total: number;
  /** Pairs between the thresholds not decided yet, and decided ones. */
  open: number;
  decided: number;
  /** The sort key of the page's last pair when there is a page after it (keyset paging). */
  next: ReviewKey | null;
}

/** At most this many pairs go in one export; a larger run is exported by status or name. */
export const PAIRS_EXPORT_LIMIT = 100_000;

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * The pairs of a run for the coordinator: the pairs page (every pair, searched by name and filtered by status in
 * SQL, paged), its export, and the review queue (pairs between the thresholds, open or decided). Where a pair
 * stands is the domain's `pairStatus`, written here as one SQL predicate per status.
 */
export function createRunPairsRepository(db: Db, dialect: DialectInfo) {
  // SQLite's own lower() folds ASCII only; the store registers unicode_lower (db.ts) for names in any script.
  const lower = (ref: string) =>
    dialect.name === 'sqlite'
      ? sql<string>`unicode_lower(${sql.ref(ref)})`
      : sql<string>`lower(${sql.ref(ref)})`;

  const statusIs = (status: PairStatus): Expression<SqlBool> => {
    const open = sql<SqlBool>`(pair_decision.decision is null or pair_decision.decision = 'unsure')`;
    switch (status) {
      case 'confirmed':
        return sql<SqlBool>`pair_decision.decision = 'confirmed'`;
      case 'rejected':
        return sql<SqlBool>`pair_decision.decision = 'rejected'`;
      case 'matched':
        return sql<SqlBool>`reconciliation_pair.class = 'matched' and ${open}`;
      case 'to_review':
        return sql<SqlBool>`reconciliation_pair.class = 'review' and ${open}`;
    }
  };

  /**
   * A run's pairs with their decisions, for counting: no entries joined (every pair's two entries are there: a
   * reconciled version is never purged), so a count reads the pairs' index and the decisions only.
   */
  function withDecisions(runId: string) {
    return db
      .selectFrom('reconciliation_pair')
      .leftJoin('pair_decision', (join) =>
        join
          .onRef('pair_decision.missing_key', '=', 'reconciliation_pair.missing_key')
          .onRef('pair_decision.held_key', '=', 'reconciliation_pair.held_key'),
      )
      .where('reconciliation_pair.reconciliation_id', '=', runId);
  }

  function base(runId: string) {
    return db
      .selectFrom('reconciliation_pair')
      .innerJoin('exchange_list_entry as m', 'm.id', 'reconciliation_pair.missing_entry_id')
      .innerJoin('exchange_list_entry as h', 'h.id', 'reconciliation_pair.held_entry_id')
      .leftJoin('pair_decision', (join) =>
        join
          .onRef('pair_decision.missing_key', '=', 'reconciliation_pair.missing_key')
          .onRef('pair_decision.held_key', '=', 'reconciliation_pair.held_key'),
      )
      .where('reconciliation_pair.reconciliation_id', '=', runId);
  }

  function filtered(runId: string, filter: PairsFilter) {
    const q = filter.q?.trim().toLowerCase();
    return base(runId)
      .$if(!!q, (qb) => {
        const pattern = `%${q!.replace(LIKE_SPECIAL, (c) => `\\${c}`)}%`;
        return qb.where(
          sql<SqlBool>`(${lower('m.display_name')} like ${pattern} escape '\\' or ${lower('h.display_name')} like ${pattern} escape '\\')`,
        );
      })
      .$if(!!filter.status, (qb) => qb.where(statusIs(filter.status!)));
  }

  const selectPair = [
    'reconciliation_pair.id',
    'reconciliation_pair.probability',
    'reconciliation_pair.class',
    'reconciliation_pair.missing_party_id',
    'reconciliation_pair.held_party_id',
    'reconciliation_pair.explanation',
    'm.id as m_id',
    'm.version_id as m_version_id',
    'm.row_number as m_row_number',
    'm.fields as m_fields',
    'm.display_name as m_display_name',
    'm.fingerprint as m_fingerprint',
    'm.extras as m_extras',
    'h.id as h_id',
    'h.version_id as h_version_id',
    'h.row_number as h_row_number',
    'h.fields as h_fields',
    'h.display_name as h_display_name',
    'h.fingerprint as h_fingerprint',
    'h.extras as h_extras',
    'pair_decision.decision',
    'pair_decision.note',
    'pair_decision.decided_by',
    'pair_decision.decided_at',
    'pair_decision.version',
  ] as const;

  type PairRow = {
    id: string;
    probability: number;
    class: string;
    missing_party_id: string;
    held_party_id: string;
    explanation: string | null;
    decision: string | null;
    note: string | null;
    decided_by: string | null;
    decided_at: string | null;
    version: number | null;
  } & Record<
    `${'m' | 'h'}_${'id' | 'version_id' | 'fields' | 'display_name' | 'fingerprint' | 'extras'}`,
    string
  > &
    Record<`${'m' | 'h'}_row_number`, number>;

  function toRunPair(row: PairRow): RunPair {
    const side = (prefix: 'm' | 'h', partyId: string): ReviewEntry => ({
      ...toListEntry({
        id: row[`${prefix}_id`],
        version_id: row[`${prefix}_version_id`],
        row_number: row[`${prefix}_row_number`],
        fields: row[`${prefix}_fields`],
        display_name: row[`${prefix}_display_name`],
        fingerprint: row[`${prefix}_fingerprint`],
        extras: row[`${prefix}_extras`],
      }),
      partyId,
    });
    const decision: PairDecisionView | null =
      row.decision === null
        ? null
        : {
            decision: row.decision as ReviewDecision,
            note: row.note ?? '',
            decidedBy: row.decided_by ?? '',
            decidedAt: row.decided_at ?? '',
            version: toCount(row.version ?? 0),
          };
    return {
      id: row.id,
      probability: Number(row.probability),
      pairClass: row.class as PairClass,
      status: pairStatus(row.class as PairClass, decision?.decision ?? null),
      missing: side('m', row.missing_party_id),
      held: side('h', row.held_party_id),
      explanation: fromJsonText<PairExplanation | null>(row.explanation, null),
      decision,
      version: decision?.version ?? 0,
    };
  }

  /**
   * Whether this reader may read the run's pairs (the coordinator, a run that is there); a run not done yet has no
   * pairs to serve (its pairs are written under it until it is switched on): a conflict, naming its status.
   */
  async function readable(scope: PartyScope, runId: string): Promise<boolean> {
    if (readReach(scope, 'review_pair') !== 'everything') return false;
    const run = await db
      .selectFrom('reconciliation')
      .select(['id', 'status'])
      .where('id', '=', runId)
      .executeTakeFirst();
    if (!run) return false;
    if (run.status !== 'done') {
      throw new StoreError('conflict', 'The pairs of a reconciliation are served once it is done', [
        { path: 'status', message: run.status },
      ]);
    }
    return true;
  }

  async function statusCounts(runId: string, filter: PairsFilter): Promise<PairStatusCounts> {
    // A search by name needs the entries; without one, the pairs and decisions alone.
    const rows = await (filter.q?.trim() ? filtered(runId, { q: filter.q }) : withDecisions(runId))
      .select(['reconciliation_pair.class', 'pair_decision.decision', (eb) => eb.fn.countAll().as('n')])
      .groupBy(['reconciliation_pair.class', 'pair_decision.decision'])
      .execute();
    const counts = Object.fromEntries(PAIR_STATUSES.map((s) => [s, 0])) as PairStatusCounts;
    for (const row of rows) {
      counts[pairStatus(row.class as PairClass, row.decision as ReviewDecision | null)] += toCount(
        row.n as number | string | bigint,
      );
    }
    return counts;
  }

  return {
    /** Every pair of a run, best first, searched and filtered in SQL, a page at a time; null: no such run here. */
    async page(
      scope: PartyScope,
      runId: string,
      filter: PairsFilter & { offset: number; limit: number },
    ): Promise<RunPairsPage | null> {
      if (!(await readable(scope, runId))) return null;
      const counts = await statusCounts(runId, filter);
      const total = filter.status
        ? counts[filter.status]
        : PAIR_STATUSES.reduce((sum, status) => sum + counts[status], 0);
      const rows = await filtered(runId, filter)
        .select(selectPair)
        .orderBy('reconciliation_pair.probability', 'desc')
        .orderBy('reconciliation_pair.id')
        .offset(filter.offset)
        .limit(filter.limit)
        .execute();
      return { items: (rows as PairRow[]).map(toRunPair), total, counts };
    },

    /** The pairs of a run an export carries (filtered as the page is), best first; null: no such run here. */
    async all(scope: PartyScope, runId: string, filter: PairsFilter): Promise<RunPair[] | null> {
      if (!(await readable(scope, runId))) return null;
      const rows = await filtered(runId, filter)
        .select(selectPair)
        .orderBy('reconciliation_pair.probability', 'desc')
        .orderBy('reconciliation_pair.id')
        .limit(PAIRS_EXPORT_LIMIT + 1)
        .execute();
      if (rows.length > PAIRS_EXPORT_LIMIT) {
        throw new StoreError(
          'invalid',
          `More than ${PAIRS_EXPORT_LIMIT} pairs: export them by status or name`,
          [{ path: 'status', message: 'narrow the export' }],
        );
      }
      return (rows as PairRow[]).map(toRunPair);
    },

    /**
     * The review queue: pairs between the thresholds, best first. `open` (the queue) leaves out every pair decided
     * so far, `decided` brings those back; the counts of both come with each page.
     */
    async review(
      scope: PartyScope,
      runId: string,
      page: { offset?: number; limit: number; show: ReviewShow; after?: ReviewKey },
    ): Promise<ReviewQueuePage | null> {
      if (!(await readable(scope, runId))) return null;
      const inReview = () => base(runId).where('reconciliation_pair.class', '=', 'review');
      const tally = await withDecisions(runId)
        .where('reconciliation_pair.class', '=', 'review')
        .select((eb) => [eb.fn.countAll().as('all'), eb.fn.count('pair_decision.decision').as('decided')])
        .executeTakeFirstOrThrow();
      const all = toCount(tally.all as number | string | bigint);
      const decided = toCount(tally.decided as number | string | bigint);
      // Keyset on (probability descending, id) after `after`; `offset` is kept for older callers.
      const after = page.after;
      const rows = await inReview()
        .$if(page.show === 'open', (qb) => qb.where('pair_decision.decision', 'is', null))
        .$if(page.show === 'decided', (qb) => qb.where('pair_decision.decision', 'is not', null))
        .$if(!!after, (qb) =>
          qb.where((eb) =>
            eb.or([
              eb('reconciliation_pair.probability', '<', after!.probability),
              eb.and([
                eb('reconciliation_pair.probability', '=', after!.probability),
                eb('reconciliation_pair.id', '>', after!.id),
              ]),
            ]),
          ),
        )
        .select(selectPair)
        .orderBy('reconciliation_pair.probability', 'desc')
        .orderBy('reconciliation_pair.id')
        .$if(!after && (page.offset ?? 0) > 0, (qb) => qb.offset(page.offset!))
        .limit(page.limit + 1)
        .execute();
      const items = (rows.slice(0, page.limit) as PairRow[]).map(toRunPair);
      const last = items[items.length - 1];
      const next = rows.length > page.limit && last ? { probability: last.probability, id: last.id } : null;
      const open = all - decided;
      const total = page.show === 'open' ? open : page.show === 'decided' ? decided : all;
      return { items, total, open, decided, next };
    },

    /** How many pairs of a run stand in each status (the run page's pair counts); null: no such run here. */
    async counts(scope: PartyScope, runId: string): Promise<PairStatusCounts | null> {
      if (!(await readable(scope, runId))) return null;
      return statusCounts(runId, {});
    },
  };
}

export type RunPairsRepository = ReturnType<typeof createRunPairsRepository>;
