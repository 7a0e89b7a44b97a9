import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { type DiscrepancyReport, upgradeStoredReport } from '../../domain/exchange/discrepancy-report.js';
import type { ExchangeEventView } from '../../store/index.js';
import { discrepancyReportPdf } from './discrepancy-report-pdf.js';
import { discrepancyReportXlsx } from './discrepancy-report-xlsx.js';
import { manifestPdf } from './manifest-pdf.js';

const names = { am: { en: 'Armenia', ru: 'Армения' }, az: { en: 'Azerbaijan', ru: 'Азербайджан' } };
const partyName = (lang: 'en' | 'ru') => (id: string) => names[id as 'am' | 'az'][lang];

// Written as a report stored before persons were counted: each name a person, nothing awaiting review.
const report: DiscrepancyReport = upgradeStoredReport({
  asOf: '2020-12-14',
  sides: [
    {
      partyId: 'am',
      otherPartyId: 'az',
      claimedMissing: { count: 3, names: ['=HYPERLINK("http://x")', 'Արամ Պետրոսյան', 'Сергей Арутюнян'] },
      locatedInOtherList: { count: 1, names: ['Արամ Պետրոսյան'] },
      heldButNotClaimed: { count: 1, names: ['@SUM(A1)'] },
      claimedButNotLocated: { count: 2, names: ['=HYPERLINK("http://x")', 'Сергей Арутюнян'] },
    },
    {
      partyId: 'az',
      otherPartyId: 'am',
      claimedMissing: { count: 1, names: ['Elvin Məmmədov'] },
      locatedInOtherList: { count: 0, names: [] },
      heldButNotClaimed: { count: 0, names: [] },
      claimedButNotLocated: { count: 1, names: ['Elvin Məmmədov'] },
    },
  ],
} as DiscrepancyReport);

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

