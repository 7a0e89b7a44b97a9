import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AM_HELD,
  AM_MISSING,
  AZ_HELD,
  AZ_MISSING,
  importList,
  type LiaisonIdentity,
} from '../../src/store/exchange/reconciliation.test-fixtures.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

interface Person {
  name: string;
  rows: number[];
  duplicate: boolean;
}
interface Group {
  count: number;
  names: string[];
  persons: Person[];
}
interface Side {
  partyId: string;
  otherPartyId: string;
  claimedMissing: Group;
  locatedInOtherList: Group;
  awaitingReview: Group;
  heldButNotClaimed: Group;
  claimedButNotLocated: Group;
}
interface Pair {
  id: string;
  status: 'matched' | 'confirmed' | 'to_review' | 'rejected';
  pairClass: 'matched' | 'review';
  missing: { displayName: string; partyId: string };
  held: { displayName: string };
  explanation: { terms: unknown[] } | null;
  decision: { decision: string; version: number } | null;
  version: number;
}
type Counts = Record<Pair['status'], number>;

const X = '/api/v1/exchange';
const RUNS = `${X}/reconciliations`;
const today = () => new Date().toISOString().slice(0, 10);

/** Each claimed person in exactly one of located / awaiting review / not located, and no one twice in a section. */
function expectOnePlacePerPerson(side: Side): void {
  const sections = [side.locatedInOtherList, side.awaitingReview, side.claimedButNotLocated];
  expect(sections.reduce((sum, s) => sum + s.count, 0)).toBe(side.claimedMissing.count);
  const keys = sections.flatMap((s) => s.persons.map((p) => `${p.name}@${p.rows.join(',')}`));
  expect(new Set(keys).size).toBe(keys.length);
  for (const group of [...sections, side.heldButNotClaimed, side.claimedMissing]) {
    expect(group.persons.length).toBe(group.count);
    const held = group.persons.map((p) => `${p.name}@${p.rows.join(',')}`);
    expect(new Set(held).size).toBe(held.length);
  }
}

