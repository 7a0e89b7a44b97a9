import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Kysely, Migrator } from 'kysely';
import { migrations } from '../../src/store/migrations/index.js';

/**
 * A database as a released Parley left it: the names of the migrations that release had, and every table's
 * rows in the order they can be inserted. Made once per release by `make-release-fixture.ts` and then frozen.
 */
export interface ReleaseFixture {
  release: string;
  migrations: string[];
  tables: { name: string; rows: Record<string, string | number | null>[] }[];
}

/** The demo accounts' passwords in a release fixture. */
export const fixturePassword = (username: string): string => `${username}-release-fixture`;

export function readReleaseFixture(file: URL): ReleaseFixture {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ReleaseFixture;
}

/** Runs only the release's migrations (as that release did), then puts the release's rows back. */
// biome-ignore lint/suspicious/noExplicitAny: the schema of an older release
export async function loadReleaseFixture(db: Kysely<any>, fixture: ReleaseFixture): Promise<void> {
  const released = Object.fromEntries(
    fixture.migrations.map((name) => {
      const migration = migrations[name];
      if (!migration) throw new Error(`release ${fixture.release}'s migration ${name} is no longer bundled`);
      return [name, migration];
    }),
  );
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => released },
  }).migrateToLatest();
  if (error) throw error;
  for (const table of fixture.tables) {
    for (let start = 0; start < table.rows.length; start += 200) {
      await db
        .insertInto(table.name)
        .values(table.rows.slice(start, start + 200))
        .execute();
    }
  }
}
