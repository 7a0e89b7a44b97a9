import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 8 point 2: exports are written off the main thread within a time and memory budget; /api/health answers
// while one is written, and an export over its budget is stopped with a problem, not a frozen server.

const BASE = '/api/v1/exchange';
// Reading the report's rows stays on the main thread; grouping them into persons and sections, and writing the files
// (seconds for the PDF), is what the workers take; on the main thread health would wait those seconds.
const HEALTH_PAUSE_MS = 1000;

/** Starts a reconciliation over the demo's lists and waits until it is done; answers its id. */
async function runToEnd(app: TestApp['app'], who: SignedIn): Promise<string> {
  const started = await app.inject({
    method: 'POST',
    url: `${BASE}/reconciliations`,
    headers: as(who),
    payload: {},
  });
  expect(started.statusCode, started.body).toBe(202);
  for (let i = 0; i < 900; i++) {
    const run = (
      await app.inject({
        method: 'GET',
        url: `${BASE}/reconciliations/${started.json().id}`,
        headers: as(who),
      })
    ).json();
    if (run.status === 'done') return run.id as string;
    if (run.status === 'failed') throw new Error(run.error);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the reconciliation did not finish');
}

for (const dialect of testDialects()) {
  describe(`exports in worker threads on ${dialect}`, () => {
    let t: TestApp;
    let coordinator: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      coordinator = await signIn(t.app, account(t, 'coordinator'));
    });
    afterAll(async () => t?.close());

    /** The answer to `url`, and the slowest answer of /api/health asked every 20 ms while it was written. */
    async function whileHealthIsAsked(app: TestApp['app'], who: SignedIn, url: string) {
      let done = false;
      let slowest = 0;
      let answers = 0;
      const answer = app.inject({ method: 'GET', url, headers: as(who) }).finally(() => {
        done = true;
      });
      while (!done) {
        const asked = performance.now();
        const health = await app.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(200);
        slowest = Math.max(slowest, performance.now() - asked);
        answers++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { res: await answer, slowest, answers };
    }

    it('writes the report PDF and XLSX and the manifest while /api/health keeps answering', async () => {
      const pdf = await whileHealthIsAsked(t.app, coordinator, `${BASE}/discrepancy-report.pdf?lang=hy`);
      expect(pdf.res.statusCode, pdf.res.body).toBe(200);
      expect(pdf.res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.answers).toBeGreaterThan(1);
      expect(pdf.slowest).toBeLessThan(HEALTH_PAUSE_MS);

      const xlsx = await whileHealthIsAsked(t.app, coordinator, `${BASE}/discrepancy-report.xlsx?lang=az`);
      expect(xlsx.res.statusCode, xlsx.res.body).toBe(200);
      expect(xlsx.res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      expect(xlsx.slowest).toBeLessThan(HEALTH_PAUSE_MS);

      const events = await t.app.inject({ method: 'GET', url: `${BASE}/events`, headers: as(coordinator) });
      const event = events.json().items[0] as { id: string };
      expect(event).toBeDefined();
      const manifest = await whileHealthIsAsked(
        t.app,
        coordinator,
        `${BASE}/events/${event.id}/manifest.pdf`,
      );
      expect(manifest.res.statusCode, manifest.res.body).toBe(200);
      expect(manifest.res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(manifest.slowest).toBeLessThan(HEALTH_PAUSE_MS);
    }, 60_000);

    it('stops an export over its time budget with a 503 problem, and the server goes on answering', async () => {
      const tight = await startTestApp(dialect, { exportBudget: { timeMs: 30, memoryMb: 512 } });
      try {
        const who = await signIn(tight.app, account(tight, 'coordinator'));
        for (const format of ['pdf', 'xlsx']) {
          const started = performance.now();
          const res = await tight.app.inject({
            method: 'GET',
            url: `${BASE}/discrepancy-report.${format}`,
            headers: as(who),
          });
          expect(res.statusCode, res.body).toBe(503);
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(res.json()).toMatchObject({ type: 'urn:parley:problem:export-over-budget' });
          expect(res.json().detail).toContain('longer than');
          expect(performance.now() - started).toBeLessThan(5000);
        }
        expect((await tight.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      } finally {
        await tight.close();
      }
    }, 60_000);

    it('computes the report JSON (and the run page) in a worker: health answers meanwhile; over its budget, a 503 problem', async () => {
      const json = await whileHealthIsAsked(t.app, coordinator, `${BASE}/discrepancy-report`);
      expect(json.res.statusCode, json.res.body).toBe(200);
      expect(json.res.json().sides).toHaveLength(2);
      expect(json.slowest).toBeLessThan(HEALTH_PAUSE_MS);

      // Over the report's budget (1 ms): stopped in its thread, never computed on the event loop.
      const tight = await startTestApp(dialect, { reportBudget: { timeMs: 1, memoryMb: 512 } });
      try {
        const who = await signIn(tight.app, account(tight, 'coordinator'));
        const res = await tight.app.inject({
          method: 'GET',
          url: `${BASE}/discrepancy-report`,
          headers: as(who),
        });
        expect(res.statusCode, res.body).toBe(503);
        expect(res.json()).toMatchObject({ type: 'urn:parley:problem:report-over-budget' });
        const runId = await runToEnd(tight.app, who);
        const results = await tight.app.inject({
          method: 'GET',
          url: `${BASE}/reconciliations/${runId}/results`,
          headers: as(who),
        });
        expect(results.statusCode, results.body).toBe(503);
        expect((await tight.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      } finally {
        await tight.close();
      }
    }, 120_000);

    it('stops an export over its memory budget with a 503 problem', async () => {
      const small = await startTestApp(dialect, { exportBudget: { timeMs: 60_000, memoryMb: 4 } });
      try {
        const who = await signIn(small.app, account(small, 'coordinator'));
        const res = await small.app.inject({
          method: 'GET',
          url: `${BASE}/discrepancy-report.pdf`,
          headers: as(who),
        });
        expect(res.statusCode, res.body).toBe(503);
        expect(res.json()).toMatchObject({ type: 'urn:parley:problem:export-over-budget' });
        expect(res.json().detail).toContain('memory');
      } finally {
        await small.close();
      }
    }, 60_000);

    it("writes a run's pairs (CSV, XLSX) in the export workers too: within the budget, or a 503 problem", async () => {
      const small = await startTestApp(dialect, { exportBudget: { timeMs: 60_000, memoryMb: 4 } });
      try {
        const who = await signIn(small.app, account(small, 'coordinator'));
        const runId = await runToEnd(small.app, who);
        for (const format of ['csv', 'xlsx']) {
          const url = `${BASE}/reconciliations/${runId}/pairs.${format}`;
          const over = await small.app.inject({ method: 'GET', url, headers: as(who) });
          expect(over.statusCode, over.body).toBe(503);
          expect(over.json()).toMatchObject({ type: 'urn:parley:problem:export-over-budget' });
          expect(over.json().detail).toContain('memory');
        }
        // Within the default budget (the shared app): written, with /api/health answering meanwhile.
        const runOnT = await runToEnd(t.app, coordinator);
        const csv = await whileHealthIsAsked(
          t.app,
          coordinator,
          `${BASE}/reconciliations/${runOnT}/pairs.csv?lang=ru`,
        );
        expect(csv.res.statusCode, csv.res.body).toBe(200);
        expect(csv.res.headers['content-type']).toContain('text/csv');
        expect(csv.res.body.startsWith('\uFEFFСтатус')).toBe(true);
        expect(csv.res.body.split('\n').length).toBeGreaterThan(10);
        expect(csv.slowest).toBeLessThan(HEALTH_PAUSE_MS);
        const xlsx = await whileHealthIsAsked(
          t.app,
          coordinator,
          `${BASE}/reconciliations/${runOnT}/pairs.xlsx`,
        );
        expect(xlsx.res.statusCode, xlsx.res.body).toBe(200);
        expect(xlsx.res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      } finally {
        await small.close();
      }
    }, 120_000);
  });
}
