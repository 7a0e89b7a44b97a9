import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildDiscrepancyReport, type DiscrepancyReport } from '../../domain/exchange/discrepancy-report.js';
import type { ListEntry } from '../../domain/exchange/types.js';
import type { ExchangeEventView } from '../../store/index.js';
import { discrepancyReportPdf } from './discrepancy-report-pdf.js';
import { discrepancyReportXlsx } from './discrepancy-report-xlsx.js';
import { manifestPdf } from './manifest-pdf.js';

// Issue 9, point 9: exports tell namesakes apart (transliteration into the reader's script, birth date, list number),
// carry dates as dates, and a PDF has a header, page numbers and readable times on every page.

const partyName = (id: string) => ({ am: 'Армения', az: 'Азербайджан' })[id] ?? id;

function entry(
  id: string,
  partyId: string,
  kind: 'missing' | 'held',
  name: string,
  born?: string,
  listId?: string,
) {
  return { id, partyId, kind, displayName: name, birthDate: born, listId } satisfies ListEntry;
}

const report: DiscrepancyReport = buildDiscrepancyReport({
  asOf: '2020-12-14',
  partyIds: ['am', 'az'],
  entries: [
    entry('m1', 'am', 'missing', 'Պետրոսյան Արամ', '14.03.1999', 'AM-1'),
    entry('m2', 'am', 'missing', 'Պետրոսյան Արամ', '1971', 'AM-2'),
    entry('h1', 'az', 'held', 'Petrosyan Aram', '1999-03-14', 'AZ-7'),
    entry('m3', 'az', 'missing', 'Məmmədov Elvin', undefined, 'AZ-M-3'),
  ],
  links: [{ missingEntryId: 'm1', heldEntryId: 'h1', probability: 0.99 }],
});

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

describe('exports of persons', () => {
  it('XLSX: a row per person with transliteration, birth date as a date cell and list number', async () => {
    const buffer = await discrepancyReportXlsx(report, {
      language: 'ru',
      partyName,
      generatedAt: '2020-12-15T10:00:00.000Z',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0];
    expect(summary.getCell('B2').value).toEqual(new Date('2020-12-14T00:00:00Z'));
    expect(summary.getCell('B3').value).toEqual(new Date('2020-12-15T10:00:00Z'));
    const sheet = workbook.worksheets[1];
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Категория',
      'ФИО',
      'Транслитерация',
      'Дата рождения',
      '№ в списке',
      'Дубликат',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const located = rows.find((r) => r[1] === 'Найдены в списке другой стороны');
    expect(located?.slice(2)).toEqual([
      'Պետրոսյան Արամ',
      'Петросян Арам',
      new Date('1999-03-14T00:00:00Z'),
      'AM-1',
    ]);
    expect(sheet.getCell(`D${rows.indexOf(located!) + 2}`).numFmt).toBe('yyyy-mm-dd');
    const namesake = rows.find((r) => r[5] === 'AM-2');
    expect(namesake?.[4]).toBe('1971');
  });

  it('PDF: the names read in Armenian for an Armenian reader, a header and "page n of N" on every page', async () => {
    const many: DiscrepancyReport = buildDiscrepancyReport({
      asOf: '2020-12-14',
      partyIds: ['am', 'az'],
      entries: Array.from({ length: 150 }, (_, i) =>
        entry(`m${i}`, 'az', 'missing', `Məmmədov Elvin ${i}`, '1990-05-01', `AZ-${i}`),
      ),
      links: [],
    });
    const pages = await pdfPages(
      await discrepancyReportPdf(many, {
        language: 'hy',
        partyName,
        generatedAt: '2020-12-15T10:00:00.000Z',
        timeZone: 'Asia/Yerevan',
      }),
    );
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Էջ ${i + 1} / ${pages.length}`);
      expect(text).toContain('Անհամապատասխանությունների զեկույց');
      expect(text).toContain('14:00 (Asia/Yerevan)');
    });
    expect(pages[0]).toContain('Մամմադով Էլվին 0');
    expect(pages[0]).toContain('AZ-0');
    expect(pages[0]).not.toContain('2020-12-15T10:00');
  });

  it('manifest: each person with transliteration, birth date and list numbers; confirmations at readable times', async () => {
    const event: ExchangeEventView = {
      id: 'e1',
      date: '2020-12-14',
      place: 'Hadrut',
      placeKind: 'airfield',
      partyIds: ['am', 'az'],
      persons: [
        {
          id: 'p1',
          displayName: 'Արամ Պետրոսյան',
          ownPartyId: 'am',
          holdingPartyId: 'az',
          status: 'included',
          fromPartyId: 'az',
          toPartyId: 'am',
          birthDate: '1999-03-14',
          listIds: ['AM-1', 'AZ-7'],
          outcome: null,
        },
      ],
      status: 'planned',
      confirmations: [{ kind: 'party', partyId: 'am', by: 'liaison.am', at: '2020-12-14T09:00:00.000Z' }],
      carriedOut: null,
      outcomeConfirmations: [],
      cancelled: null,
      complete: false,
      completedAt: null,
      steps: [],
    };
    const [text] = await pdfPages(
      await manifestPdf(event, { language: 'ru', partyName, generatedAt: '2020-12-14T08:00:00.000Z' }),
    );
    expect(text).toContain('Արամ Պետրոսյան (Арам Петросян) — род. 14 марта 1999 г. — № в списке AM-1, AZ-7');
    expect(text).toContain('подтвердил(а) liaison.am, 14 декабря 2020 г., 09:00 (UTC)');
    expect(text).toContain('Страница 1 из 1');
  });
});