for (const dialect of testDialects()) {
  describe(`a run's pairs, results and review queue on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    let am: SignedIn;
    let az: SignedIn;
    let observer: SignedIn;
    let runId = '';
    const get = (who: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as(who) });
    const decide = (pair: Pair, decision: string, note = '') =>
      t.app.inject({
        method: 'POST',
        url: `${X}/pairs/${pair.id}/decision`,
        headers: as(coordinator),
        payload: { decision, note, version: pair.version },
      });
    const pairs = async (query = '') => {
      const res = await get(coordinator, `${RUNS}/${runId}/pairs?limit=100${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Pair[]; total: number; counts: Counts };
    };
    // Every person of the demo's sections on one page (1,000 at most), so names can be compared whole.
    const results = async (who = coordinator) => get(who, `${RUNS}/${runId}/results?limit=1000`);
    const report = async (who = coordinator) =>
      get(who, `${X}/discrepancy-report?asOf=${today()}&limit=1000`);

    async function runToEnd(payload: object = {}): Promise<string> {
      const started = await t.app.inject({
        method: 'POST',
        url: RUNS,
        headers: as(coordinator),
        payload,
      });
      expect(started.statusCode, started.body).toBe(202);
      for (let i = 0; i < 900; i++) {
        const run = (await get(coordinator, `${RUNS}/${started.json().id}`)).json();
        if (run.status === 'done') return run.id;
        if (run.status === 'failed') throw new Error(run.error);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the reconciliation did not finish');
    }

    /** The run page's counts (the run's results) and the report as of today: the same numbers and names. */
    async function expectRunPageAndReportAgree(): Promise<Side[]> {
      const fromRun = await results();
      expect(fromRun.statusCode, fromRun.body).toBe(200);
      const fromReport = await report();
      expect(fromReport.statusCode, fromReport.body).toBe(200);
      const sides = fromRun.json().report.sides as Side[];
      expect(sides).toEqual(fromReport.json().sides);
      for (const side of sides) expectOnePlacePerPerson(side);
      return sides;
    }

    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
      observer = await signIn(t.app, account(t, 'observer'));
    }, 60_000);
    afterAll(async () => t?.close());

    it('on the demo: the run page and the report give the same counts and names, a duplicate counted once', async () => {
      // The engine is sure of nearly every pair of the demo: a review band up to 0.99999 keeps some for the queue.
      runId = await runToEnd({ thresholds: { lower: 0.5, upper: 0.99999 } });
      const sides = await expectRunPageAndReportAgree();
      const armenia = sides.find((s) => s.partyId === am.partyId)!;
      // The demo's Armenian missing list names one person in two rows (a duplicate cluster not yet resolved).
      const twice = armenia.claimedMissing.persons.filter((p) => p.duplicate);
      expect(twice.length).toBeGreaterThan(0);
      expect(twice[0].rows.length).toBeGreaterThan(1);
      // The run page's pair counts are the pairs page's.
      const counts = (await results()).json().pairs as Counts;
      expect(counts).toEqual((await pairs()).counts);
    }, 120_000);

    it('on the demo, the review queue: a decided pair leaves it, the counts go down, a filter brings it back', async () => {
      const queue = async (show = '') => {
        const res = await get(coordinator, `${RUNS}/${runId}/review?limit=100${show}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { items: Pair[]; total: number; open: number; decided: number };
      };
      const open = await queue();
      expect(open.total).toBe(open.open);
      expect(open.open).toBeGreaterThan(0);
      expect(open.items.every((p) => p.decision === null)).toBe(true);
      const [first] = open.items;
      const toReview = (await results()).json().pairs.to_review as number;
      expect((await decide(first, 'confirmed', 'same unit')).statusCode).toBe(200);
      const next = await queue();
      expect(next.open).toBe(open.open - 1);
      expect(next.decided).toBe(open.decided + 1);
      expect(next.items.map((p) => p.id)).not.toContain(first.id);
      const decided = await queue('&show=decided');
      expect(decided.items.find((p) => p.id === first.id)?.decision).toMatchObject({ decision: 'confirmed' });
      expect((await queue('&show=all')).total).toBe(open.open + open.decided);
      expect((await results()).json().pairs.to_review).toBe(toReview - 1);
      expect((await get(coordinator, `${RUNS}/${runId}/review?show=some`)).statusCode).toBe(400);
    }, 60_000);

    it('on lists with duplicate rows: the person is counted once, located once, flagged, and both pages agree', async () => {
      const liaison = (who: SignedIn, username: string): LiaisonIdentity => ({
        userId: who.userId,
        username,
        partyId: who.partyId!,
      });
      const [petrosyan] = AM_MISSING;
      const grigoryan = AZ_HELD[3];
      await importList(t.store, liaison(am, 'liaison-am'), 'missing', [
        ...AM_MISSING,
        petrosyan,
        ['=Hovhannisyan', 'Karen', '1991-01-01'],
      ]);
      await importList(t.store, liaison(am, 'liaison-am'), 'held', AM_HELD);
      await importList(t.store, liaison(az, 'liaison-az'), 'missing', AZ_MISSING);
      await importList(t.store, liaison(az, 'liaison-az'), 'held', [
        ...AZ_HELD,
        grigoryan,
        ['Hovhannisyan', 'Karen', '1991-01-01'],
      ]);
      runId = await runToEnd();
      const armenia = (await expectRunPageAndReportAgree()).find((s) => s.partyId === am.partyId)!;
      expect(armenia.claimedMissing.count).toBe(AM_MISSING.length + 1);
      expect(armenia.locatedInOtherList.persons).toContainEqual(
        expect.objectContaining({
          name: 'Պետրոսյան Արամ',
          rows: [2, AM_MISSING.length + 2],
          duplicate: true,
        }),
      );
      const everywhere = [armenia.awaitingReview, armenia.claimedButNotLocated].flatMap((g) => g.names);
      expect(everywhere).not.toContain('Պետրոսյան Արամ');
      expect(
        armenia.heldButNotClaimed.persons
          .filter((p) => p.name === 'Grigoryan Armen')
          .map(({ name, rows, duplicate }) => ({ name, rows, duplicate })),
      ).toEqual([{ name: 'Grigoryan Armen', rows: [5, AZ_HELD.length + 2], duplicate: true }]);
    }, 120_000);

    it('the pairs page: every pair with its explanation, searched in any script and case, filtered, paged in SQL', async () => {
      const all = await pairs();
      expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));
      expect(all.items.length).toBe(all.total);
      expect(all.counts.matched).toBeGreaterThan(0);
      expect(all.items.every((p) => p.explanation && p.explanation.terms.length > 0)).toBe(true);
      for (const status of ['matched', 'to_review'] as const) {
        const only = await pairs(`&status=${status}`);
        expect(only.total).toBe(all.counts[status]);
        expect(only.items.every((p) => p.status === status)).toBe(true);
      }
      // Armenian and Latin names, typed in lower or upper case.
      for (const q of ['պետրոս', 'PETROSYAN']) {
        const found = await pairs(`&q=${encodeURIComponent(q)}`);
        expect(found.total, q).toBeGreaterThan(0);
        for (const p of found.items)
          expect(`${p.missing.displayName} ${p.held.displayName}`).toMatch(/Պետրոս|Petros/);
      }
      expect((await pairs(`&q=${encodeURIComponent('%')}`)).total).toBe(0);
      const second = await get(coordinator, `${RUNS}/${runId}/pairs?offset=1&limit=1`);
      expect(second.json().items.map((p: Pair) => p.id)).toEqual([all.items[1].id]);
      for (const who of [am, az, observer]) {
        expect((await get(who, `${RUNS}/${runId}/pairs`)).statusCode).toBe(403);
      }
      expect((await get(coordinator, `${RUNS}/${runId}/pairs?status=maybe`)).statusCode).toBe(400);
      expect((await get(coordinator, `${RUNS}/no-such-run/pairs`)).statusCode).toBe(404);
    }, 60_000);

    it('the coordinator rejects an automatic match: kept as a decision, audited, persons parted, counts moved everywhere', async () => {
      const before = await pairs('&status=matched');
      const match = before.items.find(
        (p) => p.missing.displayName === 'Պետրոսյան Արամ' && p.pairClass === 'matched',
      );
      expect(match, JSON.stringify(before.items.map((p) => p.missing.displayName))).toBeDefined();
      const located = async () =>
        t.store.db
          .selectFrom('exchange_person')
          .select(['status', 'holding_party_id'])
          .where('display_name', '=', 'Պետրոսյան Արամ')
          .where('own_party_id', '=', am.partyId!)
          .execute();
      expect((await located()).map((p) => p.status)).toContain('located');

      const rejected = await decide(match!, 'rejected', 'different father');
      expect(rejected.statusCode, rejected.body).toBe(200);
      const after = await pairs();
      expect(after.counts.matched).toBe(before.counts.matched - 1);
      expect(after.counts.rejected).toBe(before.total === 0 ? 0 : after.counts.rejected);
      expect((await pairs('&status=rejected')).items.map((p) => p.id)).toContain(match!.id);
      expect((await results()).json().pairs).toEqual(after.counts);
      const armenia = (await expectRunPageAndReportAgree()).find((s) => s.partyId === am.partyId)!;
      expect(armenia.locatedInOtherList.names).not.toContain('Պետրոսյան Արամ');
      expect(armenia.claimedButNotLocated.names).toContain('Պետրոսյան Արամ');
      expect((await located()).every((p) => p.status === 'listed' && p.holding_party_id === null)).toBe(true);
      const audit = await get(coordinator, `/api/v1/audit?entityId=${match!.id}`);
      expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('exchange.pair.decide');
    }, 60_000);

    it('exports the pairs as CSV and XLSX in the reader language, every formula neutralised', async () => {
      const csv = await get(
        coordinator,
        `${RUNS}/${runId}/pairs.csv?lang=hy&q=${encodeURIComponent('hovhannisyan')}`,
      );
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Կարգավիճակ');
      expect(csv.body).toContain("'=Hovhannisyan Karen");
      expect(csv.body).not.toMatch(/(^|,)=Hovhannisyan/m);
      const xlsx = await get(coordinator, `${RUNS}/${runId}/pairs.xlsx?lang=az&status=rejected`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => {
        row.eachCell((cell) => expect(cell.formula).toBeUndefined());
        rows.push((row.values as unknown[]).slice(1));
      });
      expect(rows[0][0]).toBe('Status');
      expect(rows.slice(1).map((r) => r[0])).toEqual(['Rədd edilib']);
      expect(rows[1]).toContain('Պետրոսյան Արամ');
      expect(typeof rows[1][1]).toBe('number');
      expect((await get(am, `${RUNS}/${runId}/pairs.xlsx`)).statusCode).toBe(403);
    }, 60_000);

    it("a liaison reads its own people's results and its side of the report once the run is shared, never the other side's", async () => {
      expect((await results(am)).statusCode).toBe(404);
      expect((await report(am)).statusCode).toBe(404);
      const shared = await t.app.inject({
        method: 'POST',
        url: `${RUNS}/${runId}/share`,
        headers: as(coordinator),
      });
      expect(shared.statusCode, shared.body).toBe(200);

      const own = await results(am);
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().pairs).toBeNull();
      const sides = own.json().report.sides as Side[];
      expect(sides.map((s) => s.partyId)).toEqual([am.partyId]);
      const full = ((await results()).json().report.sides as Side[]).find((s) => s.partyId === am.partyId);
      expect(sides[0]).toEqual(full);
      expect((await report(am)).json().sides).toEqual(sides);
      // Nothing of Azerbaijan's claims: neither its names nor its counts.
      expect(own.body).not.toContain('Məmmədov');
      expect(own.body).not.toContain('Мамедов');
      expect((await get(az, `${RUNS}/${runId}`)).json().counts).toBeNull();

      const pdf = await get(am, `${X}/discrepancy-report.pdf?lang=hy`);
      expect(pdf.statusCode).toBe(200);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
        mergePages: true,
      });
      expect(text).toContain('Պետրոսյան Արամ');
      expect(text).not.toContain('Məmmədov');
      const xlsx = await get(am, `${X}/discrepancy-report.xlsx?lang=ru`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.length).toBe(2);
      expect((await get(observer, `${RUNS}/${runId}/results`)).statusCode).toBe(403);
    }, 60_000);
  });
}
