import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_FIELDS } from '../../src/domain/exchange/list-fields.js';
import { type FuzzFile, fuzzFile } from '../../src/platform/tables/testing/fuzz-files.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// Issue 8, "Must show": the importers fuzzed through the API. Whatever the file (valid, broken, hostile), the upload,
// its preview and its import answer a 2xx or a 4xx problem, never a 5xx; a refused upload stores no upload and a
// refused import no version. The table reader alone takes 2,000 more cases (src/platform/tables/read-fuzz.test.ts);
// bench/importer-fuzz.ts runs as many as asked.

const BASE = '/api/v1/exchange';
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 400);

function multipart(file: FuzzFile): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----parley${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Picks a mapping of the file's headers to list fields (a name field first, when it maps any). */
function mappingOf(headers: string[], picks: number[]): Record<string, string> {
  const fields = [...LIST_FIELDS];
  const mapping: Record<string, string> = {};
  headers.forEach((header, i) => {
    const pick = picks[i % picks.length] ?? 0;
    if (pick % 4 === 3) return; // left unmapped: an extra
    const field = fields.splice(i === 0 ? 0 : pick % fields.length, 1)[0];
    if (field) mapping[field] = header;
  });
  return mapping;
}

const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
};

for (const dialect of testDialects()) {
  describe(`the importers fuzzed through the API on ${dialect}`, () => {
    let t: TestApp;
    let am: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      am = await signIn(t.app, account(t, 'liaison', 'AM'));
    });
    afterAll(async () => t?.close());

    const uploadsStored = async () =>
      (await t.store.db.selectFrom('exchange_upload').select('id').execute()).length;
    const versionsStored = async () =>
      (await t.store.db.selectFrom('exchange_list_version').select('id').execute()).length;

    it(`answers ${RUNS} generated files with a 2xx or a 4xx problem, storing nothing it refuses`, async () => {
      const statuses = new Map<string, number>();
      const count = (step: string, status: number) =>
        statuses.set(`${step} ${status}`, (statuses.get(`${step} ${status}`) ?? 0) + 1);
      await fc.assert(
        fc.asyncProperty(
          fuzzFile,
          fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
          fc.constantFrom('dmy', 'mdy', 'ymd'),
          fc.constantFrom('replace', 'add', undefined),
          async (file, picks, dateOrder, mode) => {
            const uploadsBefore = await uploadsStored();
            const body = multipart(file);
            const uploaded = await t.app.inject({
              method: 'POST',
              url: `${BASE}/uploads`,
              payload: body.payload,
              headers: { ...as(am), ...body.headers },
            });
            count('upload', uploaded.statusCode);
            if (uploaded.statusCode !== 201) {
              expectProblem(uploaded);
              expect(await uploadsStored()).toBe(uploadsBefore);
              return;
            }
            const { uploadId, headers } = uploaded.json() as { uploadId: string; headers: string[] };
            const request = { kind: 'missing', mapping: mappingOf(headers, picks), dateOrder };
            const preview = await t.app.inject({
              method: 'POST',
              url: `${BASE}/uploads/${uploadId}/preview`,
              payload: request,
              headers: as(am),
            });
            count('preview', preview.statusCode);
            if (preview.statusCode !== 200) expectProblem(preview);

            const versionsBefore = await versionsStored();
            const imported = await t.app.inject({
              method: 'POST',
              url: `${BASE}/uploads/${uploadId}/import`,
              payload: { ...request, ...(mode ? { mode } : {}) },
              headers: as(am),
            });
            count('import', imported.statusCode);
            if (imported.statusCode === 201) {
              expect(await versionsStored()).toBe(versionsBefore + 1);
            } else {
              expectProblem(imported);
              expect(await versionsStored()).toBe(versionsBefore);
            }
          },
        ),
        { numRuns: RUNS },
      );
      // The generated files reach every step: uploads refused and taken, imports refused and stored.
      console.log(`${dialect}: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
      expect(statuses.get('upload 201')).toBeGreaterThan(RUNS / 10);
      expect(statuses.get('upload 400')).toBeGreaterThan(RUNS / 10);
      expect(statuses.get('import 201')).toBeGreaterThan(0);
      expect(statuses.get('import 422')).toBeGreaterThan(0);
    }, 300_000);
  });
}
