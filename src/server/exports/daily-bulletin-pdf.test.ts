import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { DailyBulletin } from '../../domain/corridor/daily-bulletin.js';
import { dailyBulletinPdf } from './daily-bulletin-pdf.js';

const bulletin: DailyBulletin = {
  date: '2021-01-24',
  posts: { total: 27, establishedThatDay: [27], checkpoints: 2 },
  movements: {
    escorted: [
      {
        reference: 'Convoy 6',
        kind: 'convoy',
        status: 'completed',
        fromPlaceId: 'goris',
        toPlaceId: 'stepanakert',
        vehicles: 12,
        people: 520,
        escort: 'Military police',
      },
    ],
    vehicles: 12,
    people: 520,
  },
  cargo: {
    consignments: ['HUM-2021-0006'],
    tonnes: { food: 19.5, medical: 0, shelter_and_construction: 0, fuel: 0, other: 0 },
    tonnesThatDay: 19.5,
    tonnesInTotal: 412.3,
  },
  returns: {
    thatDay: { individuals: 318, households: 95 },
    inTotal: { individuals: 50_658, households: 15_120 },
  },
  incidents: [{ kind: 'shots', occurredAt: '2021-01-24T21:30:00Z', placeId: 'shusha' }],
};

const placeNames = {
  hy: { goris: 'Գորիս', stepanakert: 'Ստեփանակերտ', shusha: 'Շուշի' },
  ru: { goris: 'Горис', stepanakert: 'Степанакерт', shusha: 'Шуша' },
  az: { goris: 'Qorus', stepanakert: 'Xankəndi', shusha: 'Şuşa' },
  en: { goris: 'Goris', stepanakert: 'Stepanakert', shusha: 'Shusha' },
};

/** The text of a PDF as a reader copies it, spaces of any width as one. */
async function pdfText(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/[\s\u00a0\u202f]+/g, ' '), pages: pdf.numPages };
}

describe('the daily bulletin as PDF', () => {
  const write = (language: 'en' | 'ru' | 'hy' | 'az') =>
    dailyBulletinPdf(bulletin, {
      language,
      generatedAt: '2021-01-25T06:00:00Z',
      placeNames: placeNames[language],
    });

  it('writes Armenian with the embedded font: labels, places, figures, on one page', async () => {
    const buffer = await write('hy');
    expect(buffer.toString('latin1')).toContain('DejaVuSans');
    const { text, pages } = await pdfText(buffer);
    expect(pages).toBe(1);
    expect(text).toContain('Միջանցքի օրական տեղեկագիր');
    expect(text).toContain('Գործող դիտակետեր: 27');
    expect(text).toContain('Գորիս → Ստեփանակերտ');
    expect(text).toContain('Ընդամենը վերադարձել են: 50 658 մարդ');
    expect(text).toContain('Կրակոցներ, Շուշի');
  });

  it('writes Cyrillic: the same day in Russian', async () => {
    const { text } = await pdfText(await write('ru'));
    expect(text).toContain('Ежедневный бюллетень коридора');
    expect(text).toContain('24 января 2021');
    expect(text).toContain('Горис → Степанакерт; 12 транспортных средств, 520 человек');
    expect(text).toContain('Всего вернулись: 50 658 человек, 15 120 домохозяйств');
    expect(text).toContain('Продовольствие: 19,5 т');
  });

  it('writes Azerbaijani Latin and English', async () => {
    const az = (await pdfText(await write('az'))).text;
    expect(az).toContain('Dəhlizin gündəlik bülleteni');
    expect(az).toContain('Qorus → Xankəndi');
    const en = (await pdfText(await write('en'))).text;
    expect(en).toContain('Returned in total: 50,658 people, 15,120 households');
    expect(en).toContain('Observation posts in place: 27 (established that day: no. 27)');
    expect(en).toContain('Delivered in total: 412.3 t');
  });
});
