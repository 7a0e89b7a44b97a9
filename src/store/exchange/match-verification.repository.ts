import { sql } from 'kysely';
import { readReach } from '../../domain/access/policy.js';
import type { PartyScope } from '../../domain/access/types.js';
import type { ReviewDecision } from '../../domain/exchange/types.js';
import { visibleRows } from '../access/where-visible.js';
import { toCount } from '../normalise.js';
import type { Db } from '../transaction.js';

/** A located person joined to a pair of a run by the pair's record keys, with the pair's class and decision. */
export interface LocatedMatch {
  personId: string;
  displayName: string;
  pairClass: 'matched' | 'review';
  decision: ReviewDecision | null;
}

/** What the plan needs of a run's pairs: which located persons they join, and how many still wait for a decision. */
export function createMatchVerificationRepository(db: Db) {
  return {
    /** The located persons a pair of `runId` joins (claim and holding), for the reader who sees review pairs. */
    async locatedMatches(scope: PartyScope, runId: string): Promise<LocatedMatch[]> {
      if (readReach(scope, 'review_pair') !== 'everything') return [];
      const rows = await db
        .selectFrom('exchange_person')
        .innerJoin('reconciliation_pair as rp', (join) =>
          join
            .onRef('rp.missing_key', '=', 'exchange_person.missing_key')
            .onRef('rp.held_key', '=', 'exchange_person.held_key'),
        )
        .leftJoin('pair_decision as d', (join) =>
          join.onRef('d.missing_key', '=', 'rp.missing_key').onRef('d.held_key', '=', 'rp.held_key'),
        )
        .select([
          'exchange_person.id as personId',
          'exchange_person.display_name as displayName',
          'rp.class as pairClass',
          'd.decision as decision',
        ])
        .where(visibleRows(scope, 'exchange_person'))
        .where('rp.reconciliation_id', '=', runId)
        .where('exchange_person.status', '=', 'located')
        .orderBy('exchange_person.display_name')
        .orderBy('exchange_person.id')
        .execute();
      return rows.map((r) => ({
        personId: r.personId,
        displayName: r.displayName,
        pairClass: r.pairClass as LocatedMatch['pairClass'],
        decision: (r.decision ?? null) as ReviewDecision | null,
      }));
    },

    /**
     * How many located persons a pair of `runId` joins that may be verified at once: the domain's isVerifiableMatch
     * (a confirmed pair, or an automatic match no one decided), written here as one SQL predicate, so that the plan
     * counts them without reading every match.
     */
    async verifiableMatchCount(scope: PartyScope, runId: string): Promise<number> {
      if (readReach(scope, 'review_pair') !== 'everything') return 0;
      // A person counted once however many pairs join it: a semi-join, read from covering indexes alone.
      const row = await db
        .selectFrom('exchange_person')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(visibleRows(scope, 'exchange_person'))
        .where('exchange_person.status', '=', 'located')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('reconciliation_pair as rp')
              .leftJoin('pair_decision as d', (join) =>
                join.onRef('d.missing_key', '=', 'rp.missing_key').onRef('d.held_key', '=', 'rp.held_key'),
              )
              .select(sql`1`.as('one'))
              .where('rp.reconciliation_id', '=', runId)
              .whereRef('rp.missing_key', '=', 'exchange_person.missing_key')
              .whereRef('rp.held_key', '=', 'exchange_person.held_key')
              .where((inner) =>
                inner.or([
                  inner('d.decision', '=', 'confirmed'),
                  inner.and([inner('rp.class', '=', 'matched'), inner('d.decision', 'is', null)]),
                ]),
              ),
          ),
        )
        .executeTakeFirstOrThrow();
      return toCount(row.n as number | string | bigint);
    },

    /** The count of writes to the persons and what the plan reads with them (kept by triggers): see `persons`. */
    async personsVersion(): Promise<string> {
      const row = await db
        .selectFrom('exchange_data_version')
        .select('version')
        .where('name', '=', 'persons')
        .executeTakeFirst();
      return String(row?.version ?? 0);
    },

    /** How many persons this reader sees are located and not verified yet. */
    async locatedCount(scope: PartyScope): Promise<number> {
      const row = await db
        .selectFrom('exchange_person')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(visibleRows(scope, 'exchange_person'))
        .where('status', '=', 'located')
        .executeTakeFirstOrThrow();
      return toCount(row.n as number | string | bigint);
    },

    /** Pairs of `runId` the engine left for review that no one has decided yet. */
    async undecidedReviewPairs(scope: PartyScope, runId: string): Promise<number> {
      if (readReach(scope, 'review_pair') !== 'everything') return 0;
      const row = await db
        .selectFrom('reconciliation_pair as rp')
        .leftJoin('pair_decision as d', (join) =>
          join.onRef('d.missing_key', '=', 'rp.missing_key').onRef('d.held_key', '=', 'rp.held_key'),
        )
        .select((eb) => eb.fn.countAll().as('n'))
        .where('rp.reconciliation_id', '=', runId)
        .where('rp.class', '=', 'review')
        .where('d.id', 'is', null)
        .executeTakeFirstOrThrow();
      return toCount(row.n as number | string | bigint);
    },
  };
}

export type MatchVerificationRepository = ReturnType<typeof createMatchVerificationRepository>;
