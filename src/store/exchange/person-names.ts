import { type NameInScripts, nameInScripts } from '../../engine/index.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { ExchangePersonTable } from './person.table.js';

type StoredNames = Pick<ExchangePersonTable, 'name_latin' | 'name_cyrillic' | 'name_armenian'>;

/** The stored columns of a person's name in each reader's script (engine nameInScripts), computed when written. */
export function storedNames(displayName: string): StoredNames {
  const names = nameInScripts(displayName);
  return { name_latin: names.latin, name_cyrillic: names.cyrillic, name_armenian: names.armenian };
}

/** A person's name in each script as stored; computed from the name as written when not stored yet. */
export function namesOf(row: StoredNames & { display_name: string }): NameInScripts {
  return row.name_latin !== null && row.name_cyrillic !== null && row.name_armenian !== null
    ? { latin: row.name_latin, cyrillic: row.name_cyrillic, armenian: row.name_armenian }
    : nameInScripts(row.display_name);
}

const FILL_BATCH = 1_000;

/**
 * Stores the names in each script of the persons written before they were stored (migration
 * 2026_12_03_2610), a batch of persons a transaction, in id order; answers how many it filled. Run on open after
 * the migrations; once every person has them it is one probe of a partial index (migration 2026_12_03_2800).
 */
export async function fillNamesInScripts(db: Db): Promise<number> {
  let filled = 0;
  for (let after = ''; ; ) {
    const rows = await db
      .selectFrom('exchange_person')
      .select(['id', 'display_name'])
      .where('name_latin', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(FILL_BATCH)
      .execute();
    if (rows.length === 0) return filled;
    await inTransaction(db, async (trx) => {
      for (const row of rows) {
        await trx
          .updateTable('exchange_person')
          .set(storedNames(row.display_name))
          .where('id', '=', row.id)
          .execute();
      }
    });
    filled += rows.length;
    after = rows[rows.length - 1].id;
  }
}
