import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1420_create_meetings';

for (const dialect of testDialects()) {
  describe(`the meetings migration on ${dialect}`, () => {
    it('adds meetings whose topics and action items follow their provision, and takes them away again', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const at = '2021-01-11T00:00:00.000Z';
        await old
          .insertInto('agreement')
          .values({
            id: 'a',
            code: 'a',
            title: '{}',
            signed_on: '2020-11-10',
            source_note: '',
            created_at: at,
          })
          .execute();
        await old
          .insertInto('provision')
          .values({
            id: 'p9',
            agreement_id: 'a',
            number: 9,
            text: '{}',
            responsible_party_ids: '[]',
            status: 'x',
          })
          .execute();
        await up();
        await old
          .insertInto('meeting')
          .values({
            id: 'm',
            kind: 'trilateral',
            title: '{"en":"Moscow"}',
            starts_at: at,
            place_name: 'Moscow',
            delegations: '[]',
            outcome: '',
            created_by: 'x',
            created_at: at,
          })
          .execute();
        await old.insertInto('meeting_topic').values({ meeting_id: 'm', provision_id: 'p9' }).execute();
        await expect(
          old.insertInto('meeting_topic').values({ meeting_id: 'm', provision_id: 'p9' }).execute(),
        ).rejects.toThrow();
        await down();
        const tables = (await old.introspection.getTables()).map((t) => t.name);
        for (const table of ['meeting', 'meeting_topic', 'action_item', 'action_item_provision'])
          expect(tables).not.toContain(table);
      });
    }, 60_000);
  });
}
