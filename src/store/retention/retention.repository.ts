import type { WriteContext } from '../../domain/access/types.js';
import {
  dueListVersions,
  nothingDue,
  type RetentionCounts,
  type RetentionCutoffs,
  type RetentionPolicy,
  retentionCutoffs,
} from '../../domain/retention/policy.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { fromJsonText, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';

const PERSON_BATCH = 5000;
const DELETE_BATCH = 500;

export interface RetentionReport {
  cutoffs: RetentionCutoffs;
  counts: RetentionCounts;
}

/** Removes what the retention policy says is due; reads the same rows for a dry run. */
export function createRetentionRepository(db: Db, dialect: DialectInfo) {
  /** Version ids a reconciliation run compared. */
  async function reconciledVersions(trx: Db): Promise<Set<string>> {
    const rows = await trx.selectFrom('reconciliation').select('version_ids').execute();
    return new Set(rows.flatMap((r) => fromJsonText<string[]>(r.version_ids, [])));
  }

  /** Of the candidate versions, those with a row a tracked person points to. */
  async function pointedToVersions(trx: Db, candidates: readonly string[]): Promise<Set<string>> {
    const versionOfEntry = new Map<string, string>();
    for (let i = 0; i < candidates.length; i += DELETE_BATCH) {
      const rows = await trx
        .selectFrom('exchange_list_entry')
        .select(['id', 'version_id'])
        .where('version_id', 'in', candidates.slice(i, i + DELETE_BATCH))
        .execute();
      for (const r of rows) versionOfEntry.set(r.id, r.version_id);
    }
    const pointed = new Set<string>();
    if (versionOfEntry.size === 0) return pointed;
    for (let after = ''; ; ) {
      const persons = await trx
        .selectFrom('exchange_person')
        .select(['id', 'entry_ids'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PERSON_BATCH)
        .execute();
      if (persons.length === 0) return pointed;
      for (const p of persons) {
        for (const entryId of fromJsonText<string[]>(p.entry_ids, [])) {
          const version = versionOfEntry.get(entryId);
          if (version) pointed.add(version);
        }
      }
      after = persons[persons.length - 1].id;
    }
  }

  async function dueVersionIds(trx: Db, cutoffs: RetentionCutoffs): Promise<string[]> {
    if (cutoffs.versionsSupersededBefore === null) return [];
    const versions = await trx
      .selectFrom('exchange_list_version')
      .select(['id', 'list_id', 'number', 'uploaded_at'])
      .execute();
    const shaped = versions.map((v) => ({
      id: v.id,
      listId: v.list_id,
      number: toCount(v.number),
      uploadedAt: v.uploaded_at,
    }));
    const reconciled = await reconciledVersions(trx);
    const candidates = dueListVersions(shaped, cutoffs.versionsSupersededBefore, {
      reconciled,
      pointedTo: new Set(),
    });
    const pointedTo = await pointedToVersions(trx, candidates);
    return candidates.filter((id) => !pointedTo.has(id));
  }

  async function countEntries(trx: Db, versionIds: readonly string[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < versionIds.length; i += DELETE_BATCH) {
      const row = await trx
        .selectFrom('exchange_list_entry')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('version_id', 'in', versionIds.slice(i, i + DELETE_BATCH))
        .executeTakeFirstOrThrow();
      n += toCount(row.n);
    }
    return n;
  }

  async function report(
    trx: Db,
    cutoffs: RetentionCutoffs,
  ): Promise<{ counts: RetentionCounts; versions: string[] }> {
    const [uploads, attempts] = await Promise.all([
      trx
        .selectFrom('exchange_upload')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('created_at', '<', cutoffs.uploadsCreatedBefore)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom('login_attempt')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('at', '<', cutoffs.signInsBefore)
        .executeTakeFirstOrThrow(),
    ]);
    const versions = await dueVersionIds(trx, cutoffs);
    return {
      versions,
      counts: {
        uploads: toCount(uploads.n),
        loginAttempts: toCount(attempts.n),
        listVersions: versions.length,
        listEntries: await countEntries(trx, versions),
      },
    };
  }

  return {
    /** What a purge would remove now (dry run): nothing is changed. */
    async dryRun(policy: RetentionPolicy, now: Date = new Date()): Promise<RetentionReport> {
      const cutoffs = retentionCutoffs(policy, now);
      return { cutoffs, counts: (await report(db, cutoffs)).counts };
    },

    /**
     * Removes what is due, in one transaction with one audit entry `retention.purge` that gives the counts
     * and the policy (never what the rows held). Nothing due: nothing written, not even the audit entry.
     */
    async purge(
      ctx: WriteContext,
      policy: RetentionPolicy,
      now: Date = new Date(),
    ): Promise<RetentionReport> {
      const cutoffs = retentionCutoffs(policy, now);
      return inTransaction(db, async (trx) => {
        const { counts, versions } = await report(trx, cutoffs);
        if (nothingDue(counts)) return { cutoffs, counts };
        await trx
          .deleteFrom('exchange_upload')
          .where('created_at', '<', cutoffs.uploadsCreatedBefore)
          .execute();
        await trx.deleteFrom('login_attempt').where('at', '<', cutoffs.signInsBefore).execute();
        for (let i = 0; i < versions.length; i += DELETE_BATCH) {
          const batch = versions.slice(i, i + DELETE_BATCH);
          await trx.deleteFrom('exchange_duplicate_cluster').where('version_id', 'in', batch).execute();
          await trx.deleteFrom('exchange_list_entry').where('version_id', 'in', batch).execute();
          await trx.deleteFrom('exchange_list_version').where('id', 'in', batch).execute();
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'retention.purge',
          entityType: 'retention',
          entityId: null,
          summary: {
            removed: { ...counts },
            policy: { ...policy },
            cutoffs: { ...cutoffs },
          },
        });
        return { cutoffs, counts };
      });
    },
  };
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>;
