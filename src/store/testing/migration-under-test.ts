import { type Kysely, Migrator, NO_MIGRATIONS } from 'kysely';
import { createDb } from '../db.js';
import { migrations } from '../migrations/index.js';
import { createTestDatabase, type TestDatabase } from './test-store.js';

export interface MigrationUnderTest {
  /** The database at the schema as it was: every migration named before the first one under test. */
  // biome-ignore lint/suspicious/noExplicitAny: rows of the schema as it was, before the change
  db: Kysely<any>;
  /** What to pass to openStore to reach this database. */
  target: TestDatabase['target'];
  /** Migrates through the migrations under test, in order (as the store does, through a Migrator). */
  up(): Promise<void>;
  /** Undoes the migrations under test, last first, back to the schema `db` started with. */
  down(): Promise<void>;
}

/** A migrator over the migrations whose names `keep` keeps. */
function migratorOver(db: Kysely<unknown>, keep: (name: string) => boolean): Migrator {
  const chosen = Object.fromEntries(Object.entries(migrations).filter(([name]) => keep(name)));
  return new Migrator({ db, provider: { getMigrations: async () => chosen } });
}

/**
 * Runs `test` on a fresh database of `dialect` migrated to just before `names` (one migration or several in a
 * row), then drops the database whatever the test did.
 */
export async function withMigrationUnderTest(
  dialect: string,
  names: string | readonly string[],
  test: (migration: MigrationUnderTest) => Promise<void>,
): Promise<void> {
  const ours = typeof names === 'string' ? [names] : [...names];
  for (const name of ours) if (!migrations[name]) throw new Error(`no migration named "${name}"`);
  const first = ours[0];
  const last = ours[ours.length - 1];
  if (first === undefined || last === undefined) throw new Error('no migration under test');
  const justBefore = Object.keys(migrations)
    .filter((name) => name < first)
    .sort()
    .at(-1);
  const database = await createTestDatabase(dialect);
  try {
    const created = await createDb(database.target);
    // biome-ignore lint/suspicious/noExplicitAny: rows of the schema as it was, before the change
    const db = created.db as unknown as Kysely<any>;
    try {
      const before = await migratorOver(db, (name) => name < first).migrateToLatest();
      if (before.error) throw before.error;
      await test({
        db,
        target: database.target,
        async up() {
          const { error } = await migratorOver(db, (name) => name <= last).migrateToLatest();
          if (error) throw error;
        },
        async down() {
          const { error } = await migratorOver(db, (name) => name <= last).migrateTo(
            justBefore ?? NO_MIGRATIONS,
          );
          if (error) throw error;
        },
      });
    } finally {
      await db.destroy();
    }
  } finally {
    await database.drop();
  }
}
