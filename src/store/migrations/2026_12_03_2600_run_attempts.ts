import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// How many times a worker has taken each reconciliation up (issue 8): a run whose worker keeps dying with its
// instance (say, out of memory) is failed after a set number of takeovers instead of being started over forever.
// Runs from before count as taken up once if they ever ran.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reconciliation')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.updateTable('reconciliation').set({ attempts: 1 }).where('status', '!=', 'queued').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reconciliation').dropColumn('attempts').execute();
}
