import { randomUUID } from 'node:crypto';
import type { PersonChange, TrackedPerson } from '../../domain/exchange/person-changes.js';
import type { StatusReason } from '../../domain/exchange/status-reasons.js';
import type { PersonStatus } from '../../domain/exchange/types.js';
import { inChunks, insertRows } from '../batch-insert.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import { type Db, inTransaction } from '../transaction.js';
import type { ExchangePersonRow, ExchangePersonTable, PersonStatusChangeTable } from './person.table.js';

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
