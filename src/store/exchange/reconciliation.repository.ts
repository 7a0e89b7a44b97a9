import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type { PersonChange } from '../../domain/exchange/person-changes.js';
import {
  DEFAULT_THRESHOLDS,
  type Thresholds,
  thresholdsProblem,
} from '../../domain/exchange/reconciliation.js';
import type { ListKind, ReviewDecision } from '../../domain/exchange/types.js';
import { whereVisible } from '../access/where-visible.js';
import { appendAudit } from '../audit/append-audit.js';
import { inChunks, insertRows } from '../batch-insert.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toCount, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { toListEntry } from './list.repository.js';
import type { PairDecisionRow } from './pair-decision.table.js';
import { actorOf } from './person.repository.js';
import { discardStaged, nextTurn, stagePersonChanges, switchOnStaged } from './person-writes.js';
import type { ReconciliationRow } from './reconciliation.table.js';
import type {
  NewReconciliationPair,
  PairDecisionView,
  ReconciliationCounts,
  ReconciliationInputs,
  ReconciliationRun,
  ReconciliationStatus,
} from './reconciliation.types.js';

// Entries are read in pages to keep PostgreSQL's `in` lists and memory per query small.
const READ_CHUNK = 5_000;
// Rows written per transaction when a run stores its results.
const BATCH_ROWS = 5_000;

/** A record's key across list versions: the hash of its fingerprint (fixed length, fit for an index). */
export function entryKey(fingerprint: string): string {
  return createHash('sha256').update(fingerprint).digest('hex');
}

/** Where a page of the review queue ends: the sort key of its last pair. */
export interface ReviewKey {
  probability: number;
  id: string;
}

export function toReconciliationRun(row: ReconciliationRow, partyIds: string[]): ReconciliationRun {
  return {
    id: row.id,
    status: row.status as ReconciliationStatus,
    startedAt: row.started_at,
    startedBy: row.started_by,
    finishedAt: row.finished_at,
    progress: { done: toCount(row.progress_done), total: toCount(row.progress_total), phase: row.phase },
    counts: fromJsonText<ReconciliationCounts | null>(row.counts, null),
    sharedAt: row.shared_at,
    error: row.error,
    partyIds,
    thresholds: fromJsonText<Thresholds>(row.thresholds, DEFAULT_THRESHOLDS),
  };
}

export function toDecisionView(row: PairDecisionRow): PairDecisionView {
  return {
    decision: row.decision as ReviewDecision,
    note: row.note,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    version: toCount(row.version),
  };
}

/** The parties of each run, in order (one query for any number of runs). */
async function runParties(db: Db, runIds: string[]): Promise<Map<string, string[]>> {
  const parties = new Map<string, string[]>(runIds.map((id) => [id, []]));
  for (const ids of inChunks(runIds)) {
    const rows = await db
      .selectFrom('reconciliation_party')
      .select(['reconciliation_id', 'party_id'])
      .where('reconciliation_id', 'in', ids)
      .orderBy('position')
      .execute();
    for (const row of rows) parties.get(row.reconciliation_id)?.push(row.party_id);
  }
  return parties;
}

async function toRuns(db: Db, rows: ReconciliationRow[]): Promise<ReconciliationRun[]> {
  const parties = await runParties(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toReconciliationRun(row, parties.get(row.id) ?? []));
}

async function toRun(db: Db, row: ReconciliationRow | undefined): Promise<ReconciliationRun | null> {
  return row ? ((await toRuns(db, [row]))[0] ?? null) : null;
}

/** The two parties of the exchange: the active parties of kind `party`, by code. */
export async function exchangePartyIds(db: Db): Promise<[string, string]> {
  const parties = await db
    .selectFrom('party')
    .select('id')
    .where('kind', '=', 'party')
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  if (parties.length !== 2) {
    throw new StoreError('invalid', 'An exchange needs exactly two active parties of kind party', [
      { path: '', message: `${parties.length} such parties` },
    ]);
  }
  return [parties[0].id, parties[1].id];
}

/** The advisory lock key that serialises runs' switches on PostgreSQL (the audit chain's is another). */
const RUN_SWITCH_LOCK = 7_261_203_601;

const lostClaim = () =>
  new StoreError(
    'conflict',
    'This worker no longer holds the reconciliation: another took it over, or it ended',
    [{ path: 'status', message: 'not held' }],
  );

