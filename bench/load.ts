// Load on the main read routes of a server holding about 100,000 persons: `parley serve` runs in a child process
// (its own event loop and connection pool, as deployed) and autocannon drives each route in turn from this one.
// Prints requests/s, p50/p99/max latency, the server's CPU time and the machine's load average per route.
//
// Usage: tsx bench/load.ts [--pg] [--size N] [--duration S] [--connections C] [--keep] [--reuse TARGET]
//   --size N        entries a side of the two lists reconciled to make the persons (default 77,000: about
//                   100,000 persons, since about 70 % of them are on both lists and become one person)
//   --keep          keep the seeded database and print how to reuse it
//   --reuse TARGET  a database seeded and kept earlier (SQLite folder or postgres:// URL): no seeding
//   --only TEXT     only the routes whose name contains TEXT (e.g. --only report)
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadDemo, openStore } from '../src/store/index.js';
import { createTestDatabase, TEST_AUDIT_KEY, type TestDatabase } from '../src/store/testing/test-store.js';
import { importDetaineeLists } from './import-detainee-lists.js';

const BENCH_PASSWORD = 'bench-load-password';
const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dialect =
  process.argv.includes('--pg') || argument('--reuse')?.startsWith('postgres') ? 'postgres' : 'sqlite';
const size = Number(argument('--size') ?? 77_000);
const duration = Number(argument('--duration') ?? 10);
const connections = Number(argument('--connections') ?? 50);
const reuse = argument('--reuse');
const keep = process.argv.includes('--keep');
const only = argument('--only');

type Target = TestDatabase['target'];

/** Demo parties and accounts (one fixed password) and the two generated lists, written through the store. */
async function seedLists(target: Target): Promise<void> {
  const store = await openStore({ ...target, migrate: true });
  try {
    await loadDemo(store, { passwordFor: () => BENCH_PASSWORD });
    await importDetaineeLists(store, size, 2021);
  } finally {
    await store.close();
  }
}

interface Server {
  child: ChildProcess;
  url: string;
}

