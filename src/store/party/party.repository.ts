import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import {
  completeNames,
  type NewParty,
  PARTY_KINDS,
  type Party,
  type PartyKind,
  type PartyNames,
  type PartyPatch,
} from '../../domain/parties/types.js';
import { appendAudit, changedFields } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { conflictOnDuplicate, StoreError } from '../errors.js';
import { fromBoolean, nowIso, toBoolean } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { PartyRow } from './party.table.js';

export function toParty(row: PartyRow): Party {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as PartyKind,
    names: { en: row.name_en, ru: row.name_ru, hy: row.name_hy, az: row.name_az },
    active: toBoolean(row.active),
  };
}

/** Names trimmed, a missing or blank translation falling back to English. */
function trimmedNames(names: Partial<PartyNames>): PartyNames {
  const trim = (name: string | undefined) => name?.trim() || undefined;
  return completeNames({
    en: trim(names.en) ?? '',
    ru: trim(names.ru),
    hy: trim(names.hy),
    az: trim(names.az),
  });
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

function checkParty(party: Pick<Party, 'code' | 'kind' | 'names'>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!CODE_PATTERN.test(party.code)) {
    problems.push({ path: 'code', message: 'use 1 to 16 capital letters, digits or dashes' });
  }
  if (!(PARTY_KINDS as readonly string[]).includes(party.kind)) {
    problems.push({ path: 'kind', message: `use one of ${PARTY_KINDS.join(', ')}` });
  }
  if (!party.names.en) problems.push({ path: 'names.en', message: 'cannot be empty' });
  return problems;
}

/** Parties are reference data: every signed-in user sees all of them, whatever the scope. */
export function createPartyRepository(db: Db, dialect: DialectInfo) {
  async function assertCodeFree(trx: Db, code: string, exceptId?: string): Promise<void> {
    const taken = await trx
      .selectFrom('party')
      .select('id')
      .where('code', '=', code)
      .$if(!!exceptId, (qb) => qb.where('id', '!=', exceptId!))
      .executeTakeFirst();
    if (taken)
      throw new StoreError('conflict', 'Party code already taken', [
        { path: 'code', message: 'already taken' },
      ]);
  }

  return {
    async list(_scope: PartyScope): Promise<Party[]> {
      const rows = await db.selectFrom('party').selectAll().orderBy('code').execute();
      return rows.map(toParty);
    },

    async findById(_scope: PartyScope, id: string): Promise<Party | null> {
      const row = await db.selectFrom('party').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toParty(row) : null;
    },

    async findByCode(_scope: PartyScope, code: string): Promise<Party | null> {
      const row = await db
        .selectFrom('party')
        .selectAll()
        .where('code', '=', code.trim().toUpperCase())
        .executeTakeFirst();
      return row ? toParty(row) : null;
    },

    async create(ctx: WriteContext, input: NewParty): Promise<Party> {
      const party: Party = {
        id: randomUUID(),
        code: input.code.trim().toUpperCase(),
        kind: input.kind,
        names: trimmedNames(input.names),
        active: true,
      };
      const problems = checkParty(party);
      if (problems.length > 0) throw new StoreError('invalid', 'The party is not valid', problems);
      return inTransaction(db, async (trx) => {
        await assertCodeFree(trx, party.code);
        await conflictOnDuplicate('code', 'Party code already taken', () =>
          trx
            .insertInto('party')
            .values({
              id: party.id,
              code: party.code,
              kind: party.kind,
              name_en: party.names.en,
              name_ru: party.names.ru,
              name_hy: party.names.hy,
              name_az: party.names.az,
              active: fromBoolean(party.active),
              created_at: nowIso(),
            })
            .execute(),
        );
        await appendAudit(trx, dialect, ctx, {
          action: 'party.create',
          entityType: 'party',
          entityId: party.id,
          summary: { code: party.code, kind: party.kind, names: { ...party.names } },
        });
        return party;
      });
    },

    async update(ctx: WriteContext, id: string, patch: PartyPatch): Promise<Party | null> {
      return inTransaction(db, async (trx) => {
        const row = await trx.selectFrom('party').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return null;
        const before = toParty(row);
        const after: Party = {
          ...before,
          code: patch.code !== undefined ? patch.code.trim().toUpperCase() : before.code,
          kind: patch.kind ?? before.kind,
          names: trimmedNames({ ...before.names, ...patch.names }),
          active: patch.active ?? before.active,
        };
        const problems = checkParty(after);
        if (problems.length > 0) throw new StoreError('invalid', 'The party is not valid', problems);
        if (after.kind !== before.kind) {
          const members = await trx
            .selectFrom('app_user')
            .select('id')
            .where('party_id', '=', id)
            .executeTakeFirst();
          if (members) {
            throw new StoreError('conflict', 'The party has users; its kind cannot change', [
              { path: 'kind', message: 'the party has users' },
            ]);
          }
        }
        if (after.code !== before.code) await assertCodeFree(trx, after.code, id);
        const changes = changedFields(
          { code: before.code, kind: before.kind, names: { ...before.names }, active: before.active },
          { code: after.code, kind: after.kind, names: { ...after.names }, active: after.active },
        );
        if (Object.keys(changes).length === 0) return before;
        await trx
          .updateTable('party')
          .set({
            code: after.code,
            kind: after.kind,
            name_en: after.names.en,
            name_ru: after.names.ru,
            name_hy: after.names.hy,
            name_az: after.names.az,
            active: fromBoolean(after.active),
          })
          .where('id', '=', id)
          .execute();
        await appendAudit(trx, dialect, ctx, {
          action: 'party.update',
          entityType: 'party',
          entityId: id,
          summary: { code: before.code, changes },
        });
        return after;
      });
    },
  };
}

export type PartyRepository = ReturnType<typeof createPartyRepository>;
