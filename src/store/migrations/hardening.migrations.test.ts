import { type Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db.js';
import { createTestDatabase, testDialects } from '../testing/test-store.js';
import { migrations } from './index.js';

const OURS = '2026_12_03_2600_run_attempts';

/** A migrator over the migrations named up to `last` (ours included or not). */
const migratorUpTo = (db: Kysely<unknown>, last: string, withOurs: boolean) =>
  new Migrator({
    db,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(migrations).filter(([name]) => (withOurs ? name <= last : name < last)),
        ),
    },
  });

for (const dialect of testDialects()) {
  describe(`the run attempts migration on ${dialect}`, () => {
    it('counts a run that ever ran as taken up once, a queued one as never, and goes back down', async () => {
      const database = await createTestDatabase(dialect);
      const { db } = await createDb(database.target);
      // biome-ignore lint/suspicious/noExplicitAny: rows of the schema as it was, before the change
      const old = db as unknown as Kysely<any>;
      try {
        const before = await migratorUpTo(old, OURS, false).migrateToLatest();
        if (before.error) throw before.error;
        const run = (id: string, status: string) => ({
          id,
          status,
          started_at: '2026-12-01T12:00:00.000Z',
          started_by: 'coordinator',
          progress_done: 0,
          progress_total: 0,
          phase: status,
          thresholds: '{"upper":0.95,"lower":0.5}',
          version_ids: '[]',
        });
        await old
          .insertInto('reconciliation')
          .values([run('queued-run', 'queued'), run('running-run', 'running'), run('done-run', 'done')])
          .execute();

        const up = await migratorUpTo(old, OURS, true).migrateToLatest();
        if (up.error) throw up.error;
        const rows = await old
          .selectFrom('reconciliation')
          .select(['id', 'attempts'])
          .orderBy('id')
          .execute();
        expect(rows.map((r) => [r.id, Number(r.attempts)])).toEqual([
          ['done-run', 1],
          ['queued-run', 0],
          ['running-run', 1],
        ]);

        const down = await migratorUpTo(old, OURS, true).migrateDown();
        if (down.error) throw down.error;
        const after = await old
          .selectFrom('reconciliation')
          .selectAll()
          .where('id', '=', 'done-run')
          .execute();
        expect(Object.keys(after[0] ?? {})).not.toContain('attempts');
      } finally {
        await db.destroy();
        await database.drop();
      }
    });
  });
}
