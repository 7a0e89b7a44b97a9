import { randomUUID } from 'node:crypto';
import type { PersonStatus, StatusEvent } from '../../domain/exchange/types.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import { type Db, inTransaction } from '../transaction.js';
import type { StatusActor } from './person.repository.js';
import type { ExchangePersonTable, PersonStatusChangeTable } from './person.table.js';

/**
 * Lets the event loop run. better-sqlite3 answers synchronously, so a loop of awaited queries alone never yields:
 * long writes call this between batches so that other requests get their turn.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Rows per insert: under SQLite's bound-parameter limit and PostgreSQL's 65,535.
const INSERT_CHUNK = 500;

/** A list entry as the person sync needs it. */
export interface PersonSource {
  key: string;
  entryId: string;
  partyId: string;
  displayName: string;
}

interface PersonState {
  row: ExchangePersonTable;
  entryIds: Set<string>;
  isNew: boolean;
  changed: boolean;
}

/**
 * The persons the exchange tracks, kept in step with the lists: a missing entry is a person of its party
 * (listed), a held entry a person of the other side held by its party (located), a match joins the two into one
 * located person. Loads the persons concerned, applies changes in memory, then writes them in batches with
 * their history, in the caller's transaction.
 */
export class PersonSync {
  private readonly byMissing = new Map<string, PersonState>();
  private readonly byHeld = new Map<string, PersonState>();
  private readonly removed = new Set<string>();
  private readonly history: PersonStatusChangeTable[] = [];
  private readonly at = nowIso();

  private constructor(
    private readonly trx: Db,
    private readonly actor: StatusActor,
  ) {}

  /** Loads the persons with one of these keys (all persons when `keys` is null). */
  static async load(
    trx: Db,
    actor: StatusActor,
    keys: { missing: string[]; held: string[] } | null,
  ): Promise<PersonSync> {
    const sync = new PersonSync(trx, actor);
    let query = trx.selectFrom('exchange_person').selectAll();
    if (keys) {
      const missing = keys.missing.length > 0 ? keys.missing : [''];
      const held = keys.held.length > 0 ? keys.held : [''];
      query = query.where((eb) => eb.or([eb('missing_key', 'in', missing), eb('held_key', 'in', held)]));
    }
    for (const row of await query.execute()) {
      const state: PersonState = {
        row: { ...row },
        entryIds: new Set(fromJsonText<string[]>(row.entry_ids, [])),
        isNew: false,
        changed: false,
      };
      if (row.missing_key) sync.byMissing.set(row.missing_key, state);
      if (row.held_key) sync.byHeld.set(row.held_key, state);
    }
    return sync;
  }

  private step(
    state: PersonState,
    from: PersonStatus | null,
    to: PersonStatus,
    event: StatusEvent | null,
    reason: string,
  ) {
    state.row.status = to;
    state.row.updated_at = this.at;
    state.changed = true;
    this.history.push({
      id: randomUUID(),
      person_id: state.row.id,
      from_status: from,
      to_status: to,
      event,
      exchange_event_id: null,
      reason,
      by_user_id: this.actor.userId,
      by: this.actor.username,
      at: this.at,
    });
  }

  private create(fields: {
    ownPartyId: string;
    holdingPartyId: string | null;
    displayName: string;
    missingKey: string | null;
    heldKey: string | null;
    entryIds: string[];
  }): PersonState {
    const state: PersonState = {
      row: {
        id: randomUUID(),
        own_party_id: fields.ownPartyId,
        holding_party_id: fields.holdingPartyId,
        display_name: fields.displayName,
        status: 'listed',
        missing_key: fields.missingKey,
        held_key: fields.heldKey,
        entry_ids: '[]',
        created_at: this.at,
        updated_at: this.at,
      },
      entryIds: new Set(fields.entryIds),
      isNew: true,
      changed: true,
    };
    if (fields.missingKey) this.byMissing.set(fields.missingKey, state);
    if (fields.heldKey) this.byHeld.set(fields.heldKey, state);
    return state;
  }

  /** A person its own party claims missing: listed, unless already tracked. */
  claimed(missing: PersonSource, reason: string): void {
    if (this.byMissing.has(missing.key)) return;
    const state = this.create({
      ownPartyId: missing.partyId,
      holdingPartyId: null,
      displayName: missing.displayName,
      missingKey: missing.key,
      heldKey: null,
      entryIds: [missing.entryId],
    });
    this.step(state, null, 'listed', null, reason);
  }

  /** A person of `ownPartyId` that the held list of `held.partyId` names: located there, unless tracked. */
  held(held: PersonSource, ownPartyId: string, reason: string): void {
    if (this.byHeld.has(held.key)) return;
    const state = this.create({
      ownPartyId,
      holdingPartyId: held.partyId,
      displayName: held.displayName,
      missingKey: null,
      heldKey: held.key,
      entryIds: [held.entryId],
    });
    this.step(state, null, 'located', null, reason);
  }

