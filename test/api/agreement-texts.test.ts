import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 9, point 10: the statement's points and the events after it read in all four languages, each text with its
// source; places and participants too.

for (const dialect of testDialects()) {
  describe(`the statement and its events in four languages on ${dialect}`, () => {
    let t: TestApp;
    let observer: SignedIn;
    const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: as(observer) });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      observer = await signIn(t.app, account(t, 'observer'));
    }, 60_000);
    afterAll(async () => t?.close());

    it('gives every point in en, ru, hy and az, each text with its source', async () => {
      const [statement] = (await get('/agreements')).json().items as { id: string }[];
      const res = await get(`/agreements/${statement.id}`);
      expect(res.statusCode, res.body).toBe(200);
      const provisions = res.json().provisions as {
        number: number;
        text: Record<string, string>;
        texts: { language: string; source: string; text: string }[];
      }[];
      expect(provisions).toHaveLength(9);
      for (const provision of provisions) {
        for (const language of ['en', 'ru', 'hy', 'az']) expect(provision.text[language]).toBeTruthy();
        expect(provision.texts.map((text) => text.language).sort()).toEqual(['az', 'en', 'hy', 'ru']);
        for (const text of provision.texts) expect(text.text).toBe(provision.text[text.language]);
      }
      expect(res.json().sourceText).toMatchObject({
        en: expect.stringContaining('kremlin.ru'),
        ru: expect.stringContaining('Трёхстороннее заявление'),
        hy: expect.stringContaining('Եռակողմ հայտարարություն'),
        az: expect.stringContaining('üçtərəfli bəyanat'),
      });
      const point8 = provisions.find((p) => p.number === 8)!;
      expect(point8.text.hy).toContain('ռազմագերիների');
      expect(point8.text.az).toContain('Hərbi əsirlərin');
      expect(point8.texts.find((text) => text.language === 'ru')?.source).toContain('kremlin.ru');
      expect(point8.texts.find((text) => text.language === 'hy')?.source).toBe('parley:translation:ru');
    });

    it('gives the events their titles and summaries in hy and az, and places, participants and sources in all four', async () => {
      const res = await get('/events');
      expect(res.statusCode, res.body).toBe(200);
      const events = res.json().items as {
        date: string;
        title: Record<string, string>;
        summary: Record<string, string>;
        placeText: Record<string, string> | null;
        participantsText: Record<string, string>[] | null;
        sourceText: Record<string, string> | null;
      }[];
      expect(events.length).toBeGreaterThanOrEqual(4);
      for (const event of events) {
        expect(event.title.hy && event.title.az && event.summary.hy && event.summary.az).toBeTruthy();
        expect(event.placeText && event.sourceText && event.participantsText).toBeTruthy();
      }
      const leaders = events.find((e) => e.date === '2021-01-11')!;
      expect(leaders.placeText).toEqual({ en: 'Moscow', ru: 'Москва', hy: 'Մոսկվա', az: 'Moskva' });
      expect(leaders.participantsText?.map((p) => p.hy)).toEqual([
        'Վլադիմիր Պուտին',
        'Իլհամ Ալիև',
        'Նիկոլ Փաշինյան',
      ]);
    });
  });
}
