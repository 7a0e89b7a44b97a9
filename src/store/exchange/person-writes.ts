import { randomUUID } from 'node:crypto';
import type { PersonChange, TrackedPerson } from '../../domain/exchange/person-changes.js';
import type { StatusReason } from '../../domain/exchange/status-reasons.js';
import type { PersonStatus } from '../../domain/exchange/types.js';
import { inChunks, insertRows } from '../batch-insert.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import { type Db, inTransaction } from '../transaction.js';
import type { ExchangePersonRow, ExchangePersonTable, PersonStatusChangeTable } from './person.table.js';
import { storedNames } from './person-names.js';
import type {
  ReconciliationHistoryStageTable,
  ReconciliationPersonStageTable,
} from './reconciliation.table.js';

/**
 * Lets the event loop run. better-sqlite3 answers synchronously, so a loop of awaited queries alone never yields:
 * long writes call this between batches so that other requests get their turn.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Who moved a person: the actor of the write (a user, or the system for a reconciliation). */
export interface StatusActor {
  userId: string | null;
  username: string;
}

export function toTrackedPerson(row: ExchangePersonRow): TrackedPerson {
  return {
    id: row.id,
    ownPartyId: row.own_party_id,
    holdingPartyId: row.holding_party_id,
    displayName: row.display_name,
    status: row.status as PersonStatus,
    missingKey: row.missing_key,
    heldKey: row.held_key,
    entryIds: fromJsonText<string[]>(row.entry_ids, []),
    runId: row.run_id,
  };
}