  /** A claim matched to a holding: one person, located with the holding party. */
  linked(missing: PersonSource, held: PersonSource, reason: string): void {
    let claimed = this.byMissing.get(missing.key);
    const holding = this.byHeld.get(held.key);
    if (claimed && holding === claimed) {
      if (claimed.row.status === 'listed') this.step(claimed, 'listed', 'located', 'locate', reason);
      return;
    }
    if (claimed && holding) {
      // Two persons for one: the held-only one was never more than located, so it folds into the claimed one.
      if (holding.row.missing_key !== null || holding.row.status !== 'located') return;
      this.byHeld.delete(held.key);
      if (!holding.isNew) this.removed.add(holding.row.id);
      holding.changed = false;
    }
    if (!claimed && holding) {
      holding.row.missing_key = missing.key;
      holding.row.display_name = missing.displayName;
      holding.entryIds.add(missing.entryId);
      holding.changed = true;
      this.byMissing.set(missing.key, holding);
      return;
    }
    if (!claimed) {
      claimed = this.create({
        ownPartyId: missing.partyId,
        holdingPartyId: null,
        displayName: missing.displayName,
        missingKey: missing.key,
        heldKey: null,
        entryIds: [missing.entryId],
      });
      this.step(claimed, null, 'listed', null, "listed in its party's list of missing persons");
    }
    if (claimed.row.held_key && claimed.row.held_key !== held.key) return;
    claimed.row.held_key = held.key;
    claimed.row.holding_party_id = held.partyId;
    claimed.entryIds.add(held.entryId);
    claimed.changed = true;
    this.byHeld.set(held.key, claimed);
    if (claimed.row.status === 'listed') this.step(claimed, 'listed', 'located', 'locate', reason);
  }

  /** A match taken back (rejected): the claim goes back to listed, the holding becomes its own person again. */
  unlinked(missing: PersonSource, held: PersonSource, ownPartyOfHeld: string, reason: string): void {
    const person = this.byMissing.get(missing.key);
    if (!person || person.row.held_key !== held.key) return;
    if (person.row.status !== 'located' && person.row.status !== 'verified') return;
    this.step(person, person.row.status as PersonStatus, 'listed', 'unlocate', reason);
    person.row.held_key = null;
    person.row.holding_party_id = null;
    person.entryIds.delete(held.entryId);
    this.byHeld.delete(held.key);
    this.held(held, ownPartyOfHeld, reason);
  }

  /**
   * Writes what changed. By default all in the caller's transaction; with `batchRows`, in batches of about that
   * many rows, each its own transaction (when the sync was loaded outside one) ending with `onBatch`.
   */
  async flush(
    opts: {
      batchRows?: number;
      onBatch?: (trx: Db, written: { persons: number; history: number }) => Promise<void>;
    } = {},
  ): Promise<{ created: number; updated: number }> {
    const states = new Set([...this.byMissing.values(), ...this.byHeld.values()]);
    const created: ExchangePersonTable[] = [];
    const updated: PersonState[] = [];
    let seen = 0;
    for (const state of states) {
      if (++seen % 5_000 === 0 && !this.trx.isTransaction) await nextTurn();
      if (!state.changed) continue;
      state.row.entry_ids = toJsonText([...state.entryIds]);
      if (state.isNew) created.push(state.row);
      else updated.push(state);
    }
    const liveIds = new Set([...states].map((s) => s.row.id));
    const history = this.history.filter((h) => liveIds.has(h.person_id));

    type Step = { persons: number; history: number; run: (trx: Db) => Promise<void> };
    const steps: Step[] = [];
    if (this.removed.size > 0) {
      const ids = [...this.removed];
      steps.push({
        persons: ids.length,
        history: 0,
        run: async (trx) => {
          await trx.deleteFrom('person_status_change').where('person_id', 'in', ids).execute();
          await trx.deleteFrom('exchange_person').where('id', 'in', ids).execute();
        },
      });
    }
    for (let i = 0; i < created.length; i += INSERT_CHUNK) {
      const rows = created.slice(i, i + INSERT_CHUNK);
      steps.push({
        persons: rows.length,
        history: 0,
        run: async (trx) => {
          await trx.insertInto('exchange_person').values(rows).execute();
        },
      });
    }
    for (const state of updated) {
      const { id, ...fields } = state.row;
      steps.push({
        persons: 1,
        history: 0,
        run: async (trx) => {
          await trx.updateTable('exchange_person').set(fields).where('id', '=', id).execute();
        },
      });
    }
    for (let i = 0; i < history.length; i += INSERT_CHUNK) {
      const rows = history.slice(i, i + INSERT_CHUNK);
      steps.push({
        persons: 0,
        history: rows.length,
        run: async (trx) => {
          await trx.insertInto('person_status_change').values(rows).execute();
        },
      });
    }

    const limit = opts.batchRows ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < steps.length; ) {
      const batch: Step[] = [];
      let rows = 0;
      while (
        i < steps.length &&
        (batch.length === 0 || rows + steps[i].persons + steps[i].history <= limit)
      ) {
        rows += steps[i].persons + steps[i].history;
        batch.push(steps[i++]);
      }
      await inTransaction(this.trx, async (trx) => {
        for (const step of batch) await step.run(trx);
        await opts.onBatch?.(trx, {
          persons: batch.reduce((n, s) => n + s.persons, 0),
          history: batch.reduce((n, s) => n + s.history, 0),
        });
      });
      if (!this.trx.isTransaction) await nextTurn();
    }
    return { created: created.length, updated: updated.length };
  }
}
