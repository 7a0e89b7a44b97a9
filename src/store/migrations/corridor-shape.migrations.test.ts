import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = [
  '2026_12_03_1500_create_corridor_movements_and_returns',
  '2026_12_03_1510_create_map_layers_and_cargo',
  '2026_12_03_1520_create_checkpoint_passages',
];
const TABLES = [
  'corridor_movement',
  'corridor_movement_party',
  'corridor_movement_answer',
  'corridor_movement_change',
  'return_count',
  'map_feature',
  'consignment',
  'consignment_line',
  'checkpoint_officer',
  'corridor_passage',
];

async function tableNames(db: Kysely<unknown>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name);
}

for (const dialect of testDialects()) {
  describe(`the corridor's migrations on ${dialect}`, () => {
    it('add the corridor tables over the schema before them, and take them away again', async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db, up, down }) => {
        expect((await tableNames(db)).filter((t) => TABLES.includes(t))).toEqual([]);
        await up();
        expect((await tableNames(db)).filter((t) => TABLES.includes(t)).sort()).toEqual([...TABLES].sort());
        await db
          .insertInto('map_feature')
          .values({
            id: 'cp',
            layer: 'checkpoint',
            names: '{"en":"CP"}',
            geometry: '{}',
            created_by: 'x',
            created_at: 'now',
          })
          .execute();
        const passage = {
          checkpoint_id: 'cp',
          direction: 'inbound',
          time_in: 't',
          vehicles: 1,
          inspection: 'passed',
          remarks: '',
          version: 1,
          recorded_by: 'x',
          recorded_at: 't',
          updated_at: 't',
        };
        await db
          .insertInto('corridor_passage')
          .values({ id: 'p1', idempotency_key: 'k', ...passage })
          .execute();
        // The idempotency key is unique in the database itself: a second entry under one key is refused there too.
        await expect(
          db
            .insertInto('corridor_passage')
            .values({ id: 'p2', idempotency_key: 'k', ...passage })
            .execute(),
        ).rejects.toThrow();
        await down();
        expect((await tableNames(db)).filter((t) => TABLES.includes(t))).toEqual([]);
      });
    });
  });
}
