import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

const C = '/api/v1/corridor';

async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  return (await extractText(pdf, { mergePages: true })).text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

for (const dialect of testDialects()) {
  describe(`the daily bulletin of the corridor on ${dialect}`, () => {
    let t: TestApp;
    let observer: SignedIn;
    let liaison: SignedIn;
    let officer: SignedIn;
    const bulletin = async (who: SignedIn, date: string) => {
      const res = await t.app.inject({ method: 'GET', url: `${C}/bulletin?date=${date}`, headers: as(who) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      observer = await signIn(t.app, account(t, 'observer'));
      liaison = await signIn(t.app, account(t, 'liaison', 'AZ'));
      officer = await signIn(t.app, account(t, 'field_officer'));
    }, 60_000);
    afterAll(async () => t?.close());

    it("gives the contingent's figures of a day: posts, the convoy escorted, cargo, returns that day and in total", async () => {
      const day = await bulletin(observer, '2021-01-08');
      expect(day.posts.total).toBe(23);
      expect(day.posts.establishedThatDay).toEqual([23]);
      expect(day.movements.escorted.map((m: { reference: string }) => m.reference)).toEqual([
        expect.stringMatching(/^Convoy 6/),
      ]);
      expect(day.returns.inTotal.individuals).toBe(47_834);
      expect(day.returns.thatDay.individuals).toBeGreaterThan(0);
      const later = await bulletin(observer, '2021-01-24');
      expect(later.posts.total).toBe(27);
      expect(later.returns.inTotal.individuals).toBe(50_658);
      expect(later.cargo.tonnesInTotal).toBeGreaterThanOrEqual(day.cargo.tonnesInTotal);
      // Every role reads the same published figures.
      expect((await bulletin(liaison, '2021-01-24')).returns).toEqual(later.returns);
      expect((await bulletin(officer, '2021-01-24')).posts).toEqual(later.posts);
    });

    it('writes the day as one PDF page in Armenian and in Russian', async () => {
      for (const [lang, title, total] of [
        ['hy', 'Միջանցքի օրական տեղեկագիր', 'Ընդամենը վերադարձել են: 50 658'],
        ['ru', 'Ежедневный бюллетень коридора', 'Всего вернулись: 50 658'],
      ] as const) {
        const res = await t.app.inject({
          method: 'GET',
          url: `${C}/bulletin.pdf?date=2021-01-24&lang=${lang}`,
          headers: as(liaison),
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        const text = await pdfText(res.rawPayload);
        expect(text).toContain(title);
        expect(text).toContain(total);
      }
    });

    it('refuses a day that is not a date, naming the parameter', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${C}/bulletin?date=24.01.2021`,
        headers: as(observer),
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.json().errors)).toContain('date');
    });
  });
}
