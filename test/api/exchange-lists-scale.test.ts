import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoLists } from '../../src/domain/demo/synthetic-lists/index.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// A large list end to end, with timings; slow, so only when asked: PARLEY_SCALE_ROWS=20000 npx vitest run <this file>
const ROWS = Number(process.env.PARLEY_SCALE_ROWS ?? 0);

function largeCsv(rows: number): { csv: string; mapping: Record<string, string> } {
  const values: string[][] = [];
  let header: string[] = [];
  let mapping: Record<string, string> = {};
  for (let seed = 1; values.length < rows; seed++) {
    const file = generateDemoLists(seed)[0];
    if (!file) break;
    header = file.headers;
    mapping = file.mapping as Record<string, string>;
    values.push(...file.rows.map((r) => r.values));
  }
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const csv = [header, ...values.slice(0, rows)].map((r) => r.map(quote).join(',')).join('\n');
  return { csv, mapping };
}

for (const dialect of testDialects()) {
  describe.skipIf(ROWS === 0)(`a list of ${ROWS} rows on ${dialect}`, () => {
    let t: TestApp;
    let am: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
    }, 120_000);
    afterAll(async () => t?.close());

    it('uploads, previews and imports while the server keeps answering', async () => {
      const { csv, mapping } = largeCsv(ROWS);
      const boundary = `scale${randomBytes(6).toString('hex')}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="large.csv"\r\n\r\n`,
        ),
        Buffer.from(csv),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
        const started = performance.now();
        const result = await work();
        console.log(
          `${dialect} ${ROWS} rows (${(payload.length / 1e6).toFixed(1)} MB): ${label} ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        return result;
      };
      const up = await timed('upload', () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/exchange/uploads',
          payload,
          headers: { ...as(am), 'content-type': `multipart/form-data; boundary=${boundary}` },
        }),
      );
      expect(up.statusCode, up.body).toBe(201);
      const uploadId = up.json().uploadId;
      const preview = await timed('preview', () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/exchange/uploads/${uploadId}/preview`,
          payload: { kind: 'missing', mapping },
          headers: as(am),
        }),
      );
      expect(preview.json().accepted).toBe(ROWS);

      let slowestHealth = 0;
      let importDone = false;
      const probe = (async () => {
        while (!importDone) {
          const started = performance.now();
          await t.app.inject({ method: 'GET', url: '/api/health' });
          slowestHealth = Math.max(slowestHealth, performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const imported = await timed('import', () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/exchange/uploads/${uploadId}/import`,
          payload: { kind: 'missing', mapping, mode: 'replace' },
          headers: as(am),
        }),
      );
      importDone = true;
      await probe;
      console.log(`${dialect}: slowest health answer during the import ${Math.round(slowestHealth)} ms`);
      expect(imported.statusCode, imported.body).toBe(201);
      expect(slowestHealth).toBeLessThan(2000);
      expect(imported.json().version.entryCount).toBe(ROWS);

      const listId = imported.json().list.id;
      const page = await timed('last page of entries', () =>
        t.app.inject({
          method: 'GET',
          url: `/api/v1/exchange/lists/${listId}/versions/2/entries?offset=${ROWS - 100}&limit=100`,
          headers: as(am),
        }),
      );
      expect(page.json().items).toHaveLength(100);
    }, 900_000);
  });
}
