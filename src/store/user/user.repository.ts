import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import { ROLES, type Role } from '../../domain/access/types.js';
import type { PartyKind } from '../../domain/parties/types.js';
import {
  checkPassword,
  checkUserAssignment,
  normaliseUsername,
  SUPPORTED_LOCALES,
} from '../../domain/users/role-rules.js';
import type { NewUser, User, UserPatch, UserPreferences } from '../../domain/users/types.js';
import { appendAudit, changedFields } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { conflictOnDuplicate, StoreError } from '../errors.js';
import { fromBoolean, nowIso, toBoolean, toCount } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { hashPassword, spendVerifyTime, verifyPassword } from './password.js';
import type { UserRow } from './user.table.js';

export const DEFAULT_LOCALE = 'en';
export const DEFAULT_TIME_ZONE = 'UTC';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    partyId: row.party_id,
    post: row.post,
    active: toBoolean(row.active),
    locale: row.locale,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkPreferences(prefs: UserPreferences): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (prefs.locale !== undefined && !(SUPPORTED_LOCALES as readonly string[]).includes(prefs.locale)) {
    problems.push({ path: 'locale', message: `use one of ${SUPPORTED_LOCALES.join(', ')}` });
  }
  if (prefs.timeZone !== undefined && !isTimeZone(prefs.timeZone)) {
    problems.push({ path: 'timeZone', message: 'not a known IANA time zone' });
  }
  return problems;
}

/** Who may see which users: coordinators all, liaisons their party's, everyone else only themselves. */
function visibleUsers(db: Db, scope: PartyScope) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .$if(scope.role === 'liaison', (qb) => qb.where('party_id', '=', scope.partyId ?? ''))
    .$if(scope.role === 'observer' || scope.role === 'field_officer', (qb) =>
      qb.where('id', '=', scope.userId ?? ''),
    );
}

