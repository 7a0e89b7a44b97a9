import type { PartyScope } from '../../domain/access/types.js';
import { checkpointSignatureHolds, signCheckpoint } from '../../domain/audit/checkpoint.js';
import { type ChainAnchors, verifyAuditEntries } from '../../domain/audit/hash-chain.js';
import type {
  AuditChainVerdict,
  AuditCheckpoint,
  AuditEntry,
  AuditFilter,
  JsonValue,
} from '../../domain/audit/types.js';
import type { DialectInfo } from '../dialect.js';
import { fromJsonText, toCount, toStoredTime } from '../normalise.js';
import type { Db } from '../transaction.js';
import type { AuditCheckpointTable, AuditLogRow } from './audit.table.js';
import { type AuditReference, auditReferences } from './audit-references.js';

export type { AuditReference };

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;
const VERIFY_BATCH = 1000;

export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    version: Number(row.version) === 1 ? 1 : 2,
    seq: Number(row.seq),
    at: row.at,
    actor: {
      userId: row.actor_user_id,
      username: row.actor_username,
      via: row.via === 'cli' ? 'cli' : 'api',
    },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: fromJsonText<{ [key: string]: JsonValue }>(row.summary, {}),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A bare date as `to` means the whole of that day (UTC). */
function upperBound(to: string): { op: '<' | '<='; at: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const next = new Date(`${to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { op: '<', at: next.toISOString() };
  }
  return { op: '<=', at: toStoredTime(to) };
}

function toCheckpoint(row: AuditCheckpointTable): AuditCheckpoint {
  return {
    seq: Number(row.seq),
    hash: row.hash,
    at: row.at,
    legacyUntil: Number(row.legacy_until),
    publicKey: row.public_key,
    signature: row.signature,
  };
}

export function createAuditRepository(db: Db, dialect: DialectInfo) {
  const keys = dialect.auditKeys;

  async function storedCheckpoints(): Promise<AuditCheckpoint[]> {
    const rows = await db.selectFrom('audit_checkpoint').selectAll().orderBy('seq').execute();
    return rows.map(toCheckpoint);
  }

  /** Coordinators see the whole log; anyone else only the entries of their own actions. */
  async function list(
    scope: PartyScope,
    filter: AuditFilter = {},
  ): Promise<{ items: AuditEntry[]; total: number }> {
    const limit = Math.min(Math.max(filter.limit ?? AUDIT_PAGE_DEFAULT, 1), AUDIT_PAGE_MAX);
    const offset = Math.max(filter.offset ?? 0, 0);
    const base = db
      .selectFrom('audit_log')
      .$if(scope.role !== 'coordinator', (qb) => qb.where('actor_user_id', '=', scope.userId ?? ''))
      .$if(!!filter.actor, (qb) => qb.where('actor_username', '=', filter.actor!.trim().toLowerCase()))
      .$if(!!filter.action, (qb) => qb.where('action', '=', filter.action!))
      .$if(!!filter.entityType, (qb) => qb.where('entity_type', '=', filter.entityType!))
      .$if(!!filter.entityId, (qb) => qb.where('entity_id', '=', filter.entityId!))
      .$if(!!filter.from, (qb) => qb.where('at', '>=', toStoredTime(filter.from!)))
      .$if(!!filter.to, (qb) => {
        const bound = upperBound(filter.to!);
        return qb.where('at', bound.op, bound.at);
      });
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toAuditEntry), total: toCount(count.n) };
  }

  return {
    list,

    /**
     * A page as a reader reads it: each entry with its entity's reference (a name, a date, a party) instead of only
     * an id; the references are read for the coordinator, who sees the whole log.
     */
    async listReadable(
      scope: PartyScope,
      filter: AuditFilter = {},
    ): Promise<{ items: (AuditEntry & { reference: AuditReference | null })[]; total: number }> {
      const page = await list(scope, filter);
      const references = scope.role === 'coordinator' ? await auditReferences(db, page.items) : new Map();
      return {
        total: page.total,
        items: page.items.map((entry) => ({
          ...entry,
          reference: references.get(`${entry.entityType}:${entry.entityId}`) ?? null,
        })),
      };
    },

    /** The actions the log holds (for a filter chosen from a list), in order. */
    async actions(scope: PartyScope): Promise<string[]> {
      const rows = await db
        .selectFrom('audit_log')
        .select('action')
        .distinct()
        .$if(scope.role !== 'coordinator', (qb) => qb.where('actor_user_id', '=', scope.userId ?? ''))
        .orderBy('action')
        .execute();
      return rows.map((row) => row.action);
    },

    /**
     * Walks the whole chain in order and names the first entry that does not verify: its link, its seal (plain
     * SHA-256 for entries from before the keyed chain, HMAC with the audit key after), and every signed
     * checkpoint, the stored ones and those given (an observer's copies): the entry at a checkpoint must have its
     * hash, and the log must reach the newest checkpoint (a deleted tail is named).
     */
    async verifyChain(
      opts: {
        checkpoints?: readonly AuditCheckpoint[];
        /** Checks one batch of entries; by default on this thread (the server hands it to a worker thread). */
        verifyBatch?: (
          entries: AuditEntry[],
          previous: AuditEntry | null,
          anchors: ChainAnchors,
        ) => AuditChainVerdict | Promise<AuditChainVerdict>;
      } = {},
    ): Promise<AuditChainVerdict> {
      const verifyBatch = opts.verifyBatch ?? verifyAuditEntries;
      const checkpoints = [...(await storedCheckpoints()), ...(opts.checkpoints ?? [])];
      const bySeq = new Map<number, AuditCheckpoint>();
      for (const checkpoint of checkpoints) {
        const badCheckpoint = (reason: string): AuditChainVerdict => ({
          ok: false,
          checked: 0,
          firstBad: { seq: checkpoint.seq, id: '', reason },
        });
        if (!checkpointSignatureHolds(checkpoint, keys.publicKey))
          return badCheckpoint(
            `the checkpoint of ${checkpoint.at} is not signed with this installation's key`,
          );
        const other = bySeq.get(checkpoint.seq);
        if (other && other.hash !== checkpoint.hash)
          return badCheckpoint('two signed checkpoints name different hashes for this entry');
        bySeq.set(checkpoint.seq, checkpoint);
      }
      const anchors = {
        macKey: keys.macKey,
        legacyUntil: checkpoints.length > 0 ? Math.min(...checkpoints.map((c) => c.legacyUntil)) : null,
        checkpoints: bySeq,
      };
      let previous: AuditEntry | null = null;
      let checked = 0;
      for (;;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .$if(previous !== null, (qb) => qb.where('seq', '>', previous!.seq))
          .orderBy('seq', 'asc')
          .limit(VERIFY_BATCH)
          .execute();
        if (rows.length === 0) break;
        const entries = rows.map(toAuditEntry);
        const verdict = await verifyBatch(entries, previous, anchors);
        if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
        checked += verdict.checked;
        previous = entries[entries.length - 1];
      }
      const lastSeq = previous?.seq ?? 0;
      const beyond = checkpoints.filter((c) => c.seq > lastSeq).sort((a, b) => b.seq - a.seq)[0];
      if (beyond) {
        return {
          ok: false,
          checked,
          firstBad: {
            seq: lastSeq + 1,
            id: '',
            reason: `missing: the log ends at #${lastSeq}, but the signed checkpoint of ${beyond.at} covers #${beyond.seq} (entries deleted from the end)`,
          },
        };
      }
      return { ok: true, checked };
    },

    /**
     * Signs the chain's head as a checkpoint and stores it, unless the newest checkpoint already covers it.
     * The first checkpoint also records where the unkeyed (version 1) entries end. Null for an empty log.
     */
    async checkpoint(now = new Date()): Promise<AuditCheckpoint | null> {
      const head = await db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!head) return null;
      const existing = await storedCheckpoints();
      const newest = existing.at(-1);
      if (newest && newest.seq >= Number(head.seq)) return newest;
      const legacy = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('version', '=', 1)
        .executeTakeFirst();
      const legacyUntil = existing[0]?.legacyUntil ?? Number(legacy?.seq ?? 0);
      const checkpoint = signCheckpoint(
        { seq: Number(head.seq), hash: head.hash, at: toStoredTime(now), legacyUntil },
        keys,
      );
      await db
        .insertInto('audit_checkpoint')
        .values({
          seq: checkpoint.seq,
          hash: checkpoint.hash,
          at: checkpoint.at,
          legacy_until: checkpoint.legacyUntil,
          public_key: checkpoint.publicKey,
          signature: checkpoint.signature,
        })
        .onConflict((oc) => oc.column('seq').doNothing())
        .execute();
      return checkpoint;
    },

    /** The stored checkpoints, oldest first, and the public key they are checked against. */
    async checkpoints(): Promise<{ publicKey: string; items: AuditCheckpoint[] }> {
      return { publicKey: keys.publicKey, items: await storedCheckpoints() };
    },

    /** Anchors entries from before the keyed chain: the first checkpoint, made when unkeyed entries exist. */
    async anchorLegacyEntries(now = new Date()): Promise<void> {
      const [anyCheckpoint, anyLegacy] = await Promise.all([
        db.selectFrom('audit_checkpoint').select('seq').limit(1).executeTakeFirst(),
        db.selectFrom('audit_log').select('seq').where('version', '=', 1).limit(1).executeTakeFirst(),
      ]);
      if (!anyCheckpoint && anyLegacy) await this.checkpoint(now);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
