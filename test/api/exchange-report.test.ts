import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AM_HELD,
  AM_MISSING,
  AZ_HELD,
  AZ_MISSING,
  importList,
  type ListRow,
} from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface NamedCount {
  count: number;
  names: string[];
}
interface Side {
  partyId: string;
  otherPartyId: string;
  claimedMissing: NamedCount;
  locatedInOtherList: NamedCount;
  heldButNotClaimed: NamedCount;
  claimedButNotLocated: NamedCount;
}

const X = '/api/v1/exchange';
const today = () => new Date().toISOString().slice(0, 10);
// A name a hostile or careless file could carry: a spreadsheet would run it as a formula.
const FORMULA: ListRow = ['=HYPERLINK("http://evil.example")', 'Click', '1991-01-01'];

for (const dialect of testDialects()) {
  describe(`discrepancy report on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    const get = (who: SignedIn, url: string) =>
      t.app.inject({ method: 'GET', url: `${X}${url}`, headers: as(who) });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      observer = await signIn(t.app, account(t, 'observer'));
      const liaisonAm = { userId: am.userId, username: 'liaison-am', partyId: am.partyId! };
      const liaisonAz = { userId: az.userId, username: 'liaison-az', partyId: az.partyId! };
      await importList(t.store, liaisonAm, 'missing', [...AM_MISSING, FORMULA]);
      await importList(t.store, liaisonAm, 'held', AM_HELD);
      await importList(t.store, liaisonAz, 'missing', AZ_MISSING);
      await importList(t.store, liaisonAz, 'held', AZ_HELD);
    }, 60_000);
    afterAll(async () => t?.close());

    it('before any reconciliation: every claim stands unlocated; before any list: nothing', async () => {
      const res = await get(coordinator, `/discrepancy-report?asOf=${today()}`);
      expect(res.statusCode, res.body).toBe(200);
      const amSide = (res.json().sides as Side[]).find((s) => s.partyId === am.partyId)!;
      expect(amSide.claimedMissing.count).toBe(AM_MISSING.length + 1);
      expect(amSide.locatedInOtherList.count).toBe(0);
      expect(amSide.heldButNotClaimed.count).toBe(AZ_HELD.length);
      const past = (await get(coordinator, '/discrepancy-report?asOf=2020-11-10')).json();
      expect(past.sides.map((s: Side) => s.claimedMissing.count)).toEqual([0, 0]);
    });

    it("after a reconciliation: claims located in the other side's list, names as written", async () => {
      const started = await t.app.inject({
        method: 'POST',
        url: `${X}/reconciliations`,
        headers: as(coordinator),
        payload: {},
      });
      for (let i = 0; i < 600; i++) {
        const run = (await get(coordinator, `/reconciliations/${started.json().id}`)).json();
        if (run.status === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const report = (await get(coordinator, `/discrepancy-report?asOf=${today()}`)).json();
      const amSide = (report.sides as Side[]).find((s) => s.partyId === am.partyId)!;
      expect(amSide.otherPartyId).toBe(az.partyId);
      expect(amSide.locatedInOtherList.names).toContain('Պետրոսյան Արամ');
      expect(amSide.locatedInOtherList.names).toContain('Арутюнян Сергей');
      expect(amSide.claimedButNotLocated.names).toEqual(
        expect.arrayContaining(['Հակոբյան Տիգրան', `${FORMULA[0]} ${FORMULA[1]}`]),
      );
      expect(amSide.heldButNotClaimed.names).toEqual(['Grigoryan Armen']);
      expect(amSide.locatedInOtherList.count + amSide.claimedButNotLocated.count).toBe(
        amSide.claimedMissing.count,
      );
      // A liaison reads its own side only once the coordinator shares the run (exchange-pairs.test.ts).
      expect((await get(am, '/discrepancy-report')).statusCode).toBe(404);
    }, 60_000);

    it('answers each section as a count and a first page; the rest page by page, the same persons in order', async () => {
      const whole = (await get(coordinator, `/discrepancy-report?asOf=${today()}&limit=1000`)).json();
      const fullSide = (whole.sides as Side[]).find((s) => s.partyId === am.partyId)!;
      const all = fullSide.claimedMissing.names;
      expect(all.length).toBe(fullSide.claimedMissing.count);
      expect(all.length).toBeGreaterThan(4);

      const first = await get(coordinator, `/discrepancy-report?asOf=${today()}&limit=2`);
      expect(first.statusCode, first.body).toBe(200);
      const side = (first.json().sides as Side[]).find((s) => s.partyId === am.partyId)!;
      // Every count whole, only two persons of each section.
      expect(side.claimedMissing).toMatchObject({
        count: all.length,
        names: all.slice(0, 2),
        offset: 0,
        next: 2,
      });
      expect(side.locatedInOtherList.count).toBe(fullSide.locatedInOtherList.count);
      const paged = [...side.claimedMissing.names];
      for (let offset: number | null = 2; offset !== null; ) {
        const res = await get(
          coordinator,
          `/discrepancy-report/sections/${am.partyId}/claimedMissing?asOf=${today()}&offset=${offset}&limit=2`,
        );
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as NamedCount & { persons: unknown[]; next: number | null };
        expect(page.count).toBe(all.length);
        expect(page.persons).toHaveLength(page.names.length);
        paged.push(...page.names);
        offset = page.next;
      }
      expect(paged).toEqual(all);

      // Bounded: no more than 1,000 persons a page; a section that does not exist is refused by name.
      const tooMany = await get(coordinator, '/discrepancy-report?limit=100000');
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.body).toContain('limit');
      const bad = await get(coordinator, `/discrepancy-report/sections/${am.partyId}/everyone`);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('section');
      // A liaison reads no side before the run is shared, and never the other party's.
      expect((await get(am, `/discrepancy-report/sections/${az.partyId}/claimedMissing`)).statusCode).toBe(
        404,
      );
    }, 60_000);

    it('a report read again after a decision or a sharing reflects it at once (what was computed is not kept past a change)', async () => {
      const runs = (await get(coordinator, '/reconciliations')).json();
      const runId = (runs.items ?? runs)[0].id as string;
      const section = async (who: SignedIn, name: string, url = '/discrepancy-report') => {
        const res = await get(who, `${url}/sections/${am.partyId}/${name}?limit=1000`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as NamedCount;
      };
      const runSection = (name: string) => section(coordinator, name, `/reconciliations/${runId}/results`);
      const located = await section(coordinator, 'locatedInOtherList');
      expect(located.names).toContain('Պետրոսյան Արամ');
      expect((await runSection('locatedInOtherList')).names).toContain('Պետրոսյան Արամ');

      const pairs = (await get(coordinator, `/reconciliations/${runId}/pairs?limit=100`)).json();
      const match = (
        pairs.items as { id: string; version: number; pairClass: string; missing: { displayName: string } }[]
      ).find((p) => p.missing.displayName === 'Պետրոսյան Արամ' && p.pairClass === 'matched');
      expect(match).toBeDefined();
      const rejected = await t.app.inject({
        method: 'POST',
        url: `${X}/pairs/${match!.id}/decision`,
        headers: as(coordinator),
        payload: { decision: 'rejected', note: 'different father', version: match!.version },
      });
      expect(rejected.statusCode, rejected.body).toBe(200);
      // The run's results were the last read: read again first, then the report's.
      expect((await runSection('locatedInOtherList')).names).not.toContain('Պետրոսյան Արամ');
      const after = await section(coordinator, 'locatedInOtherList');
      expect(after.names).not.toContain('Պետրոսյան Արամ');
      expect(after.count).toBe(located.count - 1);
      expect((await section(coordinator, 'claimedButNotLocated')).names).toContain('Պետրոսյան Արամ');

      // Shared: the liaison now reads its own side (the rejection included), still never the other one.
      expect((await get(am, '/discrepancy-report')).statusCode).toBe(404);
      const shared = await t.app.inject({
        method: 'POST',
        url: `${X}/reconciliations/${runId}/share`,
        headers: as(coordinator),
        payload: {},
      });
      expect(shared.statusCode, shared.body).toBe(200);
      const own = await get(am, '/discrepancy-report');
      expect(own.statusCode, own.body).toBe(200);
      expect((own.json().sides as Side[]).map((s) => s.partyId)).toEqual([am.partyId]);
      expect((await section(am, 'claimedButNotLocated')).names).toContain('Պետրոսյան Արամ');
      expect((await get(am, `/discrepancy-report/sections/${az.partyId}/claimedMissing`)).statusCode).toBe(
        404,
      );
    }, 60_000);

    it('exports XLSX in the UI language with every formula neutralised, and PDF with the names in their scripts', async () => {
      const xlsx = await get(coordinator, `/discrepancy-report.xlsx?asOf=${today()}&lang=hy`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].name).toBe('Ամփոփում');
      const values: string[] = [];
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) => {
          row.eachCell((cell) => {
            expect(cell.formula).toBeUndefined();
            values.push(String(cell.value));
          });
        });
      }
      expect(values).toContain('Պետրոսյան Արամ');
      expect(values).toContain(`'${FORMULA[0]} ${FORMULA[1]}`);
      expect(values.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);

      const pdf = await get(coordinator, `/discrepancy-report.pdf?asOf=${today()}&lang=ru`);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
        mergePages: true,
      });
      expect(text).toContain('Отчёт о расхождениях');
      expect(text).toContain('Պետրոսյան Արամ');
      expect(text).toContain('Məmmədov Elvin');
    });

    it('observers read only the published report, frozen as of its date', async () => {
      expect((await get(observer, '/discrepancy-report')).statusCode).toBe(404);
      const published = await t.app.inject({
        method: 'POST',
        url: `${X}/discrepancy-report/publish`,
        headers: as(coordinator),
        payload: { asOf: today() },
      });
      expect(published.statusCode, published.body).toBe(201);
      expect(published.json().publishedBy).toBe('coordinator');
      const seen = await get(observer, '/discrepancy-report');
      expect(seen.statusCode).toBe(200);
      expect(seen.json().publishedAt).toBe(published.json().publishedAt);
      expect(seen.json().sides).toEqual(published.json().sides);
      const file = await get(observer, '/discrepancy-report.pdf?lang=az');
      expect(file.statusCode).toBe(200);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.rawPayload)), {
        mergePages: true,
      });
      expect(text).toContain('Uyğunsuzluqlar haqqında hesabat');
      expect((await get(observer, '/reconciliations')).statusCode).toBe(403);
    });
  });
}