export function createUserRepository(db: Db, dialect: DialectInfo) {
  async function endSessions(trx: Db, userId: string): Promise<number> {
    const result = await trx.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
    return toCount(result.numDeletedRows);
  }

  return {
    async list(scope: PartyScope): Promise<User[]> {
      const rows = await visibleUsers(db, scope).orderBy('username').execute();
      return rows.map(toUser);
    },

    async findById(scope: PartyScope, id: string): Promise<User | null> {
      const row = await visibleUsers(db, scope).where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('app_user')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return toCount(row.n);
    },

    /**
     * The user these credentials belong to, or null when the username is unknown, the user inactive or the
     * password wrong (the caller says one generic thing). A failure is an audit event.
     */
    async authenticate(username: string, password: string): Promise<User | null> {
      const name = normaliseUsername(username);
      const row = await db.selectFrom('app_user').selectAll().where('username', '=', name).executeTakeFirst();
      let ok = false;
      if (row) ok = (await verifyPassword(row.password_hash, password)) && toBoolean(row.active);
      else await spendVerifyTime(password);
      if (ok && row) return toUser(row);
      await inTransaction(db, (trx) =>
        appendAudit(
          trx,
          dialect,
          { actor: { userId: row?.id ?? null, username: name.slice(0, 100), via: 'api' } },
          {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: row?.id ?? null,
            summary: {
              reason: !row ? 'unknown_user' : toBoolean(row.active) ? 'wrong_password' : 'inactive',
            },
          },
        ),
      );
      return null;
    },

    async create(ctx: WriteContext, input: NewUser): Promise<User> {
      const username = normaliseUsername(input.username);
      const post = input.post?.trim() || null;
      const partyId = input.partyId || null;
      const locale = input.locale ?? DEFAULT_LOCALE;
      const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
      if (!(ROLES as readonly string[]).includes(input.role)) {
        throw new StoreError('invalid', 'Unknown role', [
          { path: 'role', message: `use one of ${ROLES.join(', ')}` },
        ]);
      }
      const passwordHash = await hashPassword(input.password);
      return inTransaction(db, async (trx) => {
        let partyKind: PartyKind | null = null;
        if (partyId) {
          const party = await trx
            .selectFrom('party')
            .select(['kind', 'active'])
            .where('id', '=', partyId)
            .executeTakeFirst();
          if (!party)
            throw new StoreError('invalid', 'Unknown party', [{ path: 'partyId', message: 'no such party' }]);
          partyKind = party.kind as PartyKind;
        }
        const problems = [
          ...checkUserAssignment({ username, role: input.role, partyKind, post }),
          ...checkPassword(input.password),
          ...checkPreferences({ locale, timeZone }),
        ];
        if (problems.length > 0) throw new StoreError('invalid', 'The user is not valid', problems);
        const taken = await trx
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirst();
        if (taken) {
          throw new StoreError('conflict', 'Username already taken', [
            { path: 'username', message: 'already taken' },
          ]);
        }
        const now = nowIso();
        const row: UserRow = {
          id: randomUUID(),
          username,
          display_name: input.displayName?.trim() || username,
          role: input.role,
          party_id: partyId,
          post,
          password_hash: passwordHash,
          active: fromBoolean(true),
          locale,
          time_zone: timeZone,
          created_at: now,
          updated_at: now,
        };
        await conflictOnDuplicate('username', 'Username already taken', () =>
          trx.insertInto('app_user').values(row).execute(),
        );
        const user = toUser(row);
        await appendAudit(trx, dialect, ctx, {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          summary: {
            username: user.username,
            displayName: user.displayName,
            role: user.role,
            partyId: user.partyId,
            post: user.post,
          },
        });
        return user;
      });
    },

    /** Renames or (de)activates a user; deactivating ends the user's sessions. */
    async update(ctx: WriteContext, id: string, patch: UserPatch): Promise<User | null> {
      return inTransaction(db, async (trx) => {
        const row = await trx.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return null;
        const before = toUser(row);
        const displayName = patch.displayName?.trim();
        if (patch.displayName !== undefined && !displayName) {
          throw new StoreError('invalid', 'The user is not valid', [
            { path: 'displayName', message: 'cannot be empty' },
          ]);
        }
        const next = {
          displayName: displayName ?? before.displayName,
          active: patch.active ?? before.active,
        };
        const changes = changedFields({ displayName: before.displayName, active: before.active }, next);
        if (Object.keys(changes).length === 0) return before;
        await trx
          .updateTable('app_user')
          .set({ display_name: next.displayName, active: fromBoolean(next.active), updated_at: nowIso() })
          .where('id', '=', id)
          .execute();
        const sessionsEnded = next.active ? 0 : await endSessions(trx, id);
        await appendAudit(trx, dialect, ctx, {
          action:
            next.active === before.active ? 'user.update' : next.active ? 'user.activate' : 'user.deactivate',
          entityType: 'user',
          entityId: id,
          summary: { username: before.username, changes, ...(sessionsEnded ? { sessionsEnded } : {}) },
        });
        return { ...before, ...next };
      });
    },

    /** Sets a new password and ends every session of that user. Returns false when there is no such user. */
    async resetPassword(ctx: WriteContext, id: string, password: string): Promise<boolean> {
      const problems = checkPassword(password);
      if (problems.length > 0) throw new StoreError('invalid', 'The password is not valid', problems);
      const passwordHash = await hashPassword(password);
      return inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('app_user')
          .select(['id', 'username'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return false;
        await trx
          .updateTable('app_user')
          .set({ password_hash: passwordHash, updated_at: nowIso() })
          .where('id', '=', id)
          .execute();
        const sessionsEnded = await endSessions(trx, id);
        await appendAudit(trx, dialect, ctx, {
          action: 'user.reset_password',
          entityType: 'user',
          entityId: id,
          summary: { username: row.username, sessionsEnded },
        });
        return true;
      });
    },

    async updatePreferences(ctx: WriteContext, id: string, prefs: UserPreferences): Promise<User | null> {
      const problems = checkPreferences(prefs);
      if (problems.length > 0) throw new StoreError('invalid', 'The preferences are not valid', problems);
      return inTransaction(db, async (trx) => {
        const row = await trx.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return null;
        const before = toUser(row);
        const next = { locale: prefs.locale ?? before.locale, timeZone: prefs.timeZone ?? before.timeZone };
        const changes = changedFields({ locale: before.locale, timeZone: before.timeZone }, next);
        if (Object.keys(changes).length === 0) return before;
        await trx
          .updateTable('app_user')
          .set({ locale: next.locale, time_zone: next.timeZone, updated_at: nowIso() })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'user.update_preferences',
          entityType: 'user',
          entityId: id,
          summary: { username: before.username, changes },
        });
        return { ...before, ...next };
      });
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
