import type { WriteContext } from '../../domain/access/types.js';
import { entryRawRecord } from '../../domain/exchange/list-rows.js';
import type { RawRecord } from '../../engine/index.js';
import { shareRowsInTurns } from '../../platform/parallel-engine/index.js';
import type {
  NewReconciliationPair,
  ReconciliationCounts,
  ReconciliationInputEntry,
  ReconciliationInputList,
  Store,
} from '../../store/index.js';
import type { LinkResultMessage } from '../jobs/engine-task.js';
import { runLinkInWorker } from '../jobs/run-link-in-worker.js';
import { completeRun } from './complete-run.service.js';

export const RECONCILE_JOB = 'exchange-reconcile';

export interface ReconcileJobPayload {
  runId: string;
  actor: WriteContext['actor'];
}

// The engine's stages, in order, for one progress figure over the whole run.
const STAGES = ['records', 'blocking', 'comparing', 'training', 'weighing', 'linking'];
const STEPS_PER_DIRECTION = 1_000;
const PROGRESS_EVERY_MS = 500;
const YIELD_EVERY = 5_000;

// Between heavy synchronous steps, a turn for the server's other requests.
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** An input entry as the engine reads it (the domain's column mapping). */
export const toRawRecord = (entry: ReconciliationInputEntry): RawRecord =>
  entryRawRecord(entry.id, entry.fields);

type Link = (
  task: Parameters<typeof runLinkInWorker>[0],
  onProgress: (stage: string, done: number, total: number) => void,
) => Promise<LinkResultMessage>;

/** How long a running run's worker may stay silent before another takes the run over (heartbeats come oftener). */
export const RUN_STALE_AFTER_MS = 30_000;

/** How many times a run whose worker went silent is taken over before it is failed instead (its worker keeps dying). */
export const RUN_MAX_TAKEOVERS = 2;

export interface RunJobOptions {
  /** The engine (default: the parallel engine in worker threads). */
  link?: Link;
  /** A running run whose worker has been silent this long is taken over (default 30 s); heartbeats every sixth. */
  staleAfterMs?: number;
  /** A run taken over this many times whose worker goes silent again is failed, not taken over (default 2). */
  maxTakeovers?: number;
  /** Rows per write transaction while saving (default 5,000). */
  batchRows?: number;
}

/** The worker's heartbeat on the run's row while it holds the run; stops when the run ends or is taken over. */
function keepAlive(store: Store, runId: string, token: string, everyMs: number): { stop(): void } {
  const timer = setInterval(() => {
    void store.repos.reconciliations.heartbeat(runId, token).then(
      (held) => {
        if (!held) clearInterval(timer);
      },
      () => undefined,
    );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * One reconciliation: for each party, its missing list against the other party's held list, linked by the
 * engine and sorted by the domain's `reconcile` (every earlier decision applied) in a worker thread, then stored
 * with the persons brought in step. The worker claims the run and keeps a heartbeat on it; a run already held by
 * a live worker is left alone, one whose worker went silent is taken over and started over (up to `maxTakeovers`
 * times, then failed with why). Its results are
 * switched on together when it is done (completeRun).
 */
export async function runReconciliation(
  store: Store,
  payload: ReconcileJobPayload,
  opts: RunJobOptions = {},
): Promise<void> {
  const { reconciliations, pairDecisions } = store.repos;
  const link = opts.link ?? runLinkInWorker;
  const staleAfterMs = opts.staleAfterMs ?? RUN_STALE_AFTER_MS;
  const claim = await reconciliations.markRunning(payload.runId, {
    staleAfterMs,
    maxTakeovers: opts.maxTakeovers ?? RUN_MAX_TAKEOVERS,
  });
  if (!claim) return;
  const { token } = claim;
  const alive = keepAlive(store, payload.runId, token, Math.max(100, Math.floor(staleAfterMs / 6)));
  try {
    const inputs = await reconciliations.inputs(payload.runId);
    const decisions = await pairDecisions.all();
    const [a, b] = inputs.partyIds;
    const listOf = (partyId: string, kind: 'missing' | 'held') =>
      inputs.lists.find((l) => l.partyId === partyId && l.kind === kind) as ReconciliationInputList;
    const directions = [
      [listOf(a, 'missing'), listOf(b, 'held')],
      [listOf(b, 'missing'), listOf(a, 'held')],
    ] as const;
    const total = directions.length * STEPS_PER_DIRECTION;
    let lastWrite = 0;

    const pairs: NewReconciliationPair[] = [];
    const counts: ReconciliationCounts = { matched: 0, review: 0, unmatched: [] };
    for (const [index, [missing, held]] of directions.entries()) {
      const onProgress = (stage: string, done: number, stageTotal: number) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now;
        const stageIndex = Math.max(0, STAGES.indexOf(stage));
        const within = stageTotal > 0 ? Math.min(1, done / stageTotal) : 0;
        const step = Math.floor(((stageIndex + within) / STAGES.length) * STEPS_PER_DIRECTION);
        void reconciliations
          .setProgress(payload.runId, token, {
            done: index * STEPS_PER_DIRECTION + step,
            total,
            phase: stage,
          })
          .catch(() => undefined);
      };
      const sorted =
        missing.entries.length === 0 || held.entries.length === 0
          ? null
          : await link(
              {
                left: await shareRowsInTurns(missing.entries, toRawRecord),
                right: await shareRowsInTurns(held.entries, toRawRecord),
                leftKeys: missing.entries.map((e) => e.key),
                rightKeys: held.entries.map((e) => e.key),
                decisions,
                thresholds: inputs.thresholds,
              },
              onProgress,
            );
      let matched = 0;
      for (let i = 0; sorted && i < sorted.leftIndexes.length; i++) {
        if (i % YIELD_EVERY === 0) await nextTurn();
        const m = missing.entries[sorted.leftIndexes[i]];
        const h = held.entries[sorted.rightIndexes[i]];
        if (!m || !h) continue;
        const review = sorted.review[i] === 1;
        if (!review) matched++;
        pairs.push({
          missingEntryId: m.id,
          heldEntryId: h.id,
          missingPartyId: missing.partyId,
          heldPartyId: held.partyId,
          missingKey: m.key,
          heldKey: h.key,
          probability: sorted.probabilities[i],
          class: review ? 'review' : 'matched',
          explanationJson: sorted.explanations[i],
        });
      }
      counts.matched += matched;
      counts.review += (sorted?.leftIndexes.length ?? 0) - matched;
      counts.unmatched.push(
        {
          partyId: missing.partyId,
          kind: 'missing',
          count: sorted ? sorted.unmatchedLeft : new Set(missing.entries.map((e) => e.key)).size,
        },
        {
          partyId: held.partyId,
          kind: 'held',
          count: sorted ? sorted.unmatchedRight : new Set(held.entries.map((e) => e.key)).size,
        },
      );
    }
    await completeRun(
      store,
      { actor: payload.actor },
      { runId: payload.runId, token },
      { pairs, counts, inputs },
      { batchRows: opts.batchRows },
    );
  } catch (error) {
    await reconciliations.fail(payload.runId, error instanceof Error ? error.message : String(error), token);
    throw error;
  } finally {
    alive.stop();
  }
}
