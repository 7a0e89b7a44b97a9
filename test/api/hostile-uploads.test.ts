import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  manyRowsWorkbook,
  workbookOf,
  zipBombWorkbook,
} from '../../src/platform/tables/testing/table-files.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 8 point 3: a hostile or broken file is refused with a problem naming what is wrong, never a 500, nothing
// stored, quickly, and the server answers other requests meanwhile.

const BASE = '/api/v1/exchange';

function multipart(fileName: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----parley${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let bomb: Buffer;
let millionRows: Buffer;
beforeAll(async () => {
  bomb = await zipBombWorkbook(400);
  millionRows = await manyRowsWorkbook(1_000_000);
}, 60_000);

for (const dialect of testDialects()) {
  describe(`hostile uploads on ${dialect}`, () => {
    let t: TestApp;
    let az: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      az = await signIn(t.app, account(t, 'liaison', 'AZ'));
    });
    afterAll(async () => t?.close());

    const uploadsStored = async () =>
      (await t.store.db.selectFrom('exchange_upload').select('id').execute()).length;
    const upload = (fileName: string, content: Buffer) => {
      const body = multipart(fileName, content);
      return t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: body.payload,
        headers: { ...as(az), ...body.headers },
      });
    };

    /** The upload's answer, and the slowest answer of /api/health asked every 25 ms while it ran. */
    async function uploadWhileHealthIsAsked(fileName: string, content: Buffer) {
      let slowestHealth = 0;
      let healthAnswers = 0;
      let done = false;
      const started = performance.now();
      const answer = upload(fileName, content).finally(() => {
        done = true;
      });
      const asking = (async () => {
        while (!done) {
          const asked = performance.now();
          const health = await t.app.inject({ method: 'GET', url: '/api/health' });
          expect(health.statusCode).toBe(200);
          slowestHealth = Math.max(slowestHealth, performance.now() - asked);
          healthAnswers++;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();
      const res = await answer;
      await asking;
      return { res, ms: performance.now() - started, slowestHealth, healthAnswers };
    }

    it('refuses a 400 KB workbook whose one cell inflates to 400 MB, quickly, health answering meanwhile', async () => {
      expect(bomb.length).toBeLessThan(600_000);
      const before = await uploadsStored();
      // A warm reader thread: the figure measured is the refusal, not the thread's start.
      await upload('warm.xlsx', workbookOf([['full_name'], ['Aram Petrosyan']]));
      const { res, ms, slowestHealth } = await uploadWhileHealthIsAsked('bomb.xlsx', bomb);
      expect(res.statusCode, res.body).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ type: 'urn:parley:problem:too-large', row: 2, cell: 'A2' });
      expect(ms).toBeLessThan(5000);
      expect(slowestHealth).toBeLessThan(500);
      expect(await uploadsStored()).toBe(before + 1); // the warm-up only
    }, 60_000);

    it('refuses a million rows without r= attributes at the row past the limit, health answering meanwhile', async () => {
      const before = await uploadsStored();
      const { res, ms, slowestHealth, healthAnswers } = await uploadWhileHealthIsAsked(
        'rows.xlsx',
        millionRows,
      );
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json()).toMatchObject({ type: 'urn:parley:problem:too-large', row: 100_002 });
      expect(res.json().detail).toContain('more than 100,000 rows');
      // About a second on an idle machine; the bound leaves room for a loaded one (2 cores shared by a team).
      expect(ms).toBeLessThan(20_000);
      expect(healthAnswers).toBeGreaterThan(0);
      expect(slowestHealth).toBeLessThan(500);
      expect(await uploadsStored()).toBe(before);
    }, 60_000);

    it.each([
      [
        'an archive cut short',
        'cut.xlsx',
        () => workbookOf([['full_name'], ['Aram']]).subarray(0, 200),
        400,
        'file-type',
      ],
      ['binary garbage named .csv', 'g.csv', () => randomBytes(5000), 400, 'file-type'],
      ['a byte order mark alone', 'bom.csv', () => Buffer.from([0xef, 0xbb, 0xbf]), 400, 'empty-file'],
      ['a UTF-16 byte order mark alone', 'bom16.csv', () => Buffer.from([0xff, 0xfe]), 400, 'empty-file'],
      // Found by the fuzz test: PostgreSQL stores no NUL, and an import of it answered 500.
      [
        'a UTF-16 CSV holding a NUL',
        'nul16.csv',
        () => Buffer.from([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0, 0]),
        400,
        'file-type',
      ],
      ['a first line of 10 MB', 'line.csv', () => Buffer.alloc(10 * 1024 * 1024, 'x'), 413, 'too-large'],
      [
        'a field of 1 MB',
        'name.csv',
        () => Buffer.from(`full_name\n${'Ա'.repeat(1024 * 1024)}\n`),
        413,
        'too-large',
      ],
      [
        '201 columns',
        'wide.csv',
        () => Buffer.from(`${Array.from({ length: 201 }, (_, i) => `c${i}`).join(',')}\n`),
        413,
        'too-large',
      ],
    ])(
      'refuses %s with a problem, storing nothing',
      async (_what, fileName, content, status, kind) => {
        const before = await uploadsStored();
        const res = await upload(fileName, content());
        expect(res.statusCode, res.body).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().type).toBe(`urn:parley:problem:${kind}`);
        expect(await uploadsStored()).toBe(before);
      },
      30_000,
    );

    it('refuses a body that is not multipart, or multipart without its end, with a 4xx problem', async () => {
      const before = await uploadsStored();
      const json = await t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: { file: 'full_name\nAram\n' },
        headers: as(az),
      });
      expect(json.statusCode, json.body).toBe(400);
      const text = await t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: 'full_name\nAram\n',
        headers: { ...as(az), 'content-type': 'text/csv' },
      });
      expect(text.statusCode).toBeGreaterThanOrEqual(400);
      expect(text.statusCode).toBeLessThan(500);
      const body = multipart('cut.csv', Buffer.from('full_name\nAram\n'));
      const cut = await t.app.inject({
        method: 'POST',
        url: `${BASE}/uploads`,
        payload: body.payload.subarray(0, body.payload.length - 20),
        headers: { ...as(az), ...body.headers },
      });
      expect(cut.statusCode, cut.body).toBeGreaterThanOrEqual(400);
      expect(cut.statusCode).toBeLessThan(500);
      expect(await uploadsStored()).toBe(before);
    });
  });
}
