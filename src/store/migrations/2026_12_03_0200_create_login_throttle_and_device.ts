import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  // One row per counter (an account, an address, a known device): taken in one statement before a password is
  // checked, so parallel attempts on any instance cannot all read the same count.
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_throttle_window_start_idx')
    .on('login_throttle')
    .column('window_start')
    .execute();

  // A browser that has signed in as a user before: the cookie carries a random token, this table its SHA-256.
  await db.schema
    .createTable('login_device')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_device_pk', ['token_hash', 'user_id'])
    .execute();
  await db.schema.createIndex('login_device_user_id_idx').on('login_device').column('user_id').execute();
  await db.schema
    .createIndex('login_device_last_used_at_idx')
    .on('login_device')
    .column('last_used_at')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_device').execute();
  await db.schema.dropTable('login_throttle').execute();
}
