import type { InsertObject } from 'kysely';
import type { Database } from './database.js';
import type { Db } from './transaction.js';

/** Rows per statement: under SQLite's bound-parameter limit and PostgreSQL's 65,535. */
export const INSERT_CHUNK = 500;

/** `items` in slices of at most `size` (for inserts, and for `in` lists kept short). */
export function inChunks<T>(items: readonly T[], size: number = INSERT_CHUNK): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}

/** Inserts many rows into one table, a chunk per statement, in the caller's transaction. */
export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  for (const slice of inChunks(rows)) await db.insertInto(table).values(slice).execute();
}
