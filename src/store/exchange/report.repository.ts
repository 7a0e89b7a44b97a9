import { randomUUID } from 'node:crypto';
import { readReach } from '../../domain/access/policy.js';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import {
  buildDiscrepancyReport,
  type DiscrepancyReport,
  isAcceptedLink,
} from '../../domain/exchange/discrepancy-report.js';
import type { ListEntryFields } from '../../domain/exchange/list-rows.js';
import { entryReference } from '../../domain/exchange/person-identity.js';
import type { ClaimLink, ListEntry, ListKind, ReviewDecision } from '../../domain/exchange/types.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
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

export function createDiscrepancyReportRepository(db: Db, dialect: DialectInfo) {
  /**
   * The report as the lists and decisions stood at the end of `asOf` (UTC): the list versions of the last
   * reconciliation finished by then, its matched pairs and the pairs confirmed by then, less those rejected by
   * then. Before any reconciliation: the latest versions uploaded by then, nothing located.
   */
  async function build(trx: Db, asOf: string): Promise<DiscrepancyReport> {
    if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
      throw new StoreError('invalid', 'asOf must be a date', [{ path: 'asOf', message: 'use YYYY-MM-DD' }]);
    }
    const until = endOfDay(asOf);
    const partyIds = await exchangePartyIds(trx);
    const run = await trx
      .selectFrom('reconciliation')
      .select(['id', 'version_ids'])
      .where('status', '=', 'done')
      .where('finished_at', '<=', until)
      .orderBy('finished_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    let versionIds: string[];
    if (run) versionIds = fromJsonText<string[]>(run.version_ids, []);
    else {
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
      versionIds = [...latest.values()];
    }
    const entries: ListEntry[] =
      versionIds.length === 0
        ? []
        : (
            await trx
              .selectFrom('exchange_list_entry')
              .innerJoin(
                'exchange_list_version',
                'exchange_list_version.id',
                'exchange_list_entry.version_id',
              )
              .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
              .innerJoin('party', 'party.id', 'exchange_list.party_id')
              .select([
                'exchange_list_entry.id',
                'exchange_list_entry.display_name',
                'exchange_list_entry.fields',
                'exchange_list_entry.row_number',
                'exchange_list.party_id',
                'exchange_list.kind',
                'party.code',
              ])
              .where('exchange_list_entry.version_id', 'in', versionIds)
              .execute()
          ).map((row) => {
            const fields = fromJsonText<ListEntryFields>(row.fields, {});
            return {
              id: row.id,
              partyId: row.party_id,
              kind: row.kind as ListKind,
              displayName: row.display_name,
              birthDate: fields.birth_date,
              listId:
                fields.source_id?.trim() ||
                entryReference({
                  partyCode: row.code,
                  kind: row.kind as ListKind,
                  row: Number(row.row_number),
                }),
            };
          });
    const links: ClaimLink[] = [];
    if (run) {
      const pairs = await trx
        .selectFrom('reconciliation_pair')
        .leftJoin('pair_decision', (join) =>
          join
            .onRef('pair_decision.missing_key', '=', 'reconciliation_pair.missing_key')
            .onRef('pair_decision.held_key', '=', 'reconciliation_pair.held_key')
            .on('pair_decision.decided_at', '<=', until),
        )
        .select([
          'reconciliation_pair.missing_entry_id',
          'reconciliation_pair.held_entry_id',
          'reconciliation_pair.probability',
          'reconciliation_pair.class',
          'pair_decision.decision',
        ])
        .where('reconciliation_pair.reconciliation_id', '=', run.id)
        .execute();
      for (const pair of pairs) {
        if (isAcceptedLink(pair.class as PairClass, pair.decision as ReviewDecision | null)) {
          links.push({
            missingEntryId: pair.missing_entry_id,
            heldEntryId: pair.held_entry_id,
            probability: pair.probability,
          });
        }
      }
    }
    return buildDiscrepancyReport({ asOf, partyIds, entries, links });
  }

  return {
    /** The live report, for the coordinator. */
    async build(scope: PartyScope, asOf: string): Promise<DiscrepancyReport | null> {
      if (readReach(scope, 'live_report') !== 'everything') return null;
      return build(db, asOf);
    },

    /** Freezes the report as of a date and publishes it for observers. */
    async publish(ctx: WriteContext, asOf: string): Promise<PublishedDiscrepancyReport> {
      return inTransaction(db, async (trx) => {
        const report = await build(trx, asOf);
        const id = randomUUID();
        const publishedAt = nowIso();
        await trx
          .insertInto('published_report')
          .values({
            id,
            as_of: asOf,
            report: toJsonText(report),
            published_by: ctx.actor.username,
            published_at: publishedAt,
          })
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.report.publish',
          entityType: 'published_report',
          entityId: id,
          summary: {
            asOf,
            claimed: report.sides.map((s) => s.claimedMissing.count),
            located: report.sides.map((s) => s.locatedInOtherList.count),
          },
        });
        return { ...report, publishedAt, publishedBy: ctx.actor.username };
      });
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
        ...fromJsonText<DiscrepancyReport>(row.report, { asOf: row.as_of, sides: [] }),
        publishedAt: row.published_at,
        publishedBy: row.published_by,
      };
    },
  };
}

export type DiscrepancyReportRepository = ReturnType<typeof createDiscrepancyReportRepository>;
