import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export type Db = Kysely<Database>;

/** Runs `fn` in the caller's transaction when there is one, else in a new one. */
export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
