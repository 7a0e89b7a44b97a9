import { randomUUID } from 'node:crypto';
import { readReach } from '../../domain/access/policy.js';
import { type PartyScope, SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import {
  buildDiscrepancyReport,
  type DiscrepancyInput,
  type DiscrepancyReport,
  pairStatus,
  type ReportEntry,
  upgradeStoredReport,
} from '../../domain/exchange/discrepancy-report.js';
import type { ListEntryFields } from '../../domain/exchange/list-rows.js';
import { entryReference } from '../../domain/exchange/person-identity.js';
import type { ClaimLink, ListKind, ReviewDecision } from '../../domain/exchange/types.js';

import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toCount, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { exchangePartyIds } from './reconciliation.repository.js';
import type { PairClass } from './reconciliation.types.js';

export interface PublishedDiscrepancyReport extends DiscrepancyReport {
  publishedAt: string;
  publishedBy: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const endOfDay = (date: string) => `${date}T23:59:59.999Z`;

/** The report's inputs for one run's list versions (or versions without a run), decisions up to `until` (null: all). */
async function reportInputs(
  trx: Db,
  versionIds: readonly string[],
  runId: string | null,
  until: string | null,
): Promise<Pick<DiscrepancyInput, 'entries' | 'links' | 'pending' | 'sameEntries'>> {
  const entries: ReportEntry[] = [];
  const sameEntries: string[][] = [];
  for (const ids of inChunks([...versionIds])) {
    const rows = await trx
      .selectFrom('exchange_list_entry')
      .innerJoin('exchange_list_version', 'exchange_list_version.id', 'exchange_list_entry.version_id')
      .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
      .innerJoin('party', 'party.id', 'exchange_list.party_id')
      .select([
        'exchange_list_entry.id',
        'exchange_list_entry.display_name',
        'exchange_list_entry.fingerprint',
        'exchange_list_entry.row_number',
        'exchange_list_entry.fields',
        'exchange_list.party_id',
        'exchange_list.kind',
        'party.code',
      ])
      .where('exchange_list_entry.version_id', 'in', ids)
      .execute();
    for (const row of rows) {
      const fields = fromJsonText<ListEntryFields>(row.fields, {});
      entries.push({
        id: row.id,
        partyId: row.party_id,
        kind: row.kind as ListKind,
        displayName: row.display_name,
        birthDate: fields.birth_date,
        listId:
          fields.source_id?.trim() ||
          entryReference({ partyCode: row.code, kind: row.kind as ListKind, row: toCount(row.row_number) }),
        key: row.fingerprint,
        row: toCount(row.row_number),
      });
    }
    // A cluster counts its rows as one person unless resolved as different persons (by `until`).
    const clusters = await trx
      .selectFrom('exchange_duplicate_cluster')
      .select(['entry_ids', 'resolution', 'resolved_at'])
      .where('version_id', 'in', ids)
      .execute();
    for (const cluster of clusters) {
      const apart =
        cluster.resolution === 'different_persons' &&
        (until === null || (cluster.resolved_at !== null && cluster.resolved_at <= until));
      if (!apart) sameEntries.push(fromJsonText<string[]>(cluster.entry_ids, []));
    }
  }
  const links: ClaimLink[] = [];
  const pending: ClaimLink[] = [];
  if (runId) {
    const pairs = await trx
      .selectFrom('reconciliation_pair')
      .leftJoin('pair_decision', (join) => {
        const on = join
          .onRef('pair_decision.missing_key', '=', 'reconciliation_pair.missing_key')
          .onRef('pair_decision.held_key', '=', 'reconciliation_pair.held_key');
        return until === null ? on : on.on('pair_decision.decided_at', '<=', until);
      })
      .select([
        'reconciliation_pair.missing_entry_id',
        'reconciliation_pair.held_entry_id',
        'reconciliation_pair.probability',
        'reconciliation_pair.class',
        'pair_decision.decision',
      ])
      .where('reconciliation_pair.reconciliation_id', '=', runId)
      .execute();
    for (const pair of pairs) {
      const link = {
        missingEntryId: pair.missing_entry_id,
        heldEntryId: pair.held_entry_id,
        probability: pair.probability,
      };
      const status = pairStatus(pair.class as PairClass, pair.decision as ReviewDecision | null);
      if (status === 'matched' || status === 'confirmed') links.push(link);
      else if (status === 'to_review') pending.push(link);
    }
  }
  return { entries, links, pending, sameEntries };
}

/**
 * Which rows a reader's report is computed from: the list versions of a run (or the latest versions uploaded, before
 * any run), the run's pairs, and decisions and resolutions up to `until` (null: all so far). Two readers with the
 * same selection read the same report (each its own side).
 */
export interface ReportSelection {
  asOf: string;
  partyIds: [string, string];
  versionIds: string[];
  runId: string | null;
  until: string | null;
}

/**
 * The live report's selection as the lists and decisions stood at the end of `asOf` (UTC): the list versions of the
 * last reconciliation finished by then (for a liaison: the last one shared with its party), its matched pairs and
 * the pairs confirmed by then, less those rejected by then. Before any reconciliation: the latest versions uploaded
 * by then, nothing located (for a liaison: nothing to read, null).
 */
export async function liveReportSelection(
  trx: Db,
  scope: PartyScope,
  asOf: string,
): Promise<ReportSelection | null> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new StoreError('invalid', 'asOf must be a date', [{ path: 'asOf', message: 'use YYYY-MM-DD' }]);
  }
  const until = endOfDay(asOf);
  const partyIds = await exchangePartyIds(trx);
  const run = await whereVisible(trx.selectFrom('reconciliation'), scope, 'reconciliation')
    .select(['id', 'version_ids'])
    .where('status', '=', 'done')
    .where('finished_at', '<=', until)
    .$if(scope.role !== 'coordinator', (qb) => qb.where('shared_at', '<=', until))
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (run) {
    return { asOf, partyIds, versionIds: fromJsonText<string[]>(run.version_ids, []), runId: run.id, until };
  }
  if (readReach(scope, 'live_report') !== 'everything') return null;
  const versions = await trx
    .selectFrom('exchange_list_version')
    .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
    .select(['exchange_list_version.id', 'exchange_list_version.list_id'])
    .where('exchange_list.party_id', 'in', partyIds)
    .where('exchange_list_version.uploaded_at', '<=', until)
    .orderBy('exchange_list_version.number')
    .execute();
  const latest = new Map<string, string>();
  for (const v of versions) latest.set(v.list_id, v.id);
  return { asOf, partyIds, versionIds: [...latest.values()], runId: null, until };
}

