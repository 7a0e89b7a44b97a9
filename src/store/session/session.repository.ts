import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { User } from '../../domain/users/types.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { toCount, toStoredTime } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { toUser } from '../user/user.repository.js';

export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** A session's expiry (and last seen) is written again once it would move by at least this much. */
const SLIDE_STEP_MS = 60_000;

export interface ActiveSession {
  session: { id: string; userId: string; csrfToken: string; expiresAt: string };
  user: User;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Server-side sessions: the cookie carries a random token, the database only its SHA-256, so a copy of the
 * database does not let anyone sign in. Opening and ending a session are audit events; seeing it is not.
 */
export function createSessionRepository(db: Db, dialect: DialectInfo) {
  return {
    async create(input: {
      userId: string;
      ip?: string | null;
      userAgent?: string | null;
      ttlMs?: number;
      now?: Date;
    }): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
      const now = input.now ?? new Date();
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = toStoredTime(new Date(now.getTime() + (input.ttlMs ?? DEFAULT_SESSION_TTL_MS)));
      await inTransaction(db, async (trx) => {
        const user = await trx
          .selectFrom('app_user')
          .select(['id', 'username'])
          .where('id', '=', input.userId)
          .executeTakeFirstOrThrow();
        const id = randomUUID();
        await trx
          .insertInto('session')
          .values({
            id,
            token_hash: hashToken(token),
            csrf_token: csrfToken,
            user_id: user.id,
            created_at: toStoredTime(now),
            last_seen_at: toStoredTime(now),
            expires_at: expiresAt,
            ip: input.ip?.slice(0, 100) ?? null,
            user_agent: input.userAgent?.slice(0, 500) ?? null,
          })
          .execute();
        await appendAudit(
          trx,
          dialect,
          { actor: { userId: user.id, username: user.username, via: 'api' } },
          { action: 'auth.login', entityType: 'session', entityId: id, summary: { ip: input.ip ?? null } },
        );
      });
      return { token, csrfToken, expiresAt };
    },

    /**
     * The session behind a token with its user, or null when unknown, expired or the user is inactive.
     * A hit slides the expiry forward by `ttlMs`.
     */
    async findActive(
      token: string,
      opts: { now?: Date; ttlMs?: number } = {},
    ): Promise<ActiveSession | null> {
      if (!token) return null;
      const now = opts.now ?? new Date();
      const nowText = toStoredTime(now);
      const row = await db
        .selectFrom('session')
        .innerJoin('app_user', 'app_user.id', 'session.user_id')
        .selectAll('app_user')
        .select([
          'session.id as session_id',
          'session.csrf_token as session_csrf_token',
          'session.expires_at as session_expires_at',
        ])
        .where('session.token_hash', '=', hashToken(token))
        .where('session.expires_at', '>', nowText)
        .executeTakeFirst();
      if (!row) return null;
      const user = toUser(row);
      if (!user.active) return null;
      const slid = now.getTime() + (opts.ttlMs ?? DEFAULT_SESSION_TTL_MS);
      // The expiry slides with use, a minute at a time: a read request does not write the session each time.
      const storedExpiry = toStoredTime(row.session_expires_at);
      const slides = slid - new Date(storedExpiry).getTime() >= SLIDE_STEP_MS;
      const expiresAt = slides ? toStoredTime(new Date(slid)) : storedExpiry;
      if (slides) {
        await db
          .updateTable('session')
          .set({ last_seen_at: nowText, expires_at: expiresAt })
          .where('id', '=', row.session_id)
          .execute();
      }
      return {
        session: { id: row.session_id, userId: user.id, csrfToken: row.session_csrf_token, expiresAt },
        user,
      };
    },

    /** Ends the session behind a token (log out). Returns whether there was one. */
    async revoke(token: string): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('session')
          .innerJoin('app_user', 'app_user.id', 'session.user_id')
          .select(['session.id as id', 'app_user.id as user_id', 'app_user.username as username'])
          .where('session.token_hash', '=', hashToken(token))
          .executeTakeFirst();
        if (!row) return false;
        await trx.deleteFrom('session').where('id', '=', row.id).execute();
        await appendAudit(
          trx,
          dialect,
          { actor: { userId: row.user_id, username: row.username, via: 'api' } },
          { action: 'auth.logout', entityType: 'session', entityId: row.id, summary: {} },
        );
        return true;
      });
    },

    /** Deletes sessions past their expiry; bookkeeping, not an audited write. */
    async purgeExpired(now: Date = new Date()): Promise<number> {
      const result = await db
        .deleteFrom('session')
        .where('expires_at', '<=', toStoredTime(now))
        .executeTakeFirst();
      return toCount(result.numDeletedRows);
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