/** `parley serve` on a free port against the target; resolves once it prints where it listens. */
function startServer(target: Target): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  if (target.dataDir) env.PARLEY_DATA_DIR = target.dataDir;
  if (target.auditKey) env.PARLEY_AUDIT_KEY = target.auditKey;
  const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));
  const child = spawn(process.execPath, [bin, 'serve', '--no-demo', '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        output = '';
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited with ${code}`)));
  });
}

/** User plus system CPU seconds of a process so far (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function signIn(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('parley_session=')) ?? '').split(
    ';',
  )[0];
  return { cookie, 'x-csrf-token': csrfToken };
}

async function getJson<T>(url: string, headers: Record<string, string>): Promise<T> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The reconciliation that makes the persons, started over HTTP as the coordinator would, run to its end. */
async function reconcile(url: string, headers: Record<string, string>): Promise<string> {
  const runs = await getJson<{ items: { id: string; status: string }[] }>(
    `${url}/api/v1/exchange/reconciliations`,
    headers,
  );
  const done = runs.items.find((r) => r.status === 'done');
  if (done) return done.id;
  const started = Date.now();
  const res = await fetch(`${url}/api/v1/exchange/reconciliations`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: '{}',
  });
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const run = await getJson<{ status: string; error: string | null }>(
      `${url}/api/v1/exchange/reconciliations/${id}`,
      headers,
    );
    if (run.status === 'failed') throw new Error(`reconciliation failed: ${run.error}`);
    if (run.status === 'done') break;
  }
  console.log(
    `  reconciliation of ${size} vs ${size} done in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return id;
}

interface Route {
  name: string;
  path: string;
  /** Fewer connections for routes whose answer is megabytes. */
  connections?: number;
}

const database: TestDatabase | undefined = reuse ? undefined : await createTestDatabase(dialect);
const target: Target = database?.target ?? {
  ...(reuse?.startsWith('postgres') ? { databaseUrl: reuse } : { dataDir: reuse }),
  auditKey: TEST_AUDIT_KEY,
};
let server: Server | undefined;
try {
  console.log(`load: ${dialect}, ${reuse ? `reusing ${reuse}` : `seeding ${size} entries a side`}`);
  const seedStart = Date.now();
  if (!reuse) await seedLists(target);
  server = await startServer(target);
  const { url } = server;
  const coordinator = await signIn(url, 'coordinator');
  const runId = await reconcile(url, coordinator);
  if (!reuse)
    console.log(`  seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s (not counted below)`);

  // The persons, a page of 1,000 at a time (keyset): how many, and a page in the middle (its cursor, its first person).
  let personCount = 0;
  const pages: { cursor: string; firstId: string }[] = [];
  for (let after: string | null = null; pages.length === 0 || after; ) {
    const page: { items: { id: string }[]; next: string | null } = await getJson(
      `${url}/api/v1/exchange/persons?limit=1000${after ? `&after=${after}` : ''}`,
      coordinator,
    );
    personCount += page.items.length;
    pages.push({ cursor: after ?? '', firstId: page.items[0]?.id ?? '' });
    after = page.next;
  }
  const middlePage = pages[Math.floor(pages.length / 2)];
  const middle = { id: middlePage.firstId, cursor: middlePage.cursor };
  const lists = await getJson<{
    items: { id: string; kind: string; latestVersion: { number: number; entryCount: number } | null }[];
  }>(`${url}/api/v1/exchange/lists`, coordinator);
  // The seeded list: the missing list with the most entries (the demo's own have a few hundred rows; the order of
  // the lists differs between the dialects).
  const missingList = lists.items
    .filter((l) => l.kind === 'missing' && l.latestVersion)
    .sort((a, b) => (b.latestVersion?.entryCount ?? 0) - (a.latestVersion?.entryCount ?? 0))[0]!;
  const { number: version, entryCount } = missingList.latestVersion!;
  const entries = `/api/v1/exchange/lists/${missingList.id}/versions/${version}/entries`;
  // The cursors of deep pages, as a reader who paged there would hold them.
  const deepEntries = await getJson<{ next: string }>(
    `${url}${entries}?limit=50&offset=${entryCount - 150}`,
    coordinator,
  );
  const review = `/api/v1/exchange/reconciliations/${runId}/review`;
  const firstReview = await getJson<{ total: number }>(`${url}${review}?limit=1`, coordinator);
  const deepReview = await getJson<{ next: string | null }>(
    `${url}${review}?limit=50&offset=${Math.max(0, firstReview.total - 150)}`,
    coordinator,
  );
  console.log(`  ${personCount} persons, ${size} entries a list, ${firstReview.total} pairs to review`);
  // A page deep in the report's largest section, as a reader paging through it asks for it.
  const reportView = await getJson<{ sides: { partyId: string; claimedMissing: { count: number } }[] }>(
    `${url}/api/v1/exchange/discrepancy-report?limit=1`,
    coordinator,
  );
  const reportSide = reportView.sides[0];
  const reportSection = `/api/v1/exchange/discrepancy-report/sections/${reportSide.partyId}/claimedMissing`;
  const reportOffset = Math.floor(reportSide.claimedMissing.count / 2);

  const routes: Route[] = [
    { name: 'health', path: '/api/health' },
    { name: 'auth/me', path: '/api/v1/auth/me' },
    { name: 'lists', path: '/api/v1/exchange/lists' },
    { name: 'entries page 1 (50)', path: `${entries}?limit=50` },
    { name: 'entries deep, offset (50)', path: `${entries}?limit=50&offset=${entryCount - 100}` },
    { name: 'entries deep, after (50)', path: `${entries}?limit=50&after=${deepEntries.next}` },
    { name: 'review page 1 (50)', path: `${review}?limit=50` },
    { name: 'review deep, after (50)', path: `${review}?limit=50&after=${deepReview.next ?? ''}` },
    { name: 'reconciliation', path: `/api/v1/exchange/reconciliations/${runId}` },
    { name: 'person', path: `/api/v1/exchange/persons/${middle.id}` },
    { name: 'audit page (50)', path: '/api/v1/audit?limit=50' },
    { name: 'persons page 1 (50)', path: '/api/v1/exchange/persons?limit=50' },
    { name: 'persons deep, after (50)', path: `/api/v1/exchange/persons?limit=50&after=${middle.cursor}` },
    { name: 'plan', path: '/api/v1/exchange/plan', connections: 4 },
    { name: 'discrepancy report', path: '/api/v1/exchange/discrepancy-report', connections: 4 },
    {
      name: 'report section (200)',
      path: `${reportSection}?offset=${reportOffset}&limit=200`,
      connections: 4,
    },
  ];

  console.log(
    `  ${duration} s a route, ${connections} connections unless shown; 2 shared cores, other work on the machine`,
  );
  console.log(
    `  ${'route'.padEnd(24)} ${'conn'.padStart(4)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'non-2xx'.padStart(7)} ${'server CPU s'.padStart(12)}  load average`,
  );
  for (const route of routes.filter((r) => !only || r.name.includes(only))) {
    // A short unmeasured run first: warm caches and the JIT for this route.
    await autocannon({
      url: `${url}${route.path}`,
      connections: 2,
      duration: 2,
      headers: coordinator,
      timeout: 30,
    });
    const cpuBefore = cpuSeconds(server.child.pid!);
    const result = await autocannon({
      url: `${url}${route.path}`,
      connections: route.connections ?? connections,
      duration,
      headers: coordinator,
      timeout: 30,
    });
    const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
    const failures = result.non2xx + result.errors + result.timeouts;
    console.log(
      `  ${route.name.padEnd(24)} ${String(route.connections ?? connections).padStart(4)} ${result.requests.average.toFixed(0).padStart(8)} ${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)} ${String(result.latency.max).padStart(7)} ${String(failures).padStart(7)} ${cpu.toFixed(1).padStart(12)}  ${load()}`,
    );
  }
} finally {
  if (server) {
    const exited = new Promise((resolve) => server!.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  if (database && keep) {
    console.log(`  kept: tsx bench/load.ts --reuse ${target.databaseUrl ?? target.dataDir}`);
  } else await database?.drop();
}
