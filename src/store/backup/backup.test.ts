import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo/load-demo.js';
import { migrateToLatest } from '../migrate.js';
import { SchemaNewerError } from '../schema-version.js';
import { openStore, type Store } from '../store.js';
import { TEST_CTX } from '../testing/fixtures.js';
import { createTestDatabase, type TestDatabase, testDialects } from '../testing/test-store.js';
import { ArchiveError } from './archive.js';
import { createBackup } from './create-backup.js';
import { RestoreRefusedError, restoreBackup } from './restore-backup.js';
import { listDataTables, readSnapshotFacts } from './snapshot-facts.js';

/** Enough rows that SQLite's backup takes several steps, so that writes land between them. */
async function addBulk(store: Store, rows: number): Promise<void> {
  for (let start = 0; start < rows; start += 500) {
    const batch = Array.from({ length: Math.min(500, rows - start) }, (_, i) => ({
      id: `bulk-${start + i}`,
      username: `someone-${(start + i) % 97}`,
      ip: '192.0.2.1',
      succeeded: 0,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, start + i)).toISOString(),
    }));
    await store.db.insertInto('login_attempt').values(batch).execute();
  }
}

const newerMigration = {
  '2999_01_01_0001_from_a_later_release': {
    // biome-ignore lint/suspicious/noExplicitAny: a migration's signature
    async up(db: Kysely<any>) {
      await db.schema.createTable('later_release_table').addColumn('id', 'text').execute();
    },
  },
};

