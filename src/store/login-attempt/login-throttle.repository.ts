import { sql } from 'kysely';
import { toCount, toStoredTime } from '../normalise.js';
import type { Db } from '../transaction.js';

/** A counter after taking one attempt from it: the failures now counted and when its window began. */
export interface TakenCount {
  failures: number;
  windowStart: string;
}

/**
 * The login limit's counters, one row per key. Each method is one statement, atomic on both dialects (an upsert
 * takes the row lock on PostgreSQL, the write lock on SQLite), so parallel attempts on any number of instances
 * each see a different count.
 */
export function createLoginThrottleRepository(db: Db) {
  return {
    /**
     * Counts one more attempt on `key`, before its password is checked, and returns the new count. A window
     * that began before `windowStartsAfter` is over: the count starts again at 1 from `now`.
     */
    async take(key: string, opts: { now: Date; windowStartsAfter: Date }): Promise<TakenCount> {
      const now = toStoredTime(opts.now);
      const expired = sql<boolean>`login_throttle.window_start < ${toStoredTime(opts.windowStartsAfter)}`;
      const row = await db
        .insertInto('login_throttle')
        .values({ key: key.slice(0, 200), failures: 1, window_start: now })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when ${expired} then 1 else login_throttle.failures + 1 end`,
            window_start: sql<string>`case when ${expired} then ${now} else login_throttle.window_start end`,
          }),
        )
        .returning(['failures', 'window_start'])
        .executeTakeFirstOrThrow();
      return { failures: toCount(row.failures), windowStart: row.window_start };
    },

    /** Takes back one attempt counted by `take` that turned out not to be a failure. */
    async giveBack(key: string): Promise<void> {
      await db
        .updateTable('login_throttle')
        .set({ failures: sql<number>`case when failures > 0 then failures - 1 else 0 end` })
        .where('key', '=', key.slice(0, 200))
        .execute();
    },

    /** Forgets a counter's failures (the account's owner has signed in). */
    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', '=', key.slice(0, 200)).execute();
    },

    /** Deletes counters whose window began before `before`; bookkeeping, not an audited write. */
    async purgeOlderThan(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('login_throttle')
        .where('window_start', '<', toStoredTime(before))
        .executeTakeFirst();
      return toCount(result.numDeletedRows);
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