describe('discrepancy report exports', () => {
  it('XLSX: labels in the UI language, names as written, every formula-like cell neutralised', async () => {
    const buffer = await discrepancyReportXlsx(report, {
      language: 'ru',
      partyName: partyName('ru'),
      generatedAt: '2020-12-15T10:00:00.000Z',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0];
    expect(summary.name).toBe('Сводка');
    const summaryValues = summary.getSheetValues().flat().map(String);
    expect(summaryValues).toContain('Отчёт о расхождениях');
    expect(summaryValues).toContain('Заявлены как пропавшие без вести');
    expect(summaryValues).toContain('Армения');

    const side = workbook.worksheets[1];
    const cells: string[] = [];
    side.eachRow((row) => {
      row.eachCell((c) => {
        expect(c.formula).toBeUndefined();
        cells.push(String(c.value));
      });
    });
    expect(cells).toContain('Արամ Պետրոսյան');
    expect(cells).toContain('Сергей Арутюнян');
    expect(cells).toContain(`'=HYPERLINK("http://x")`);
    expect(cells).toContain(`'@SUM(A1)`);
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('PDF: embeds a font that writes Armenian, Cyrillic and Azerbaijani Latin names', async () => {
    const buffer = await discrepancyReportPdf(report, {
      language: 'en',
      partyName: partyName('en'),
      generatedAt: '2020-12-15T10:00:00.000Z',
    });
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(buffer.toString('latin1')).toContain('DejaVuSans');
    const text = await pdfText(buffer);
    expect(text).toContain('Discrepancy report');
    expect(text).toContain('Արամ Պետրոսյան');
    expect(text).toContain('Сергей Арутюнян');
    expect(text).toContain('Elvin Məmmədov');
    expect(text).toContain('Claimed but not located: 2');
  });

  it('flags a person a list names in more than one row, in the PDF and the XLSX', async () => {
    const flagged = structuredClone(report);
    const [first] = flagged.sides[0].locatedInOtherList.persons;
    flagged.sides[0].locatedInOtherList.persons[0] = { ...first, rows: [2, 7], duplicate: true };
    const ctx = {
      language: 'en' as const,
      partyName: partyName('en'),
      generatedAt: '2020-12-15T10:00:00.000Z',
    };
    expect(await pdfText(await discrepancyReportPdf(flagged, ctx))).toContain(
      'listed more than once, rows 2, 7',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await discrepancyReportXlsx(flagged, ctx)) as unknown as ArrayBuffer);
    const values = workbook.worksheets[1].getSheetValues().flat().map(String);
    expect(values).toContain('listed more than once, rows 2, 7');
  });
});

describe('exchange manifest', () => {
  it('lists the persons each way with counts and who confirmed, in the chosen language', async () => {
    const event: ExchangeEventView = {
      id: 'e1',
      date: '2020-12-14',
      place: 'Hadrut',
      placeKind: 'airfield',
      status: 'planned',
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
          outcome: null,
        },
        {
          id: 'p2',
          displayName: 'Elvin Məmmədov',
          ownPartyId: 'az',
          holdingPartyId: 'am',
          status: 'included',
          fromPartyId: 'am',
          toPartyId: 'az',
          outcome: null,
        },
      ],
      confirmations: [{ kind: 'party', partyId: 'am', by: 'liaison.am', at: '2020-12-14T09:00:00.000Z' }],
      carriedOut: null,
      outcomeConfirmations: [],
      cancelled: null,
      complete: false,
      completedAt: null,
      steps: [],
    };
    const text = await pdfText(
      await manifestPdf(event, {
        language: 'ru',
        partyName: partyName('ru'),
        generatedAt: '2020-12-14T08:00:00.000Z',
      }),
    );
    expect(text).toContain('Манифест обмена');
    expect(text).toContain('аэродром');
    expect(text).toContain('Азербайджан → Армения');
    expect(text).toContain('Արամ Պետրոսյան');
    expect(text).toContain('Elvin Məmmədov');
    expect(text).toContain('подтвердил(а) liaison.am');
    expect(text).toContain('Координатор: ещё не подтверждено');
    // Planned: no outcome is written for anyone yet.
    expect(text).not.toContain('передан(а)');
    expect(text).not.toContain('Подтверждения результата');

    // Carried out, one person not handed over, the outcome confirmed by all.
    const at = '2020-12-14T12:00:00.000Z';
    const done: ExchangeEventView = {
      ...event,
      status: 'carried_out',
      persons: [
        { ...event.persons[0], outcome: { outcome: 'handed_over', reason: null, note: null } },
        {
          ...event.persons[1],
          outcome: { outcome: 'not_handed_over', reason: 'refused_repatriation', note: 'asked for asylum' },
        },
      ],
      carriedOut: { at, by: 'coordinator' },
      outcomeConfirmations: [
        { kind: 'party', partyId: 'am', by: 'liaison.am', at },
        { kind: 'party', partyId: 'az', by: 'liaison.az', at },
        { kind: 'coordinator', partyId: null, by: 'coordinator', at },
      ],
      complete: true,
      completedAt: at,
    };
    for (const [language, expected] of [
      [
        'ru',
        [
          'Արամ Պետրոսյան',
          '— передан(а)',
          '— не передан(а): отказ от репатриации (asked for asylum)',
          'Подтверждения результата',
          'подтвердил(а) liaison.az',
          'передано 1 / 2',
        ],
      ],
      [
        'en',
        [
          '— handed over',
          '— not handed over: refused repatriation (asked for asylum)',
          'Confirmations of the outcome',
          'handed over 1 / 2',
        ],
      ],
    ] as const) {
      // A long line wraps in the PDF: read as one run of words.
      const outcome = (
        await pdfText(await manifestPdf(done, { language, partyName: partyName(language), generatedAt: at }))
      ).replace(/\s+/g, ' ');
      for (const piece of expected) expect(outcome, `${language}: ${piece}`).toContain(piece);
    }
  });
});
