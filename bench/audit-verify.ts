// How long "verify the chain" (POST /audit/verify, store audit.verifyChain) takes on a log of the demo's entries plus
// N, and the longest the event loop stood still meanwhile (a 5 ms timer's largest lateness): on this thread, and with
// each batch's seals checked in the worker thread the route uses (server/routes/audit-verify.task.ts).
// Usage: tsx bench/audit-verify.ts [N] [--sqlite | --pg]
import { auditVerifier } from '../src/server/routes/audit-verify.task.js';
import { appendAudit } from '../src/store/audit/append-audit.js';
import { loadDemo, openStore } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/testing/test-store.js';

const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50_000);
const dialects = process.argv.includes('--pg')
  ? ['postgres']
  : process.argv.includes('--sqlite')
    ? ['sqlite']
    : ['sqlite', 'postgres'];

/** Runs `work` with a 5 ms timer and returns its result and the timer's largest lateness in ms. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ result: T; stalledMs: number }> {
  let last = performance.now();
  let stalledMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stalledMs = Math.max(stalledMs, now - last - 5);
    last = now;
  }, 5);
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, 10));
  stalledMs = Math.max(stalledMs, performance.now() - last - 5);
  clearInterval(timer);
  return { result, stalledMs };
}

console.log('dialect   entries   where     verify s   longest event-loop stall ms');
for (const dialect of dialects) {
  const database = await createTestDatabase(dialect);
  const store = await openStore(database.target);
  try {
    await loadDemo(store);
    const ctx = { actor: { userId: null, username: 'bench', via: 'cli' as const } };
    for (let written = 0; written < size; written += 1_000) {
      await store.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 1_000; i++) {
          await appendAudit(trx, store.dialect, ctx, {
            action: 'bench.entry',
            entityType: 'bench',
            entityId: null,
            summary: { n: written + i },
          });
        }
      });
    }
    const verifier = auditVerifier();
    for (const where of ['thread', 'worker'] as const) {
      const started = performance.now();
      const { result: verdict, stalledMs } = await withLoopWatch(() =>
        store.repos.audit.verifyChain(where === 'worker' ? { verifyBatch: verifier.verifyBatch } : {}),
      );
      const seconds = (performance.now() - started) / 1000;
      if (!verdict.ok) throw new Error(`the chain does not verify: ${JSON.stringify(verdict)}`);
      console.log(
        `${dialect.padEnd(9)} ${String(verdict.checked).padStart(7)}   ${where.padEnd(7)} ${seconds.toFixed(2).padStart(8)}   ${stalledMs.toFixed(0).padStart(8)}`,
      );
    }
    await verifier.close();
  } finally {
    await store.close();
    await database.drop();
  }
}
