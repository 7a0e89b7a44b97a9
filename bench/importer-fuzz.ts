// The importers fuzzed through the API at length (test/api/importer-fuzz.test.ts runs a few hundred cases in CI):
// N generated files (valid, broken, hostile) each uploaded, previewed and imported by a liaison on an app over a
// fresh database with the demo. Prints the answers by step and status, the time per case, and the hostile files'
// refusal times with the slowest /api/health answer meanwhile. Exits 1 on any 5xx or anything stored on a refusal.
// Usage: tsx bench/importer-fuzz.ts [N] [--pg] [--seed S]
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { LIST_FIELDS } from '../src/domain/exchange/list-fields.js';
import { type FuzzFile, fuzzFile } from '../src/platform/tables/testing/fuzz-files.js';
import { manyRowsWorkbook, zipBombWorkbook } from '../src/platform/tables/testing/table-files.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/store/index.js';
import { openTestStore } from '../src/store/testing/test-store.js';

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
const dialect = process.argv.includes('--pg') ? 'postgres' : 'sqlite';
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : Date.now() % 1_000_000;
const BASE = '/api/v1/exchange';

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

const store = await openTestStore(dialect);
const demo = await loadDemo(store);
const app = await buildApp({ store });
const liaison = demo.accounts.find((a) => a.role === 'liaison' && a.partyCode === 'AM');
if (!liaison) throw new Error('the demo has no liaison of AM');
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: liaison.username, password: liaison.password },
});
const session = login.cookies.find((c) => c.name === 'parley_session');
const auth = { cookie: `parley_session=${session?.value}`, 'x-csrf-token': login.json().csrfToken as string };
const count = async (table: 'exchange_upload' | 'exchange_list_version') =>
  (await store.db.selectFrom(table).select('id').execute()).length;

const statuses = new Map<string, number>();
const failures: string[] = [];
const times: number[] = [];
const note = (step: string, status: number, file: FuzzFile, body: string) => {
  statuses.set(`${step} ${status}`, (statuses.get(`${step} ${status}`) ?? 0) + 1);
  if (status >= 500)
    failures.push(`${step} ${status} on ${file.what} (${file.bytes.length} bytes): ${body.slice(0, 200)}`);
};

console.log(`importer fuzz on ${dialect}: ${runs} cases, seed ${seed}`);
const started = performance.now();
let done = 0;
for (let chunk = 0; done < runs; chunk++) {
  const size = Math.min(500, runs - done);
  const cases = fc.sample(
    fc.tuple(
      fuzzFile,
      fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      fc.constantFrom('dmy', 'mdy', 'ymd'),
    ),
    { numRuns: size, seed: seed + chunk },
  );
  for (const [file, picks, dateOrder] of cases) {
    const caseStarted = performance.now();
    const uploadsBefore = await count('exchange_upload');
    const body = multipart(file);
    const up = await app.inject({
      method: 'POST',
      url: `${BASE}/uploads`,
      payload: body.payload,
      headers: { ...auth, ...body.headers },
    });
    note('upload', up.statusCode, file, up.body);
    if (up.statusCode === 201) {
      const { uploadId, headers } = up.json() as { uploadId: string; headers: string[] };
      const fields = [...LIST_FIELDS];
      const mapping: Record<string, string> = {};
      headers.forEach((header, i) => {
        const field = fields.splice(i === 0 ? 0 : (picks[i % picks.length] ?? 0) % fields.length, 1)[0];
        if (field) mapping[field] = header;
      });
      const request = { kind: 'missing', mapping, dateOrder };
      const preview = await app.inject({
        method: 'POST',
        url: `${BASE}/uploads/${uploadId}/preview`,
        payload: request,
        headers: auth,
      });
      note('preview', preview.statusCode, file, preview.body);
      const versionsBefore = await count('exchange_list_version');
      const imported = await app.inject({
        method: 'POST',
        url: `${BASE}/uploads/${uploadId}/import`,
        payload: { ...request, mode: picks[0] !== undefined && picks[0] % 2 === 0 ? 'replace' : 'add' },
        headers: auth,
      });
      note('import', imported.statusCode, file, imported.body);
      if (imported.statusCode !== 201 && (await count('exchange_list_version')) !== versionsBefore) {
        failures.push(`import ${imported.statusCode} stored a version (${file.what})`);
      }
    } else if ((await count('exchange_upload')) !== uploadsBefore) {
      failures.push(`upload ${up.statusCode} stored an upload (${file.what})`);
    }
    times.push(performance.now() - caseStarted);
    done++;
  }
  process.stdout.write(`  ${done} cases, ${failures.length} failures\r`);
}
const seconds = (performance.now() - started) / 1000;
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
console.log(
  `\n${runs} cases in ${seconds.toFixed(1)} s (${(runs / seconds).toFixed(0)} cases/s); per case p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
);
console.log('answers by step and status:');
for (const [key, n] of [...statuses].sort()) console.log(`  ${key.padEnd(12)} ${n}`);

/** A hostile file's refusal time and the slowest /api/health answer while it was read. */
async function hostile(name: string, bytes: Buffer) {
  let finished = false;
  let slowest = 0;
  const t0 = performance.now();
  const body = multipart({ what: name, name, bytes });
  const answer = app
    .inject({
      method: 'POST',
      url: `${BASE}/uploads`,
      payload: body.payload,
      headers: { ...auth, ...body.headers },
    })
    .finally(() => {
      finished = true;
    });
  while (!finished) {
    const asked = performance.now();
    await app.inject({ method: 'GET', url: '/api/health' });
    slowest = Math.max(slowest, performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const res = await answer;
  console.log(
    `  ${name.padEnd(34)} ${String(bytes.length).padStart(8)} bytes → ${res.statusCode} in ${(performance.now() - t0).toFixed(0)} ms, slowest health ${slowest.toFixed(0)} ms`,
  );
  if (res.statusCode >= 500) failures.push(`${name}: ${res.statusCode}`);
}
console.log('hostile files:');
await hostile('zip bomb (one cell of 400 MB).xlsx', await zipBombWorkbook(400));
await hostile('a million rows without r=.xlsx', await manyRowsWorkbook(1_000_000));

await app.close();
await store.close();
if (failures.length > 0) {
  console.log(`${failures.length} failures:`);
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log('no 5xx, nothing stored on a refusal');
}
