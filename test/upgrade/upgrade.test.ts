import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createDb } from '../../src/store/db.js';
import { openStore } from '../../src/store/index.js';
import { knownMigrations, readSchemaState } from '../../src/store/schema-version.js';
import { createTestDatabase, testDialects } from '../../src/store/testing/test-store.js';
import { fixturePassword, loadReleaseFixture, readReleaseFixture } from './release-fixture.js';

const PREVIOUS_RELEASE = readReleaseFixture(
  new URL('./fixtures/release-0.1.0-demo.json.gz', import.meta.url),
);

for (const dialect of testDialects()) {
  describe(`upgrade from release ${PREVIOUS_RELEASE.release} on ${dialect}`, () => {
    it("migrates a database made by the previous release's migrations with the demo in it, and keeps every row and the audit chain", async () => {
      const database = await createTestDatabase(dialect);
      try {
        const old = await createDb(database.target);
        await loadReleaseFixture(old.db, PREVIOUS_RELEASE);
        const before = await readSchemaState(old.db);
        expect(before.current).toBe(PREVIOUS_RELEASE.migrations.at(-1));
        await old.db.destroy();

        // What `parley serve` does on start (migrations on by default).
        const store = await openStore(database.target);
        try {
          const after = await readSchemaState(store.db);
          expect(after.pending).toEqual([]);
          expect(after.applied).toEqual(knownMigrations());
          for (const table of PREVIOUS_RELEASE.tables) {
            const rows = await store.db
              .selectFrom(table.name as 'party')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow();
            expect([table.name, Number(rows.n)]).toEqual([table.name, table.rows.length]);
          }
          const audit = PREVIOUS_RELEASE.tables.find((t) => t.name === 'audit_log')?.rows.length ?? 0;
          expect(await store.repos.audit.verifyChain()).toMatchObject({ ok: true, checked: audit });

          const app = await buildApp({ store });
          try {
            const login = await app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { username: 'coordinator', password: fixturePassword('coordinator') },
            });
            expect(login.statusCode, login.body).toBe(200);
            const cookie = login.cookies.find((c) => c.name === 'parley_session')?.value ?? '';
            const lists = await app.inject({
              method: 'GET',
              url: '/api/v1/parties',
              headers: { cookie: `parley_session=${cookie}` },
            });
            expect(lists.statusCode).toBe(200);
            expect((lists.json() as { items: { code: string }[] }).items.map((p) => p.code).sort()).toEqual([
              'AM',
              'AZ',
              'OSCE-MG',
              'RPC',
            ]);
          } finally {
            await app.close();
          }
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    }, 60_000);
  });
}
