import type { Kysely } from 'kysely';

// Frozen: a migration never changes once released and never imports application code.
// An agreement's source note in every language (issue 9, point 10): `source_text`, JSON text of the note per language
// (null: only the English `source_note`). The demo's statement of 10 November 2020, where present, receives its note
// in Russian, Armenian and Azerbaijani.

const STATEMENT_CODE = 'trilateral-statement-2020-11-10';
const NOTE: Record<string, string> = {
  ru: 'Трёхстороннее заявление от 10 ноября 2020 года (подписано в ночь с 9 на 10 ноября), опубликованное Президентом России (kremlin.ru) и сторонами; английский текст — по опубликованному переводу. Ход его выполнения — по материалу «Лавров о роли России в Карабахе» (18 января 2021 года, ТАСС, Москва).',
  hy: 'Եռակողմ հայտարարություն 2020 թվականի նոյեմբերի 10-ի (ստորագրվել է նոյեմբերի 9-ից 10-ի գիշերը), ինչպես հրապարակել են Ռուսաստանի Նախագահը (kremlin.ru) և կողմերը. անգլերեն տեքստը՝ հրապարակված թարգմանությամբ, հայերեն տեքստը՝ Parley-ի թարգմանությամբ ռուսերենից։ Դրա կատարման ընթացքը՝ ըստ «Լավրովը՝ Ղարաբաղում Ռուսաստանի դերի մասին» նյութի (2021 թվականի հունվարի 18, ՏԱՍՍ, Մոսկվա)։',
  az: '10 noyabr 2020-ci il tarixli üçtərəfli bəyanat (9–10 noyabr gecəsi imzalanıb), Rusiya Prezidenti (kremlin.ru) və tərəflər tərəfindən dərc edildiyi kimi; ingilis mətni dərc edilmiş tərcüməyə, Azərbaycan mətni isə Parley-in rus mətnindən tərcüməsinə əsaslanır. Onun icrası «Lavrov Rusiyanın Qarabağdakı rolu haqqında» materialına əsasən (18 yanvar 2021-ci il, TASS, Moskva).',
};

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('agreement').addColumn('source_text', 'text').execute();
  const statement = (await db
    .selectFrom('agreement')
    .select(['id', 'source_note'])
    .where('code', '=', STATEMENT_CODE)
    .executeTakeFirst()) as { id: string; source_note: string } | undefined;
  if (!statement) return;
  await db
    .updateTable('agreement')
    .set({ source_text: JSON.stringify({ en: statement.source_note, ...NOTE }) })
    .where('id', '=', statement.id)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('agreement').dropColumn('source_text').execute();
}
