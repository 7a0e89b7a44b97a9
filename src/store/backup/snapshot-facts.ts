import { sql } from 'kysely';
import type { AuditChainVerdict } from '../../domain/audit/types.js';
import type { DialectInfo } from '../dialect.js';
import { toCount } from '../normalise.js';
import { createRepositories } from '../repositories.js';
import { readAppliedMigrations } from '../schema-version.js';
import type { Db } from '../transaction.js';

/** What a backup says about the data it holds, read inside the snapshot it was taken from. */
export interface SnapshotFacts {
  migrations: string[];
  tables: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
  /** The project's own audit chain verification, run over the snapshot. */
  auditVerdict: AuditChainVerdict;
}

/** Parley's own tables: the public schema (PostgreSQL) or the main database (SQLite), without Kysely's. */
export async function listDataTables(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (t.schema === undefined || t.schema === 'public'))
    .map((t) => t.name)
    .sort();
}

export async function countRows(db: Db, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = toCount(row.rows[0]?.n);
  }
  return counts;
}

export async function readSnapshotFacts(db: Db, dialect: DialectInfo): Promise<SnapshotFacts> {
  const migrations = await readAppliedMigrations(db);
  const tables = await countRows(db, await listDataTables(db));
  const head = tables.audit_log
    ? await db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst()
    : undefined;
  const auditVerdict: AuditChainVerdict =
    tables.audit_log === undefined
      ? { ok: true, checked: 0 }
      : await createRepositories(db, dialect).audit.verifyChain();
  return {
    migrations,
    tables,
    auditHead: head ? { seq: Number(head.seq), hash: head.hash } : null,
    auditVerdict,
  };
}

/** Names every difference between two sets of facts (a restore against the archive it came from). */
export function differences(expected: SnapshotFacts, actual: SnapshotFacts): string[] {
  const found: string[] = [];
  const names = new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)]);
  for (const name of [...names].sort()) {
    if (expected.tables[name] !== actual.tables[name])
      found.push(
        `table ${name}: ${actual.tables[name] ?? 'missing'} rows where ${expected.tables[name] ?? 'none'} expected`,
      );
  }
  if (JSON.stringify(expected.migrations) !== JSON.stringify(actual.migrations))
    found.push('the applied migrations differ');
  if (JSON.stringify(expected.auditHead) !== JSON.stringify(actual.auditHead))
    found.push('the audit chain head differs');
  if (expected.auditVerdict.ok !== actual.auditVerdict.ok) found.push('the audit chain verdict differs');
  return found;
}
