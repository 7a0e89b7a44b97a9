import { type Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db.js';
import { createTestDatabase, testDialects } from '../testing/test-store.js';
import { migrations } from './index.js';

const OURS = [
  '2026_12_03_1500_create_corridor_movements_and_returns',
  '2026_12_03_1510_create_map_layers_and_cargo',
  '2026_12_03_1520_create_checkpoint_passages',
];
const LAST = OURS[OURS.length - 1] as string;
/** Every migration up to ours (those after them belong to other modules). */
const upToOurs = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= LAST));

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

const migrator = (db: Kysely<unknown>) =>
  new Migrator({ db, provider: { getMigrations: async () => upToOurs } });

async function tableNames(db: Kysely<unknown>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name);
}

for (const dialect of testDialects()) {
  describe(`the corridor's migrations on ${dialect}`, () => {
    it('add the corridor tables over the schema before them, and take them away again', async () => {
      const database = await createTestDatabase(dialect);
      const created = await createDb(database.target);
      // biome-ignore lint/suspicious/noExplicitAny: rows of the schema under test
      const db = created.db as unknown as Kysely<any>;
      try {
        const before = await new Migrator({
          db,
          provider: {
            getMigrations: async () =>
              Object.fromEntries(Object.entries(migrations).filter(([name]) => name < (OURS[0] as string))),
          },
        }).migrateToLatest();
        expect(before.error).toBeUndefined();
        expect((await tableNames(db)).filter((t) => TABLES.includes(t))).toEqual([]);
        const { error } = await migrator(db).migrateToLatest();
        expect(error).toBeUndefined();
        expect((await tableNames(db)).filter((t) => TABLES.includes(t)).sort()).toEqual([...TABLES].sort());
        const any = db;
        await any
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
        await any
          .insertInto('corridor_passage')
          .values({ id: 'p1', idempotency_key: 'k', ...passage })
          .execute();
        // The idempotency key is unique in the database itself: a second entry under one key is refused there too.
        await expect(
          any
            .insertInto('corridor_passage')
            .values({ id: 'p2', idempotency_key: 'k', ...passage })
            .execute(),
        ).rejects.toThrow();
        for (let i = 0; i < OURS.length; i++) {
          const down = await migrator(db).migrateDown();
          expect(down.error).toBeUndefined();
        }
        expect((await tableNames(db)).filter((t) => TABLES.includes(t))).toEqual([]);
      } finally {
        await db.destroy();
        await database.drop();
      }
    });
  });
}
