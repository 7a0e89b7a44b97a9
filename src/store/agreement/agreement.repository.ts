import { randomUUID } from 'node:crypto';
import type { PartyScope, WriteContext } from '../../domain/access/types.js';
import type {
  Agreement,
  AgreementWithProvisions,
  LocalisedText,
  NewAgreement,
  Provision,
  ProvisionStatus,
  ProvisionText,
} from '../../domain/agreements/types.js';
import { appendAudit } from '../audit/append-audit.js';
import type { DialectInfo } from '../dialect.js';
import { StoreError } from '../errors.js';
import { fromJsonText, nowIso, toJsonText } from '../normalise.js';
import type { Db } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import type { AgreementRow, ProvisionRow } from './agreement.table.js';

function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    code: row.code,
    title: fromJsonText<LocalisedText>(row.title, { en: '' }),
    signedOn: row.signed_on,
    sourceNote: row.source_note,
    sourceText: fromJsonText<Partial<LocalisedText> | null>(row.source_text, null),
  };
}

function toProvision(row: ProvisionRow): Provision {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    number: Number(row.number),
    text: fromJsonText<LocalisedText>(row.text, { en: '' }),
    responsiblePartyIds: fromJsonText<string[]>(row.responsible_party_ids, []),
    status: row.status as ProvisionStatus,
  };
}

/**
 * Agreements are published texts: every role reads them whole. The scope parameter is where a later
 * module narrows what a party sees (e.g. evidence entries), not the agreement itself.
 */
export function createAgreementRepository(db: Db, dialect: DialectInfo) {
  return {
    async list(_scope: PartyScope): Promise<Agreement[]> {
      const rows = await db
        .selectFrom('agreement')
        .selectAll()
        .orderBy('signed_on')
        .orderBy('code')
        .execute();
      return rows.map(toAgreement);
    },

    async findById(_scope: PartyScope, id: string): Promise<AgreementWithProvisions | null> {
      const row = await db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const provisions = await db
        .selectFrom('provision')
        .selectAll()
        .where('agreement_id', '=', id)
        .orderBy('number')
        .execute();
      const texts =
        provisions.length === 0
          ? []
          : await db
              .selectFrom('provision_text')
              .selectAll()
              .where(
                'provision_id',
                'in',
                provisions.map((p) => p.id),
              )
              .orderBy('language')
              .orderBy('source')
              .execute();
      return {
        ...toAgreement(row),
        provisions: provisions.map((p) => ({
          ...toProvision(p),
          texts: texts
            .filter((t) => t.provision_id === p.id)
            .map((t) => ({
              language: t.language as ProvisionText['language'],
              source: t.source,
              text: t.text,
            })),
        })),
      };
    },

    async create(ctx: WriteContext, input: NewAgreement): Promise<AgreementWithProvisions> {
      return inTransaction(db, async (trx) => {
        const taken = await trx
          .selectFrom('agreement')
          .select('id')
          .where('code', '=', input.code)
          .executeTakeFirst();
        if (taken) {
          throw new StoreError('conflict', 'Agreement code already taken', [
            { path: 'code', message: 'already taken' },
          ]);
        }
        const agreement: Agreement = {
          id: randomUUID(),
          code: input.code,
          title: input.title,
          signedOn: input.signedOn,
          sourceNote: input.sourceNote,
          sourceText: input.sourceText ?? null,
        };
        await trx
          .insertInto('agreement')
          .values({
            id: agreement.id,
            code: agreement.code,
            title: toJsonText(agreement.title),
            signed_on: agreement.signedOn,
            source_note: agreement.sourceNote,
            source_text: agreement.sourceText
              ? toJsonText({ en: agreement.sourceNote, ...agreement.sourceText })
              : null,
            created_at: nowIso(),
          })
          .execute();
        const provisions: Provision[] = input.provisions.map((p) => ({
          id: randomUUID(),
          agreementId: agreement.id,
          number: p.number,
          text: p.text,
          // Each text with its source: as given, else each language of the text with the agreement's source note.
          texts:
            p.texts ??
            (Object.entries(p.text) as [ProvisionText['language'], string | undefined][]).flatMap(
              ([language, text]) => (text ? [{ language, source: input.sourceNote, text }] : []),
            ),
          responsiblePartyIds: p.responsiblePartyIds,
          status: p.status ?? 'not_assessed',
        }));
        if (provisions.length > 0) {
          await trx
            .insertInto('provision')
            .values(
              provisions.map((p) => ({
                id: p.id,
                agreement_id: p.agreementId,
                number: p.number,
                text: toJsonText(p.text),
                responsible_party_ids: toJsonText(p.responsiblePartyIds),
                status: p.status,
              })),
            )
            .execute();
          const texts = provisions.flatMap((p) =>
            (p.texts ?? []).map((t) => ({
              provision_id: p.id,
              language: t.language,
              source: t.source,
              text: t.text,
            })),
          );
          if (texts.length > 0) await trx.insertInto('provision_text').values(texts).execute();
        }
        await appendAudit(trx, dialect, ctx, {
          action: 'agreement.create',
          entityType: 'agreement',
          entityId: agreement.id,
          summary: { code: agreement.code, signedOn: agreement.signedOn, provisions: provisions.length },
        });
        return { ...agreement, provisions };
      });
    },
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
