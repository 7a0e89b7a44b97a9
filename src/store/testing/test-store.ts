import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DialectName } from '../dialect.js';
import { openStore, type Store } from '../store.js';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The dialects tests run on: PARLEY_TEST_DIALECTS (comma-separated), default both. */
export function testDialects(): DialectName[] {
  const wanted = (process.env.PARLEY_TEST_DIALECTS ?? 'sqlite,postgres')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const d of wanted) {
    if (d !== 'sqlite' && d !== 'postgres') throw new Error(`PARLEY_TEST_DIALECTS: unknown dialect "${d}"`);
  }
  return wanted as DialectName[];
}

export function testPostgresAdminUrl(): string {
  return process.env.PARLEY_TEST_PG_URL ?? DEFAULT_PG_URL;
}

/** Every test database's audit key: stores opened on copies of one database (backup, restore) share it. */
export const TEST_AUDIT_KEY = 'parley-test-audit-key-0123456789abcdef-0123456789abcdef';

export interface TestDatabase {
  /** What to pass to openStore to reach this database (several stores may open it). */
  target: { databaseUrl?: string; dataDir?: string; auditKey: string };
  drop(): Promise<void>;
}

/** A fresh empty database: a temp folder for SQLite, a new `parley_t_<random>` database on PostgreSQL. */
export async function createTestDatabase(dialect: string): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
    return {
      target: { dataDir, auditKey: TEST_AUDIT_KEY },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (dialect !== 'postgres') throw new Error(`unknown test dialect "${dialect}"`);
  const adminUrl = testPostgresAdminUrl();
  const name = `parley_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { databaseUrl: url.toString(), auditKey: TEST_AUDIT_KEY },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh, migrated store; closing it also deletes its database. */
export async function openTestStore(dialect: string, opts: { migrate?: boolean } = {}): Promise<Store> {
  const database = await createTestDatabase(dialect);
  let store: Store;
  try {
    store = await openStore({ ...database.target, migrate: opts.migrate });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      await database.drop();
    },
  });
}