function toPersonRow(person: TrackedPerson, createdAt: string, updatedAt: string): ExchangePersonTable {
  return {
    id: person.id,
    own_party_id: person.ownPartyId,
    holding_party_id: person.holdingPartyId,
    display_name: person.displayName,
    status: person.status,
    missing_key: person.missingKey,
    held_key: person.heldKey,
    entry_ids: toJsonText(person.entryIds),
    run_id: person.runId,
    ...storedNames(person.displayName),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** A history row: the reason as its label key, its parameters as JSON. */
export function statusChangeRow(change: {
  personId: string;
  from: PersonStatus | null;
  to: PersonStatus;
  event: string | null;
  reason: StatusReason;
  actor: StatusActor;
  exchangeEventId?: string | null;
  at: string;
}): PersonStatusChangeTable {
  return {
    id: randomUUID(),
    person_id: change.personId,
    from_status: change.from,
    to_status: change.to,
    event: change.event,
    exchange_event_id: change.exchangeEventId ?? null,
    reason: change.reason.key,
    reason_params: toJsonText(change.reason.params),
    by_user_id: change.actor.userId,
    by: change.actor.username,
    at: change.at,
  };
}

/** The persons with one of these keys (every person when `keys` is null). */
export async function loadTrackedPersons(
  db: Db,
  keys: { missing: string[]; held: string[] } | null,
): Promise<TrackedPerson[]> {
  if (!keys) return (await db.selectFrom('exchange_person').selectAll().execute()).map(toTrackedPerson);
  const missing = keys.missing.length > 0 ? keys.missing : [''];
  const held = keys.held.length > 0 ? keys.held : [''];
  const rows = await db
    .selectFrom('exchange_person')
    .selectAll()
    .where((eb) => eb.or([eb('missing_key', 'in', missing), eb('held_key', 'in', held)]))
    .execute();
  return rows.map(toTrackedPerson);
}

type WriteStep = { persons: number; history: number; run: (trx: Db) => Promise<void> };

/**
 * Writes a plan of person changes (domain planPersonChanges) as it is: removals, creations, updates, history.
 * By default all in the caller's transaction; with `batchRows`, in batches of about that many rows, each its own
 * transaction (when called outside one) ending with `onBatch`.
 */
export async function writePersonChanges(
  db: Db,
  actor: StatusActor,
  changes: readonly PersonChange[],
  opts: {
    batchRows?: number;
    onBatch?: (trx: Db, written: { persons: number; history: number }) => Promise<void>;
  } = {},
): Promise<{ created: number; updated: number }> {
  const at = nowIso();
  const removed: string[] = [];
  const created: ExchangePersonTable[] = [];
  const updated: ExchangePersonTable[] = [];
  const history: PersonStatusChangeTable[] = [];
  for (const change of changes) {
    if (change.kind === 'remove') removed.push(change.personId);
    else if (change.kind === 'create') created.push(toPersonRow(change.person, at, at));
    else if (change.kind === 'update') updated.push(toPersonRow(change.person, at, at));
    else history.push(statusChangeRow({ ...change, actor, at }));
  }

  const steps: WriteStep[] = [];
  if (removed.length > 0) {
    steps.push({
      persons: removed.length,
      history: 0,
      run: async (trx) => {
        for (const ids of inChunks(removed)) {
          await trx.deleteFrom('person_status_change').where('person_id', 'in', ids).execute();
          await trx.deleteFrom('exchange_person').where('id', 'in', ids).execute();
        }
      },
    });
  }
  for (const rows of inChunks(created)) {
    steps.push({ persons: rows.length, history: 0, run: (trx) => insertRows(trx, 'exchange_person', rows) });
  }
  for (const row of updated) {
    const { id, created_at: _createdAt, ...fields } = row;
    steps.push({
      persons: 1,
      history: 0,
      run: async (trx) => {
        await trx.updateTable('exchange_person').set(fields).where('id', '=', id).execute();
      },
    });
  }
  for (const rows of inChunks(history)) {
    steps.push({
      persons: 0,
      history: rows.length,
      run: (trx) => insertRows(trx, 'person_status_change', rows),
    });
  }

  const limit = opts.batchRows ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < steps.length; ) {
    const batch: WriteStep[] = [];
    let rows = 0;
    while (i < steps.length && (batch.length === 0 || rows + steps[i].persons + steps[i].history <= limit)) {
      rows += steps[i].persons + steps[i].history;
      batch.push(steps[i++]);
    }
    await inTransaction(db, async (trx) => {
      for (const step of batch) await step.run(trx);
      await opts.onBatch?.(trx, {
        persons: batch.reduce((n, s) => n + s.persons, 0),
        history: batch.reduce((n, s) => n + s.history, 0),
      });
    });
    if (!db.isTransaction) await nextTurn();
  }
  return { created: created.length, updated: updated.length };
}

/**
 * Stages a run's plan of person changes under the run (`reconciliation_person_stage`, `..._history_stage`): nothing
 * of it is served until `switchOnStaged` moves it into the persons, in the transaction that marks the run done.
 * Written in batches of about `batchRows` rows, each its own transaction closed by `onBatch` (which may refuse, e.g.
 * when the worker no longer holds the run).
 */
export async function stagePersonChanges(
  db: Db,
  runId: string,
  actor: StatusActor,
  changes: readonly PersonChange[],
  opts: {
    batchRows: number;
    onBatch?: (trx: Db, written: { persons: number; history: number }) => Promise<void>;
    afterBatch?: (done: number, total: number) => Promise<void>;
  },
): Promise<{ created: number; updated: number; removed: number }> {
  const at = nowIso();
  const persons: ReconciliationPersonStageTable[] = [];
  const history: ReconciliationHistoryStageTable[] = [];
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const change of changes) {
    if (change.kind === 'remove') {
      counts.removed++;
      persons.push({ ...EMPTY_STAGE, run_id: runId, person_id: change.personId, kind: 'remove' });
    } else if (change.kind === 'create' || change.kind === 'update') {
      counts[change.kind === 'create' ? 'created' : 'updated']++;
      const { id, run_id: personRunId, ...row } = toPersonRow(change.person, at, at);
      persons.push({ ...row, run_id: runId, person_id: id, kind: change.kind, person_run_id: personRunId });
    } else history.push({ ...statusChangeRow({ ...change, actor, at }), run_id: runId });
  }
  const batches = [
    ...inChunks(persons, opts.batchRows).map((rows) => ({ persons: rows, history: [] as typeof history })),
    ...inChunks(history, opts.batchRows).map((rows) => ({ persons: [] as typeof persons, history: rows })),
  ];
  for (const [index, batch] of batches.entries()) {
    await inTransaction(db, async (trx) => {
      await insertRows(trx, 'reconciliation_person_stage', batch.persons);
      await insertRows(trx, 'reconciliation_history_stage', batch.history);
      await opts.onBatch?.(trx, { persons: batch.persons.length, history: batch.history.length });
    });
    await opts.afterBatch?.(index + 1, batches.length);
    if (!db.isTransaction) await nextTurn();
  }
  return counts;
}

