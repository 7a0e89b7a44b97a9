import { describe, expect, it } from 'vitest';
import { withMigrationUnderTest } from '../testing/migration-under-test.js';
import { testDialects } from '../testing/test-store.js';

const OURS = '2026_12_03_1700_texts_per_language_and_source';

for (const dialect of testDialects()) {
  describe(`the texts-per-language-and-source migration on ${dialect}`, () => {
    it("keeps each provision's texts with a source, gives the demo statement and events their Armenian and Azerbaijani texts, and goes back", async () => {
      await withMigrationUnderTest(dialect, OURS, async ({ db: old, up, down }) => {
        const now = '2020-12-14T12:00:00.000Z';
        const agreement = (id: string, code: string, sourceNote: string) => ({
          id,
          code,
          title: '{"en":"A"}',
          signed_on: '2020-11-10',
          source_note: sourceNote,
          created_at: now,
        });
        await old
          .insertInto('agreement')
          .values([
            agreement('s', 'trilateral-statement-2020-11-10', 'kremlin.ru'),
            agreement('o', 'other', 'an other source'),
          ])
          .execute();
        const provision = (id: string, agreementId: string, number: number, text: object) => ({
          id,
          agreement_id: agreementId,
          number,
          text: JSON.stringify(text),
          responsible_party_ids: '[]',
          status: 'not_assessed',
        });
        await old
          .insertInto('provision')
          .values([
            provision('p8', 's', 8, { en: 'The Parties shall exchange…', ru: 'Производится обмен…' }),
            provision('q1', 'o', 1, { en: 'Only English', ru: '' }),
          ])
          .execute();
        await old
          .insertInto('agreement_event')
          .values({
            id: 'e',
            kind: 'meeting',
            date: '2021-01-11',
            end_date: null,
            title: '{"en":"Meeting","ru":"Встреча"}',
            place: 'Moscow',
            participants: '["Vladimir Putin"]',
            summary: '{"en":"S"}',
            source_note: 'TASS',
            created_at: now,
          })
          .execute();

        await up();

        const p8 = await old
          .selectFrom('provision')
          .select('text')
          .where('id', '=', 'p8')
          .executeTakeFirstOrThrow();
        const text = JSON.parse(p8.text);
        expect(text.ru).toBe('Производится обмен…');
        expect(text.hy).toContain('ռազմագերիների');
        expect(text.az).toContain('Hərbi əsirlərin');
        const texts = await old
          .selectFrom('provision_text')
          .selectAll()
          .orderBy('provision_id')
          .orderBy('language')
          .execute();
        expect(texts.map((t) => [t.provision_id, t.language, t.source])).toEqual([
          ['p8', 'az', 'parley:translation:ru'],
          [
            'p8',
            'en',
            'President of Russia, en.kremlin.ru/events/president/news/64384 (the published English translation)',
          ],
          ['p8', 'hy', 'parley:translation:ru'],
          ['p8', 'ru', 'Президент России, kremlin.ru/events/president/news/64384'],
          ['q1', 'en', 'an other source'],
        ]);
        const event = await old
          .selectFrom('agreement_event')
          .selectAll()
          .where('id', '=', 'e')
          .executeTakeFirstOrThrow();
        expect(JSON.parse(event.title)).toMatchObject({
          ru: 'Встреча',
          hy: expect.stringContaining('ղեկավարների'),
        });
        expect(JSON.parse(event.place_text)).toEqual({
          en: 'Moscow',
          ru: 'Москва',
          hy: 'Մոսկվա',
          az: 'Moskva',
        });
        expect(JSON.parse(event.participants_text)[1].az).toBe('İlham Əliyev');
        // The same text twice from one source is refused: a language and a source name one text.
        await expect(
          old
            .insertInto('provision_text')
            .values({ provision_id: 'q1', language: 'en', source: 'an other source', text: 'again' })
            .execute(),
        ).rejects.toThrow();

        await down();
        await expect(old.selectFrom('provision_text').selectAll().execute()).rejects.toThrow();
        const after = await old
          .selectFrom('agreement_event')
          .selectAll()
          .where('id', '=', 'e')
          .executeTakeFirstOrThrow();
        expect('place_text' in after).toBe(false);
      });
    }, 60_000);

    it("gives the demo statement's source note in every language, and takes the column away again", async () => {
      const NEXT = '2026_12_03_1710_agreement_source_text';
      await withMigrationUnderTest(dialect, NEXT, async ({ db: old, up, down }) => {
        const row = (id: string, code: string) => ({
          id,
          code,
          title: '{"en":"A"}',
          signed_on: '2020-11-10',
          source_note: `note of ${code}`,
          created_at: '2020-12-14T12:00:00.000Z',
        });
        await old
          .insertInto('agreement')
          .values([row('s', 'trilateral-statement-2020-11-10'), row('o', 'other')])
          .execute();
        await up();
        const rows = await old.selectFrom('agreement').select(['id', 'source_text']).orderBy('id').execute();
        expect(rows[0].source_text).toBeNull();
        const note = JSON.parse(rows[1].source_text);
        expect(note.en).toBe('note of trilateral-statement-2020-11-10');
        expect(note.hy).toContain('Եռակողմ հայտարարություն');
        expect(note.az).toContain('üçtərəfli bəyanat');
        await down();
        const after = await old
          .selectFrom('agreement')
          .selectAll()
          .where('id', '=', 's')
          .executeTakeFirstOrThrow();
        expect('source_text' in after).toBe(false);
      });
    }, 60_000);
  });
}