/** Why a run is failed rather than taken over again: its worker stopped, without finishing, every time. */
export const gaveUpMessage = (attempts: number): string =>
  `The run was started ${attempts} times and each time the server instance running it stopped before it finished ` +
  '(for example it ran out of memory), so it is not started again; start a new run once the cause is found.';

/** What a run wrote before it was done: its pairs and its staged persons. */
async function discardResults(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('reconciliation_pair').where('reconciliation_id', '=', id).execute();
  await discardStaged(trx, id);
}

export function createReconciliationRepository(db: Db, dialect: DialectInfo) {
  /**
   * Inside a write of the run: refuses unless `token`'s worker still holds it. On PostgreSQL the row stays locked
   * to the end of the transaction, so a claim by another instance waits for this write and then sees it.
   */
  async function holdClaim(trx: Db, id: string, token: string): Promise<void> {
    const held = await trx
      .selectFrom('reconciliation')
      .select('id')
      .where('id', '=', id)
      .where('worker_token', '=', token)
      .where('status', '=', 'running')
      .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
    if (!held) throw lostClaim();
  }

  async function runRow(id: string): Promise<ReconciliationRow | undefined> {
    return db.selectFrom('reconciliation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  const repository = {
    /** The two parties of the exchange, by code. */
    partyIds: (): Promise<[string, string]> => exchangePartyIds(db),

    /** Queues a run over the latest version of each list of the two parties. */
    async start(ctx: WriteContext, thresholds: Thresholds = DEFAULT_THRESHOLDS): Promise<ReconciliationRun> {
      const problem = thresholdsProblem(thresholds);
      if (problem)
        throw new StoreError('invalid', 'Thresholds must satisfy 0 < lower < upper ≤ 1', [problem]);
      return inTransaction(db, async (trx) => {
        const partyIds = await exchangePartyIds(trx);
        const lists = await trx
          .selectFrom('exchange_list')
          .innerJoin('exchange_list_version', 'exchange_list_version.list_id', 'exchange_list.id')
          .select(['exchange_list.id as listId', 'exchange_list_version.id as versionId', 'number'])
          .where('exchange_list.party_id', 'in', partyIds)
          .orderBy('number')
          .execute();
        const latest = new Map<string, string>();
        for (const row of lists) latest.set(row.listId, row.versionId);
        const row: ReconciliationRow = {
          id: randomUUID(),
          status: 'queued',
          started_at: nowIso(),
          started_by_user_id: ctx.actor.userId,
          started_by: ctx.actor.username,
          finished_at: null,
          progress_done: 0,
          progress_total: 0,
          phase: 'queued',
          thresholds: toJsonText(thresholds),
          version_ids: toJsonText([...latest.values()]),
          counts: null,
          shared_at: null,
          shared_by: null,
          error: null,
          worker_token: null,
          heartbeat_at: null,
          attempts: 0,
        };
        await trx.insertInto('reconciliation').values(row).execute();
        await insertRows(
          trx,
          'reconciliation_party',
          partyIds.map((partyId, position) => ({ reconciliation_id: row.id, party_id: partyId, position })),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.reconciliation.start',
          entityType: 'reconciliation',
          entityId: row.id,
          summary: { versions: latest.size, thresholds: { ...thresholds } },
        });
        return toReconciliationRun(row, partyIds);
      });
    },

    async list(scope: PartyScope): Promise<ReconciliationRun[]> {
      const rows = await whereVisible(db.selectFrom('reconciliation').selectAll(), scope, 'reconciliation')
        .orderBy('started_at', 'desc')
        .execute();
      return toRuns(db, rows);
    },

    async findById(scope: PartyScope, id: string): Promise<ReconciliationRun | null> {
      const row = await whereVisible(db.selectFrom('reconciliation').selectAll(), scope, 'reconciliation')
        .where('id', '=', id)
        .executeTakeFirst();
      return toRun(db, row);
    },

    /**
     * A worker takes the run up: a queued run, or (with `staleAfterMs`) a running one whose worker's heartbeat is
     * older than that (its instance died). One claim wins (the update's condition is checked again under the row's
     * lock); the run's earlier partial results go with it, and its count of attempts goes up by one. With
     * `maxTakeovers`, a stale run already taken over that many times is not taken again: it is marked failed with
     * why (its worker keeps dying, e.g. out of memory) and what it wrote goes. Answers the run and the claim's token,
     * which every later write of the run must hold; null when the run is not there to take.
     */
    async markRunning(
      id: string,
      opts: { staleAfterMs?: number; maxTakeovers?: number } = {},
    ): Promise<{ run: ReconciliationRun; token: string } | null> {
      const staleBefore =
        opts.staleAfterMs === undefined ? null : new Date(Date.now() - opts.staleAfterMs).toISOString();
      const token = randomUUID();
      return inTransaction(db, async (trx) => {
        if (staleBefore !== null && opts.maxTakeovers !== undefined) {
          const stale = await trx
            .selectFrom('reconciliation')
            .select('attempts')
            .where('id', '=', id)
            .where('status', '=', 'running')
            .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', staleBefore)]))
            .$if(dialect.name === 'postgres', (qb) => qb.forUpdate())
            .executeTakeFirst();
          const attempts = toCount(stale?.attempts ?? 0);
          if (stale && attempts > opts.maxTakeovers) {
            await trx
              .updateTable('reconciliation')
              .set({
                status: 'failed',
                phase: 'failed',
                error: gaveUpMessage(attempts),
                finished_at: nowIso(),
                worker_token: null,
              })
              .where('id', '=', id)
              .where('status', '=', 'running')
              .execute();
            await discardResults(trx, id);
            return null;
          }
        }
        const claimed = await trx
          .updateTable('reconciliation')
          .set((eb) => ({
            status: 'running',
            phase: 'loading',
            progress_done: 0,
            progress_total: 0,
            error: null,
            worker_token: token,
            heartbeat_at: nowIso(),
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', '=', id)
          .where((eb) =>
            staleBefore === null
              ? eb('status', '=', 'queued')
              : eb.or([
                  eb('status', '=', 'queued'),
                  eb.and([
                    eb('status', '=', 'running'),
                    eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', staleBefore)]),
                  ]),
                ]),
          )
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return null;
        await discardResults(trx, id);
        const run = await toRun(
          trx,
          await trx.selectFrom('reconciliation').selectAll().where('id', '=', id).executeTakeFirst(),
        );
        return run ? { run, token } : null;
      });
    },

    /** The worker holding the run says it is alive; false when it no longer holds it (taken over, or ended). */
    async heartbeat(id: string, token: string): Promise<boolean> {
      const result = await db
        .updateTable('reconciliation')
        .set({ heartbeat_at: nowIso() })
        .where('id', '=', id)
        .where('worker_token', '=', token)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Running runs whose worker has not said it is alive for `staleAfterMs` (its instance is gone). */
    async stale(staleAfterMs: number): Promise<{ id: string; actor: WriteContext['actor'] }[]> {
      const staleBefore = new Date(Date.now() - staleAfterMs).toISOString();
      const rows = await db
        .selectFrom('reconciliation')
        .select(['id', 'started_by_user_id', 'started_by'])
        .where('status', '=', 'running')
        .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', staleBefore)]))
        .orderBy('started_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        actor: { userId: row.started_by_user_id, username: row.started_by, via: 'api' as const },
      }));
    },

    async setProgress(
      id: string,
      token: string,
      progress: { done: number; total: number; phase: string },
    ): Promise<void> {
      await db
        .updateTable('reconciliation')
        .set({ progress_done: progress.done, progress_total: progress.total, phase: progress.phase })
        .where('id', '=', id)
        .where('worker_token', '=', token)
        .where('status', '=', 'running')
        .execute();
    },

    /** The entries of the list versions the run was started over, per party and kind. */
    async inputs(id: string): Promise<ReconciliationInputs> {
      const row = await runRow(id);
      const run = await toRun(db, row);
      if (!row || !run) throw new StoreError('not_found', 'No such reconciliation');
      const versionIds = fromJsonText<string[]>(row.version_ids, []);
      const versions =
        versionIds.length === 0
          ? []
          : await db
              .selectFrom('exchange_list_version')
              .innerJoin('exchange_list', 'exchange_list.id', 'exchange_list_version.list_id')
              .select(['exchange_list_version.id as versionId', 'exchange_list.party_id as partyId', 'kind'])
              .where('exchange_list_version.id', 'in', versionIds)
              .execute();
      const [a, b] = run.partyIds as [string, string];
      const lists = [a, b].flatMap((partyId) =>
        (['missing', 'held'] as ListKind[]).map((kind) => ({
          partyId,
          kind,
          versionId: versions.find((v) => v.partyId === partyId && v.kind === kind)?.versionId ?? null,
          entries: [] as ReconciliationInputs['lists'][number]['entries'],
        })),
      );
      for (const list of lists) {
        if (!list.versionId) continue;
        // Pages by row number (unique in a version: the file's rows; the index order), with a turn for the
        // event loop between them.
        for (let after = -1; ; ) {
          const rows = await db
            .selectFrom('exchange_list_entry')
            .selectAll()
            .where('version_id', '=', list.versionId)
            .where('row_number', '>', after)
            .orderBy('row_number')
            .limit(READ_CHUNK)
            .execute();
          for (const entryRow of rows) {
            const entry = toListEntry(entryRow);
            list.entries.push({
              id: entry.id,
              key: entryKey(entry.fingerprint),
              displayName: entry.displayName,
              fields: entry.fields,
            });
          }
          if (rows.length < READ_CHUNK) break;
          after = toCount(rows[rows.length - 1].row_number);
          await nextTurn();
        }
      }
      return { runId: id, partyIds: [a, b], thresholds: run.thresholds, lists };
    },

    /**
     * Stores the run's pairs under the run, in batches of short transactions (on SQLite's single connection other
     * requests get their turn between them), each refused when this worker no longer holds the run. They are
     * served only once the run is `done`.
     */
    async savePairs(
      ctx: WriteContext,
      id: string,
      token: string,
      pairs: readonly NewReconciliationPair[],
      opts: { batchRows?: number; afterBatch?: (done: number, total: number) => Promise<void> } = {},
    ): Promise<void> {
      const rows = pairs.map((pair) => ({
        id: randomUUID(),
        reconciliation_id: id,
        missing_entry_id: pair.missingEntryId,
        held_entry_id: pair.heldEntryId,
        missing_party_id: pair.missingPartyId,
        held_party_id: pair.heldPartyId,
        missing_key: pair.missingKey,
        held_key: pair.heldKey,
        probability: pair.probability,
        class: pair.class,
        explanation: pair.explanationJson,
      }));
      const batches = inChunks(rows, opts.batchRows ?? BATCH_ROWS);
      for (const [index, batch] of batches.entries()) {
        await inTransaction(db, async (trx) => {
          await holdClaim(trx, id, token);
          await insertRows(trx, 'reconciliation_pair', batch);
          await appendAudit(trx, dialect, ctx, {
            action: 'exchange.reconciliation.pairs',
            entityType: 'reconciliation',
            entityId: id,
            summary: { pairs: batch.length },
          });
        });
        await opts.afterBatch?.(index + 1, batches.length);
        await nextTurn();
      }
    },

    /**
     * Stages the planned person changes (domain PersonPlanner over the run's facts) under the run, in batches as
     * the pairs are; nothing of them is served before `switchOn`.
     */
    async stagePersons(
      ctx: WriteContext,
      id: string,
      token: string,
      changes: readonly PersonChange[],
      opts: { batchRows?: number; afterBatch?: (done: number, total: number) => Promise<void> } = {},
    ): Promise<{ created: number; updated: number; removed: number }> {
      return stagePersonChanges(db, id, actorOf(ctx), changes, {
        batchRows: opts.batchRows ?? BATCH_ROWS,
        afterBatch: opts.afterBatch,
        onBatch: async (trx, written) => {
          await holdClaim(trx, id, token);
          await appendAudit(trx, dialect, ctx, {
            action: 'exchange.persons.stage',
            entityType: 'reconciliation',
            entityId: id,
            summary: written,
          });
        },
      });
    },

    /**
     * Switches the run's results on, in one transaction: the run becomes `done` with its counts (so its pairs are
     * served), and the persons it staged, with their history, move into the persons. Refused (conflict) when this
     * worker no longer holds the run.
     */
    async switchOn(
      ctx: WriteContext,
      id: string,
      token: string,
      counts: ReconciliationCounts,
      opts: { plannedAt?: string } = {},
    ): Promise<{ created: number; updated: number; removed: number }> {
      return inTransaction(db, async (trx) => {
        // One switch at a time across instances; a run whose persons were planned before another run's switch
        // would write them over what that one changed (two persons for one claim): it is refused instead.
        if (dialect.serialisesWithAdvisoryLock) {
          await sql`select pg_advisory_xact_lock(${sql.lit(RUN_SWITCH_LOCK)})`.execute(trx);
        }
        if (opts.plannedAt) {
          const newer = await trx
            .selectFrom('reconciliation')
            .select('id')
            .where('status', '=', 'done')
            .where('id', '!=', id)
            .where('finished_at', '>', opts.plannedAt)
            .executeTakeFirst();
          if (newer) {
            throw new StoreError(
              'conflict',
              'Another reconciliation finished while this one was saving, so its persons were planned on an older state; start it again',
              [{ path: 'status', message: newer.id }],
            );
          }
        }
        const done = await trx
          .updateTable('reconciliation')
          .set({
            status: 'done',
            phase: 'done',
            finished_at: nowIso(),
            counts: toJsonText(counts),
            progress_done: 1,
            progress_total: 1,
            worker_token: null,
          })
          .where('id', '=', id)
          .where('worker_token', '=', token)
          .where('status', '=', 'running')
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) throw lostClaim();
        const staged = await trx
          .selectFrom('reconciliation_person_stage')
          .select(['kind', (eb) => eb.fn.countAll().as('n')])
          .where('run_id', '=', id)
          .groupBy('kind')
          .execute();
        const count = (kind: string) => toCount((staged.find((r) => r.kind === kind)?.n ?? 0) as number);
        const persons = { created: count('create'), updated: count('update'), removed: count('remove') };
        await switchOnStaged(trx, id);
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.reconciliation.done',
          entityType: 'reconciliation',
          entityId: id,
          summary: {
            matched: counts.matched,
            review: counts.review,
            personsCreated: persons.created,
            personsUpdated: persons.updated,
          },
        });
        return persons;
      });
    },

    /** Pairs, staged persons and the switch, one after the other (a run finished without the job's phases). */
    async complete(
      ctx: WriteContext,
      id: string,
      token: string,
      result: { pairs: NewReconciliationPair[]; counts: ReconciliationCounts; personChanges: PersonChange[] },
    ): Promise<void> {
      await repository.savePairs(ctx, id, token, result.pairs);
      await repository.stagePersons(ctx, id, token, result.personChanges);
      await repository.switchOn(ctx, id, token, result.counts);
    },

    /**
     * Runs no job will finish (an in-process queue lost them in a restart) are marked failed, with why, and what
     * they wrote goes; so do the pairs of any failed run.
     */
    async failUnfinished(message: string): Promise<number> {
      return inTransaction(db, async (trx) => {
        const result = await trx
          .updateTable('reconciliation')
          .set({
            status: 'failed',
            phase: 'failed',
            error: message,
            finished_at: nowIso(),
            worker_token: null,
          })
          .where('status', 'in', ['queued', 'running'])
          .executeTakeFirst();
        const failed = await trx
          .selectFrom('reconciliation')
          .select('id')
          .where('status', '=', 'failed')
          .execute();
        for (const run of failed) await discardResults(trx, run.id);
        return Number(result.numUpdatedRows);
      });
    },

    /** The run failed: marked so with why, and what it wrote goes (only while `token`'s worker holds it). */
    async fail(id: string, message: string, token?: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const result = await trx
          .updateTable('reconciliation')
          .set({
            status: 'failed',
            phase: 'failed',
            error: message.slice(0, 2000),
            finished_at: nowIso(),
            worker_token: null,
          })
          .where('id', '=', id)
          .where('status', 'in', ['queued', 'running'])
          .$if(token !== undefined, (qb) => qb.where('worker_token', '=', token!))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) await discardResults(trx, id);
      });
    },

    /** The coordinator shares a finished run: liaisons then see it and the results about their own people. */
    async share(ctx: WriteContext, id: string): Promise<ReconciliationRun | null> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('reconciliation')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return null;
        if (row.status !== 'done') {
          throw new StoreError('conflict', 'Only a finished reconciliation can be shared', [
            { path: 'status', message: row.status },
          ]);
        }
        if (row.shared_at) return toRun(trx, row);
        const sharedAt = nowIso();
        await trx
          .updateTable('reconciliation')
          .set({ shared_at: sharedAt, shared_by: ctx.actor.username })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'exchange.reconciliation.share',
          entityType: 'reconciliation',
          entityId: id,
          summary: {},
        });
        return toRun(trx, { ...row, shared_at: sharedAt, shared_by: ctx.actor.username });
      });
    },

    /** The latest finished run that ended at or before `asOf` (any time when unset). */
    async latestDone(asOf?: string): Promise<ReconciliationRun | null> {
      const row = await db
        .selectFrom('reconciliation')
        .selectAll()
        .where('status', '=', 'done')
        .$if(!!asOf, (qb) => qb.where('finished_at', '<=', asOf!))
        .orderBy('finished_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return toRun(db, row);
    },
  };
  return repository;
}

export type ReconciliationRepository = ReturnType<typeof createReconciliationRepository>;
