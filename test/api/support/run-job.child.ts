// A process that runs one reconciliation job for real (the job the server runs, engine in worker threads, writes
// to the configured database) and stops at a chosen phase, so that the test can kill it there with SIGKILL.
//   env: DATABASE_URL or PARLEY_DATA_DIR, PARLEY_AUDIT_KEY, RUN_ID, ACTOR (JSON), STOP_AT, BATCH_ROWS,
//        STALE_MS and MAX_TAKEOVERS (the job's takeover of a run whose worker went silent; default the server's)
//   STOP_AT: matching | saving pairs | saving persons | counts | never
// Prints `stopped at <phase> <done>/<total>` once the phase is reached (for a saving phase: after a batch of it
// was committed), then never moves again; prints `finished` if it ran to the end.
import { runReconciliation } from '../../../src/server/exchange/reconcile-job.js';
import { openStore } from '../../../src/store/index.js';

const ENGINE_STAGES = new Set(['records', 'blocking', 'comparing', 'training', 'weighing', 'linking']);
const stopAt = process.env.STOP_AT ?? 'never';
const store = await openStore({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.PARLEY_DATA_DIR,
  auditKey: process.env.PARLEY_AUDIT_KEY,
});
const reconciliations = store.repos.reconciliations;
const setProgress = reconciliations.setProgress;
let stopped = false;
reconciliations.setProgress = async (id, token, progress) => {
  if (stopped) return new Promise<void>(() => undefined);
  await setProgress(id, token, progress);
  const phase = ENGINE_STAGES.has(progress.phase) ? 'matching' : progress.phase;
  const mid =
    phase === 'matching' || phase === 'counts' || (progress.done >= 1 && progress.done < progress.total);
  if (phase === stopAt && mid) {
    stopped = true;
    process.stdout.write(`stopped at ${phase} ${progress.done}/${progress.total}\n`);
    return new Promise<void>(() => undefined);
  }
};
await runReconciliation(
  store,
  { runId: process.env.RUN_ID ?? '', actor: JSON.parse(process.env.ACTOR ?? '{}') },
  {
    batchRows: Number(process.env.BATCH_ROWS ?? 5000),
    staleAfterMs: process.env.STALE_MS ? Number(process.env.STALE_MS) : undefined,
    maxTakeovers: process.env.MAX_TAKEOVERS ? Number(process.env.MAX_TAKEOVERS) : undefined,
  },
);
process.stdout.write('finished\n');
await store.close();