const EMPTY_STAGE = {
  own_party_id: null,
  holding_party_id: null,
  display_name: null,
  status: null,
  missing_key: null,
  held_key: null,
  entry_ids: null,
  person_run_id: null,
  name_latin: null,
  name_cyrillic: null,
  name_armenian: null,
  created_at: null,
  updated_at: null,
} satisfies Partial<ReconciliationPersonStageTable>;

/**
 * Moves what a run staged into the persons, in the caller's transaction (the one that marks the run done):
 * removals, creations and updates as planned, then the history. Set-based statements, so that the switch is one
 * short transaction however many persons the run brings.
 */
export async function switchOnStaged(trx: Db, runId: string): Promise<void> {
  const staged = (kind: ReconciliationPersonStageTable['kind']) =>
    trx
      .selectFrom('reconciliation_person_stage')
      .select('person_id')
      .where('run_id', '=', runId)
      .where('kind', '=', kind);
  await trx.deleteFrom('person_status_change').where('person_id', 'in', staged('remove')).execute();
  await trx.deleteFrom('exchange_person').where('id', 'in', staged('remove')).execute();
  await trx
    .insertInto('exchange_person')
    .columns([...PERSON_COLUMNS, 'id', 'run_id'])
    .expression(
      trx
        .selectFrom('reconciliation_person_stage')
        .select([...PERSON_COLUMNS, 'person_id as id', 'person_run_id as run_id'])
        .where('run_id', '=', runId)
        .where('kind', '=', 'create'),
    )
    .execute();
  await trx
    .updateTable('exchange_person')
    .from('reconciliation_person_stage as s')
    .set((eb) => ({
      ...Object.fromEntries(
        PERSON_COLUMNS.filter((c) => c !== 'created_at').map((c) => [c, eb.ref(`s.${c}`)]),
      ),
      run_id: eb.ref('s.person_run_id'),
    }))
    .whereRef('s.person_id', '=', 'exchange_person.id')
    .where('s.run_id', '=', runId)
    .where('s.kind', '=', 'update')
    .execute();
  await trx
    .insertInto('person_status_change')
    .columns(HISTORY_COLUMNS)
    .expression(
      trx.selectFrom('reconciliation_history_stage').select(HISTORY_COLUMNS).where('run_id', '=', runId),
    )
    .execute();
  await discardStaged(trx, runId);
}

/** Drops what a run staged (a run taken up again, failed, or switched on). */
export async function discardStaged(db: Db, runId: string): Promise<void> {
  await db.deleteFrom('reconciliation_history_stage').where('run_id', '=', runId).execute();
  await db.deleteFrom('reconciliation_person_stage').where('run_id', '=', runId).execute();
}

const PERSON_COLUMNS = [
  'own_party_id',
  'holding_party_id',
  'display_name',
  'status',
  'missing_key',
  'held_key',
  'entry_ids',
  'name_latin',
  'name_cyrillic',
  'name_armenian',
  'created_at',
  'updated_at',
] as const;

const HISTORY_COLUMNS = [
  'id',
  'person_id',
  'from_status',
  'to_status',
  'event',
  'exchange_event_id',
  'reason',
  'reason_params',
  'by_user_id',
  'by',
  'at',
] as const;
