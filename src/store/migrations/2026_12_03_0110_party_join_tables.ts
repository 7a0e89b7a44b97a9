import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// The parties of a reconciliation and of an exchange event move from JSON text (`party_ids`) to join tables, so
// that access can be decided in SQL; a person records the run that made them known (`run_id`), so that a liaison
// sees them only once that run is shared.

async function moveParties(
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
  db: Kysely<any>,
  from: 'reconciliation' | 'exchange_event',
  to: 'reconciliation_party' | 'exchange_event_party',
  key: 'reconciliation_id' | 'event_id',
): Promise<void> {
  const rows = (await db.selectFrom(from).select(['id', 'party_ids']).execute()) as {
    id: string;
    party_ids: string | null;
  }[];
  const links = rows.flatMap((row) =>
    (JSON.parse(row.party_ids || '[]') as string[]).map((partyId, position) => ({
      [key]: row.id,
      party_id: partyId,
      position,
    })),
  );
  for (let i = 0; i < links.length; i += 500) {
    await db
      .insertInto(to)
      .values(links.slice(i, i + 500))
      .execute();
  }
  await db.schema.alterTable(from).dropColumn('party_ids').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reconciliation_party')
    .addColumn('reconciliation_id', 'text', (c) =>
      c.notNull().references('reconciliation.id').onDelete('cascade'),
    )
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reconciliation_party_pk', ['reconciliation_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('reconciliation_party_party_idx')
    .on('reconciliation_party')
    .columns(['party_id', 'reconciliation_id'])
    .execute();
  await db.schema
    .createTable('exchange_event_party')
    .addColumn('event_id', 'text', (c) => c.notNull().references('exchange_event.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_event_party_pk', ['event_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('exchange_event_party_party_idx')
    .on('exchange_event_party')
    .columns(['party_id', 'event_id'])
    .execute();
  await moveParties(db, 'reconciliation', 'reconciliation_party', 'reconciliation_id');
  await moveParties(db, 'exchange_event', 'exchange_event_party', 'event_id');

  await db.schema.alterTable('exchange_person').addColumn('run_id', 'text').execute();
  // Persons made from the lists before runs were recorded on them: taken as made by the first finished run.
  const first = (await db
    .selectFrom('reconciliation')
    .select('id')
    .where('status', '=', 'done')
    .orderBy('finished_at')
    .limit(1)
    .executeTakeFirst()) as { id: string } | undefined;
  if (first) {
    await db
      .updateTable('exchange_person')
      .set({ run_id: first.id })
      .where((eb) => eb.or([eb('missing_key', 'is not', null), eb('held_key', 'is not', null)]))
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('exchange_person').dropColumn('run_id').execute();
  for (const [table, join, key] of [
    ['reconciliation', 'reconciliation_party', 'reconciliation_id'],
    ['exchange_event', 'exchange_event_party', 'event_id'],
  ] as const) {
    await db.schema
      .alterTable(table)
      .addColumn('party_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    const links = (await db
      .selectFrom(join)
      .select([key, 'party_id'])
      .orderBy('position')
      .execute()) as Record<string, string>[];
    const byOwner = new Map<string, string[]>();
    for (const link of links) byOwner.set(link[key], [...(byOwner.get(link[key]) ?? []), link.party_id]);
    for (const [id, partyIds] of byOwner) {
      await db
        .updateTable(table)
        .set({ party_ids: JSON.stringify(partyIds) })
        .where('id', '=', id)
        .execute();
    }
    await db.schema.dropTable(join).execute();
  }
}