for (const dialect of testDialects()) {
  describe(`backup and restore on ${dialect}`, () => {
    let source: TestDatabase;
    let store: Store;
    let work: string;
    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'parley-backup-test-'));
      source = await createTestDatabase(dialect);
      store = await openStore(source.target);
      await loadDemo(store);
      await addBulk(store, 30_000);
    });
    afterAll(async () => {
      await store.close();
      await source.drop();
      rmSync(work, { recursive: true, force: true });
    });

    it('takes a consistent backup while writes go on, and restores it into an empty database with equal rows and a verified audit chain', async () => {
      const writer = await openStore(source.target);
      const empty = await createTestDatabase(dialect);
      try {
        const partiesBefore = (await store.db.selectFrom('party').select('id').execute()).length;
        let done = false;
        let written = 0;
        const writes = (async () => {
          while (!done) {
            await writer.repos.parties.create(TEST_CTX, {
              code: `W${written}`,
              kind: 'observer',
              names: { en: `W ${written}` },
            });
            written += 1;
            await new Promise((resolve) => setImmediate(resolve));
          }
        })();
        const file = path.join(work, 'while-writing.parley-backup');
        const result = await createBackup(store, file);
        const writtenDuringBackup = written;
        done = true;
        await writes;
        expect(writtenDuringBackup).toBeGreaterThan(0);

        const { manifest } = result;
        expect(manifest.dialect).toBe(dialect);
        expect(manifest.audit.verdict).toMatchObject({ ok: true });
        // The snapshot is one moment: its parties and its audit head are from the same instant.
        expect(manifest.tables.party).toBeGreaterThanOrEqual(partiesBefore);
        expect(manifest.tables.party).toBeLessThanOrEqual(partiesBefore + written);
        expect(manifest.audit.head?.seq).toBe(manifest.tables.audit_log);
        const sourceEntry = await store.db
          .selectFrom('audit_log')
          .select('hash')
          .where('seq', '=', manifest.audit.head?.seq ?? 0)
          .executeTakeFirstOrThrow();
        expect(sourceEntry.hash).toBe(manifest.audit.head?.hash);

        const restored = await restoreBackup(empty.target, file);
        const again = await openStore({ ...empty.target, migrate: false });
        try {
          const facts = await readSnapshotFacts(again.db, again.dialect);
          expect(facts.tables).toEqual(manifest.tables);
          expect(facts.tables.login_attempt).toBe(30_000);
          expect(await again.repos.audit.verifyChain()).toEqual({
            ok: true,
            checked: manifest.tables.audit_log,
          });
          expect(restored.facts.auditHead).toEqual(manifest.audit.head);
        } finally {
          await again.close();
        }
      } finally {
        await writer.close();
        await empty.drop();
      }
    }, 120_000);

    it('refuses a damaged archive and a file that is not an archive, and leaves the database untouched', async () => {
      const empty = await createTestDatabase(dialect);
      try {
        const file = path.join(work, 'to-damage.parley-backup');
        await createBackup(store, file);
        const bytes = readFileSync(file);
        const flipped = Buffer.from(bytes);
        flipped[flipped.length - 100] ^= 0xff;
        const damaged = path.join(work, 'damaged.parley-backup');
        writeFileSync(damaged, flipped);
        await expect(restoreBackup(empty.target, damaged)).rejects.toThrow(
          /damaged: its checksum does not match its content/,
        );
        const truncated = path.join(work, 'truncated.parley-backup');
        writeFileSync(truncated, bytes.subarray(0, bytes.length - 1000));
        await expect(restoreBackup(empty.target, truncated)).rejects.toBeInstanceOf(ArchiveError);
        const notAnArchive = path.join(work, 'list.csv');
        writeFileSync(notAnArchive, 'id,full_name\n1,Armen Petrosyan\n');
        await expect(restoreBackup(empty.target, notAnArchive)).rejects.toThrow(
          /is not a Parley backup archive/,
        );

        if (dialect === 'sqlite') expect(readdirSync(empty.target.dataDir ?? '')).toEqual([]);
        else {
          const target = await openStore({ ...empty.target, migrate: false });
          try {
            expect(await listDataTables(target.db)).toEqual([]);
          } finally {
            await target.close();
          }
        }
      } finally {
        await empty.drop();
      }
    }, 60_000);

    it('refuses to overwrite a database that is not empty unless forced', async () => {
      const other = await createTestDatabase(dialect);
      try {
        const file = path.join(work, 'to-force.parley-backup');
        const { manifest } = await createBackup(store, file);
        const target = await openStore(other.target);
        await target.repos.parties.create(TEST_CTX, { code: 'KEEP', kind: 'party', names: { en: 'Kept' } });
        await target.close();
        await expect(restoreBackup(other.target, file)).rejects.toThrow(RestoreRefusedError);
        const unchanged = await openStore(other.target);
        expect((await unchanged.db.selectFrom('party').select('code').execute()).map((p) => p.code)).toEqual([
          'KEEP',
        ]);
        await unchanged.close();

        const forced = await restoreBackup(other.target, file, { force: true });
        expect(forced.replaced.party).toBe(1);
        expect(forced.facts.tables).toEqual(manifest.tables);
      } finally {
        await other.drop();
      }
    }, 60_000);

    it('refuses an archive from a newer schema, and a store refuses to open such a database', async () => {
      const newer = await createTestDatabase(dialect);
      const empty = await createTestDatabase(dialect);
      try {
        const made = await openStore(newer.target);
        await migrateToLatest(made.db, made.dialect, newerMigration);
        const file = path.join(work, 'newer.parley-backup');
        await createBackup(made, file);
        await made.close();

        await expect(restoreBackup(empty.target, file)).rejects.toThrow(
          /comes from a newer Parley: its schema is at 2999_01_01_0001_from_a_later_release, which this version does not know/,
        );
        const opened = openStore(newer.target);
        await expect(opened).rejects.toBeInstanceOf(SchemaNewerError);
        await expect(opened).rejects.toThrow(
          /schema is newer than this Parley: it is at 2999_01_01_0001_from_a_later_release.*Run a Parley whose migrations include 2999_01_01_0001_from_a_later_release/,
        );
      } finally {
        await newer.drop();
        await empty.drop();
      }
    }, 60_000);
  });
}