/** One finished run's selection with every decision so far; null when not there for this reader. */
export async function runReportSelection(
  trx: Db,
  scope: PartyScope,
  runId: string,
): Promise<ReportSelection | null> {
  const reach = readReach(scope, 'live_report');
  if (reach !== 'everything' && reach !== 'shared_with_party') return null;
  const run = await whereVisible(trx.selectFrom('reconciliation'), scope, 'reconciliation')
    .select(['id', 'version_ids', 'status'])
    .where('id', '=', runId)
    .executeTakeFirst();
  if (run?.status !== 'done') return null;
  return {
    asOf: nowIso().slice(0, 10),
    partyIds: await exchangePartyIds(trx),
    versionIds: fromJsonText<string[]>(run.version_ids, []),
    runId: run.id,
    until: null,
  };
}

/** The rows of a selection, as the report reads them. */
export async function selectionInputs(trx: Db, selection: ReportSelection): Promise<DiscrepancyInput> {
  const inputs = await reportInputs(trx, selection.versionIds, selection.runId, selection.until);
  return { asOf: selection.asOf, partyIds: selection.partyIds, ...inputs };
}

/** The count of writes the report is computed from (kept by triggers): a report read with it stands until it moves. */
export async function reportDataVersion(trx: Db): Promise<string> {
  const row = await trx
    .selectFrom('exchange_data_version')
    .select('version')
    .where('name', '=', 'report')
    .executeTakeFirst();
  return String(row?.version ?? 0);
}

/** The last report published (as of `asOf` or earlier when given), without its body. */
export async function publishedReportHead(
  trx: Db,
  asOf?: string,
): Promise<{ id: string; asOf: string; publishedAt: string; publishedBy: string } | null> {
  const row = await trx
    .selectFrom('published_report')
    .select(['id', 'as_of', 'published_at', 'published_by'])
    .$if(!!asOf, (qb) => qb.where('as_of', '<=', asOf!))
    .orderBy('as_of', 'desc')
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { id: row.id, asOf: row.as_of, publishedAt: row.published_at, publishedBy: row.published_by }
    : null;
}

