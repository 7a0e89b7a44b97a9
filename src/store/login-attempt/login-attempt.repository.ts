import { randomUUID } from 'node:crypto';
import { normaliseUsername } from '../../domain/users/role-rules.js';
import { fromBoolean, toCount, toStoredTime } from '../normalise.js';
import type { Db } from '../transaction.js';

/** Login attempts are rows, so the rate limit holds across every instance on one database. */
export function createLoginAttemptRepository(db: Db) {
  return {
    async record(input: {
      username: string;
      ip?: string | null;
      succeeded: boolean;
      at?: Date;
    }): Promise<void> {
      await db
        .insertInto('login_attempt')
        .values({
          id: randomUUID(),
          username: normaliseUsername(input.username).slice(0, 100),
          ip: input.ip?.slice(0, 100) ?? null,
          succeeded: fromBoolean(input.succeeded),
          at: toStoredTime(input.at ?? new Date()),
        })
        .execute();
    },

    /**
     * Failed attempts since `since`: for an account, only those after its last success; for an address, all.
     * With both, the attempts on that account from that address.
     */
    async countFailures(filter: { username?: string; ip?: string | null; since: Date }): Promise<number> {
      let since = toStoredTime(filter.since);
      let afterSuccess = false;
      const username = filter.username !== undefined ? normaliseUsername(filter.username) : undefined;
      if (username !== undefined) {
        const lastSuccess = await db
          .selectFrom('login_attempt')
          .select((eb) => eb.fn.max('at').as('at'))
          .where('username', '=', username)
          .where('succeeded', '=', fromBoolean(true))
          .where('at', '>=', since)
          .executeTakeFirst();
        if (lastSuccess?.at) {
          since = lastSuccess.at;
          afterSuccess = true;
        }
      }
      const row = await db
        .selectFrom('login_attempt')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('succeeded', '=', fromBoolean(false))
        .where('at', afterSuccess ? '>' : '>=', since)
        .$if(username !== undefined, (qb) => qb.where('username', '=', username!))
        .$if(filter.ip !== undefined, (qb) =>
          filter.ip === null ? qb.where('ip', 'is', null) : qb.where('ip', '=', filter.ip!),
        )
        .executeTakeFirstOrThrow();
      return toCount(row.n);
    },

    /** Forgets attempts older than `before`; bookkeeping, not an audited write. */
    async purgeOlderThan(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('login_attempt')
        .where('at', '<', toStoredTime(before))
        .executeTakeFirst();
      return toCount(result.numDeletedRows);
    },
  };
}

export type LoginAttemptRepository = ReturnType<typeof createLoginAttemptRepository>;
