// Reconciliation at scale through the job path: N missing entries of one party against N held entries of the
// other (default 100,000 a side), started over HTTP, run as a background job with the engine in a worker thread.
// Prints the wall time of the run, peak memory (RSS high-water of the process, worker included) and how fast
// GET /api/health answers while the run goes. Usage: tsx bench/reconcile-100k.ts [N] [--pg]
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../src/server/app.js';
import { loadDemo, openStore } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/testing/test-store.js';
import { importDetaineeLists } from './import-detainee-lists.js';

const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const dialect = process.argv.includes('--pg') ? 'postgres' : 'sqlite';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const database = await createTestDatabase(dialect);
const store = await openStore(database.target);
try {
  const demo = await loadDemo(store);
  const importStart = performance.now();
  await importDetaineeLists(store, size, 2021);
  const importSeconds = (performance.now() - importStart) / 1000;

  const app = await buildApp({ store });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const coordinator = demo.accounts.find((a) => a.role === 'coordinator')!;
  const login = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: coordinator.username, password: coordinator.password }),
  });
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('parley_session=')) ?? '').split(
    ';',
  )[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };

  const healthMs: number[] = [];
  let resets = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const start = performance.now();
  const started = await fetch(`${address}/api/v1/exchange/reconciliations`, {
    method: 'POST',
    headers,
    body: '{}',
  });
  const { id } = (await started.json()) as { id: string };
  let run: { status: string; counts: unknown; error: string | null; progress: { phase: string } } = {
    status: 'queued',
    counts: null,
    error: null,
    progress: { phase: 'queued' },
  };
  let lastPoll = 0;
  const phases: string[] = [];
  while (run.status !== 'done' && run.status !== 'failed') {
    const t0 = performance.now();
    // A reset connection (the server closed an idle keep-alive socket) is retried; its time counts.
    for (let attempt = 0; ; attempt++) {
      try {
        const health = await fetch(`${address}/api/health`);
        await health.arrayBuffer();
        break;
      } catch (error) {
        resets++;
        if (attempt >= 5) throw error;
      }
    }
    healthMs.push(performance.now() - t0);
    if (performance.now() - lastPoll > 1000) {
      lastPoll = performance.now();
      const polled = await fetch(`${address}/api/v1/exchange/reconciliations/${id}`, { headers });
      if (!polled.ok) throw new Error(`GET the run: ${polled.status} ${await polled.text()}`);
      run = (await polled.json()) as typeof run;
      if (phases.at(-1) !== run.progress.phase) phases.push(run.progress.phase);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const wall = (performance.now() - start) / 1000;
  loopDelay.disable();
  const peakRss = process.resourceUsage().maxRSS / 1024 / 1024;

  const reviewStart = performance.now();
  const review = await fetch(`${address}/api/v1/exchange/reconciliations/${id}/review?limit=50`, { headers });
  await review.arrayBuffer();
  const reviewMs = performance.now() - reviewStart;

  console.log(
    `reconcile-100k: ${size} vs ${size} on ${dialect}, through POST /reconciliations and the job queue`,
  );
  console.log(`  lists imported in ${importSeconds.toFixed(1)} s (not counted below)`);
  console.log(`  run ${run.status} in ${wall.toFixed(1)} s wall; phases ${phases.join(' → ')}`);
  if (run.error) console.log(`  error: ${run.error}`);
  console.log(`  counts ${JSON.stringify(run.counts)}`);
  console.log(`  peak RSS ${peakRss.toFixed(2)} GiB (process and engine worker)`);
  console.log(
    `  GET /api/health during the run: ${healthMs.length} calls, p50 ${percentile(healthMs, 50).toFixed(1)} ms, p95 ${percentile(healthMs, 95).toFixed(1)} ms, max ${Math.max(...healthMs).toFixed(1)} ms, ${resets} reset connections retried`,
  );
  console.log(
    `  server event loop delay during the run: p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms`,
  );
  console.log(`  first page of the review queue (50 pairs): ${reviewMs.toFixed(0)} ms`);
  await app.close();
} finally {
  await store.close();
  await database.drop();
}
