import type { Store } from '../store.js';

/** A migration no bundled code knows: what a database migrated by a later Parley release carries. */
export const LATER_RELEASE_MIGRATION = '2999_01_01_0001_from_a_later_release';

/** Records LATER_RELEASE_MIGRATION as applied, as a later release would have; `undo` takes it out again. */
export async function markMigratedByLaterRelease(store: Store): Promise<{ undo(): Promise<void> }> {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own table is not in the Database interface
  const db = store.db as any;
  await db
    .insertInto('kysely_migration')
    .values({ name: LATER_RELEASE_MIGRATION, timestamp: new Date().toISOString() })
    .execute();
  return {
    async undo() {
      await db.deleteFrom('kysely_migration').where('name', '=', LATER_RELEASE_MIGRATION).execute();
    },
  };
}
