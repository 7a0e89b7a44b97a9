// Freezes the demo as the current release leaves it, for the upgrade test of later releases:
//   npx tsx test/upgrade/make-release-fixture.ts 0.1.0
// writes test/upgrade/fixtures/release-0.1.0-demo.json.gz. Run it once per release, never again for that release.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { loadDemo } from '../../src/store/index.js';
import { readAppliedMigrations } from '../../src/store/schema-version.js';
import { openTestStore } from '../../src/store/testing/test-store.js';
import { fixturePassword, type ReleaseFixture } from './release-fixture.js';

const release = process.argv[2];
if (!release) throw new Error('usage: make-release-fixture.ts RELEASE');
const store = await openTestStore('sqlite');
try {
  await loadDemo(store, { passwordFor: fixturePassword });
  // sqlite_master lists tables in the order they were created: parents before the tables that refer to them.
  const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table'
    and name not like 'sqlite_%' and name not like 'kysely_%' order by rowid`.execute(store.db);
  const fixture: ReleaseFixture = { release, migrations: await readAppliedMigrations(store.db), tables: [] };
  for (const { name } of names.rows) {
    const rows = await sql<Record<string, string | number | null>>`select * from ${sql.table(name)}`.execute(
      store.db,
    );
    fixture.tables.push({ name, rows: rows.rows });
  }
  const file = new URL(`./fixtures/release-${release}-demo.json.gz`, import.meta.url);
  writeFileSync(file, gzipSync(JSON.stringify(fixture)));
  console.log(`wrote ${file.pathname}: ${fixture.tables.reduce((n, t) => n + t.rows.length, 0)} rows`);
} finally {
  await store.close();
}
