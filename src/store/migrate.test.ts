import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from './db.js';
import { MigrationFailedError, migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openStore } from './store.js';
import { createTestDatabase, testDialects } from './testing/test-store.js';

// biome-ignore lint/suspicious/noExplicitAny: reads the catalogue of whatever schema is there
async function tableNames(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.map((t) => t.name).sort();
}

const failing = {
  '2999_01_01_0001_add_then_fail': {
    // biome-ignore lint/suspicious/noExplicitAny: a migration's signature
    async up(db: Kysely<any>) {
      await db.schema.createTable('half_done').addColumn('id', 'text').execute();
      await db.schema.alterTable('party').addColumn('motto', 'text').execute();
      await sql`insert into party (id) values (null)`.execute(db); // violates NOT NULL: the migration fails
    },
  },
};

for (const dialect of testDialects()) {
  describe(`migrations on ${dialect}`, () => {
    it('creates the schema once; running again applies nothing', async () => {
      const database = await createTestDatabase(dialect);
      try {
        const { db, dialect: info } = await createDb(database.target);
        const first = await migrateToLatest(db, info);
        expect(first.applied).toEqual(Object.keys(migrations));
        expect((await migrateToLatest(db, info)).applied).toEqual([]);
        expect(await tableNames(db)).toEqual(
          expect.arrayContaining(['agreement', 'app_user', 'audit_log', 'login_attempt', 'party', 'session']),
        );
        await db.destroy();
      } finally {
        await database.drop();
      }
    });

    it('leaves the database as it was when a migration fails, from empty and from the latest schema', async () => {
      const database = await createTestDatabase(dialect);
      try {
        const { db, dialect: info } = await createDb(database.target);
        // From empty: the bundled migrations run in the same transaction as the failing one, so none stays.
        await expect(migrateToLatest(db, info, failing)).rejects.toThrow(MigrationFailedError);
        expect((await tableNames(db)).filter((t) => !t.startsWith('kysely_'))).toEqual([]);

        await migrateToLatest(db, info);
        const before = await tableNames(db);
        const columnsBefore = (await db.introspection.getTables()).find((t) => t.name === 'party')?.columns;
        const error = await migrateToLatest(db, info, failing).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MigrationFailedError);
        expect((error as Error).message).toContain('2999_01_01_0001_add_then_fail');
        expect(await tableNames(db)).toEqual(before);
        const columnsAfter = (await db.introspection.getTables()).find((t) => t.name === 'party')?.columns;
        expect(columnsAfter?.map((c) => c.name)).toEqual(columnsBefore?.map((c) => c.name));
        const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
        expect(recorded.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
        await db.destroy();
      } finally {
        await database.drop();
      }
    });
  });
}

describe('opening a store that cannot be reached', () => {
  it('says so in one line naming the database, without its password', async () => {
    const error = await openStore({ databaseUrl: 'postgres://parley:s3cret@127.0.0.1:1/parley' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/parley: /);
    expect(message).not.toContain('s3cret');
    expect(message).not.toContain('\n');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/parley' })).rejects.toThrow(
      'DATABASE_URL must start with postgres:// or postgresql://',
    );
  });

  it('names the SQLite file it cannot open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
    const notAFolder = path.join(dir, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    try {
      const error = await openStore({ dataDir: notAFolder }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^Cannot open the SQLite store at .*a-file\/parley\.sqlite: /);
      expect((error as Error).message).not.toContain('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(openStore({ dataDir: '/proc/parley-cannot-be-here/data' })).rejects.toThrow(
      /^Cannot open the SQLite store at \/proc\/parley-cannot-be-here\/data\/parley\.sqlite: /,
    );
  });
});
