import { randomBytes } from 'node:crypto';
import { normaliseUsername } from '../../domain/users/role-rules.js';
import { toCount, toStoredTime } from '../normalise.js';
import { hashToken } from '../session/session.repository.js';
import type { Db } from '../transaction.js';

/**
 * Browsers that have signed in as a user before (OWASP's "device cookies"). A failed attempt from a known device
 * counts against that device only, so strangers' failures on the account or from the same address do not lock
 * its owner out. The cookie carries a random token; the database keeps only its SHA-256, one row per user the
 * browser has signed in as.
 */
export function createLoginDeviceRepository(db: Db) {
  return {
    /** The counter key of this browser for this username when it has signed in as that user before; else null. */
    async recognise(token: string | undefined, username: string): Promise<string | null> {
      if (!token || token.length > 200) return null;
      const tokenHash = hashToken(token);
      const row = await db
        .selectFrom('login_device')
        .innerJoin('app_user', 'app_user.id', 'login_device.user_id')
        .select('login_device.user_id')
        .where('login_device.token_hash', '=', tokenHash)
        .where('app_user.username', '=', normaliseUsername(username))
        .executeTakeFirst();
      return row ? `device:${tokenHash}:${row.user_id}` : null;
    },

    /**
     * Remembers that this browser signed in as the user: keeps its token when it sent one, else makes one.
     * Returns the token for the cookie.
     */
    async remember(userId: string, token: string | undefined, now = new Date()): Promise<string> {
      const kept = token && token.length <= 200 ? token : randomBytes(32).toString('base64url');
      const at = toStoredTime(now);
      await db
        .insertInto('login_device')
        .values({ token_hash: hashToken(kept), user_id: userId, created_at: at, last_used_at: at })
        .onConflict((oc) => oc.columns(['token_hash', 'user_id']).doUpdateSet({ last_used_at: at }))
        .execute();
      return kept;
    },

    /** Forgets devices unused since `before`; bookkeeping, not an audited write. */
    async purgeUnusedSince(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('login_device')
        .where('last_used_at', '<', toStoredTime(before))
        .executeTakeFirst();
      return toCount(result.numDeletedRows);
    },
  };
}

export type LoginDeviceRepository = ReturnType<typeof createLoginDeviceRepository>;