/** The body of a published report (as stored, brought up to today's shape). */
export async function publishedReportBody(trx: Db, id: string): Promise<DiscrepancyReport | null> {
  const row = await trx
    .selectFrom('published_report')
    .select(['as_of', 'report'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? upgradeStoredReport(fromJsonText<DiscrepancyReport>(row.report, { asOf: row.as_of, sides: [] }))
    : null;
}

export function createDiscrepancyReportRepository(db: Db, dialect: DialectInfo) {
  /** Stores a published report (its body as JSON text) with the audit entry that keeps its counts. */
  async function insertPublished(
    trx: Db,
    ctx: WriteContext,
    asOf: string,
    body: { json: string; claimed: number[]; located: number[] },
  ): Promise<{ publishedAt: string; publishedBy: string }> {
    const id = randomUUID();
    const publishedAt = nowIso();
    await trx
      .insertInto('published_report')
      .values({
        id,
        as_of: asOf,
        report: body.json,
        published_by: ctx.actor.username,
        published_at: publishedAt,
      })
      .execute();
    await appendAudit(trx, dialect, ctx, {
      action: 'exchange.report.publish',
      entityType: 'published_report',
      entityId: id,
      summary: { asOf, claimed: body.claimed, located: body.located },
    });
    return { publishedAt, publishedBy: ctx.actor.username };
  }

  async function buildInputs(
    trx: Db,
    asOf: string,
    scope: PartyScope = SYSTEM_SCOPE,
  ): Promise<DiscrepancyInput | null> {
    const selection = await liveReportSelection(trx, scope, asOf);
    return selection && selectionInputs(trx, selection);
  }

  /** The side a reader computes: null (both) for the coordinator, its own party's for a liaison. */
  const sideOf = (scope: PartyScope): string | null =>
    readReach(scope, 'live_report') === 'everything' || !scope.partyId ? null : scope.partyId;

  /** The inputs of one finished run with every decision so far; null when not there for this reader. */
  async function runInputs(scope: PartyScope, runId: string): Promise<DiscrepancyInput | null> {
    const selection = await runReportSelection(db, scope, runId);
    return selection && selectionInputs(db, selection);
  }

  /** The live report's inputs for a reader (see `build`), and the side it reads; null when it reads none. */
  async function liveInputs(
    scope: PartyScope,
    asOf: string,
  ): Promise<{ input: DiscrepancyInput; partyId: string | null } | null> {
    const reach = readReach(scope, 'live_report');
    if (reach !== 'everything' && reach !== 'shared_with_party') return null;
    const input = await buildInputs(db, asOf, scope);
    return input && { input, partyId: sideOf(scope) };
  }

  return {
    /**
     * What the live report is computed from, for a worker thread to compute (see `build`): the inputs, and the
     * side this reader reads (null: both). Null when this reader has no live report.
     */
    liveInputs,

    /** What the results of a run are computed from, and the side this reader reads (see `forRun`). */
    async runInputs(
      scope: PartyScope,
      runId: string,
    ): Promise<{ input: DiscrepancyInput; partyId: string | null } | null> {
      const input = await runInputs(scope, runId);
      return input && { input, partyId: sideOf(scope) };
    },

    /**
     * The live report: all of it for the coordinator, for a liaison its own side of the last run shared with its
     * party (null before one is shared); null for anyone else.
     */
    async build(scope: PartyScope, asOf: string): Promise<DiscrepancyReport | null> {
      const live = await liveInputs(scope, asOf);
      return live && buildDiscrepancyReport(live.input, live.partyId);
    },

    /**
     * The results of one run with every decision made so far: the counts of the run page, from the report's one
     * computation. The coordinator reads both sides, a liaison its own side of a run shared with its party; null
     * when the run is not there for this reader or not finished.
     */
    async forRun(scope: PartyScope, runId: string): Promise<DiscrepancyReport | null> {
      const input = await runInputs(scope, runId);
      return input && buildDiscrepancyReport(input, sideOf(scope));
    },

    /** Freezes the report as of a date and publishes it for observers. */
    async publish(
      ctx: WriteContext,
      asOf: string,
      compute: (input: DiscrepancyInput) => Promise<DiscrepancyReport> = async (input) =>
        buildDiscrepancyReport(input),
    ): Promise<PublishedDiscrepancyReport> {
      return inTransaction(db, async (trx) => {
        const input = await buildInputs(trx, asOf);
        if (!input) throw new StoreError('invalid', 'Nothing to publish');
        const report = await compute(input);
        const published = await insertPublished(trx, ctx, asOf, {
          json: toJsonText(report),
          claimed: report.sides.map((s) => s.claimedMissing.count),
          located: report.sides.map((s) => s.locatedInOtherList.count),
        });
        return { ...report, ...published };
      });
    },

    /**
     * Publishes a report computed elsewhere (by the report's worker, from its own snapshot) as of `asOf`: its body
     * as JSON text, and the counts the audit entry keeps.
     */
    async storePublished(
      ctx: WriteContext,
      asOf: string,
      body: { json: string; claimed: number[]; located: number[] },
    ): Promise<{ publishedAt: string; publishedBy: string }> {
      if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
        throw new StoreError('invalid', 'asOf must be a date', [{ path: 'asOf', message: 'use YYYY-MM-DD' }]);
      }
      return inTransaction(db, (trx) => insertPublished(trx, ctx, asOf, body));
    },

    /** The last report published (as of `asOf` or earlier when given), for observers and everyone else. */
    async published(asOf?: string): Promise<PublishedDiscrepancyReport | null> {
      const row = await db
        .selectFrom('published_report')
        .selectAll()
        .$if(!!asOf, (qb) => qb.where('as_of', '<=', asOf!))
        .orderBy('as_of', 'desc')
        .orderBy('published_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return null;
      return {
        ...upgradeStoredReport(fromJsonText<DiscrepancyReport>(row.report, { asOf: row.as_of, sides: [] })),
        publishedAt: row.published_at,
        publishedBy: row.published_by,
      };
    },
  };
}

export type DiscrepancyReportRepository = ReturnType<typeof createDiscrepancyReportRepository>;
