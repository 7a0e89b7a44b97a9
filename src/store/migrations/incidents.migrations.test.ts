import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1410_create_incidents';

for (const dialect of testDialects()) {
  describe(`the incidents migration on ${dialect}`, () => {
    it('adds incidents with one account per source, and takes them away again', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        await up();
        const at = '2020-12-12T00:00:00.000Z';
        await old
          .insertInto('incident')
          .values({
            id: 'i',
            status: 'reported',
            kind: 'shots',
            occurred_at: at,
            reported_by: 'x',
            reported_at: at,
            updated_at: at,
          })
          .execute();
        const account = {
          incident_id: 'i',
          source_key: 'monitor',
          kind: 'shots',
          occurred_at: at,
          time_precision: 'day',
          place_precision: 'near',
          details: '{}',
          casualties: '{}',
          description: '',
          actor_party_ids: '[]',
          sources: '[]',
          author: 'x',
          recorded_at: at,
        };
        await old
          .insertInto('incident_account')
          .values({ ...account, id: 'a1' })
          .execute();
        // A second finding of the same incident is refused: one account per source.
        await expect(
          old
            .insertInto('incident_account')
            .values({ ...account, id: 'a2' })
            .execute(),
        ).rejects.toThrow();
        await down();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        for (const table of ['incident', 'incident_party', 'incident_account', 'incident_status_change'])
          expect(tables).not.toContain(table);
      });
    }, 60_000);
  });
}
