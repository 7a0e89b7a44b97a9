import { availableParallelism } from 'node:os';
import {
  type CacheStats,
  mergeCodes,
  type PairExplanation,
  type PairIndex,
  type ProgressListener,
  pairsOfCodes,
  type RawRecord,
  resolveLinkOptions,
  type TrainedModel,
} from '../../engine/index.js';
import { openWorker, type WorkerClient, workerModule } from '../workers/index.js';
import type {
  AdoptReply,
  BlockReply,
  CompareProgress,
  CompareReply,
  EngineRequest,
  EngineWorkerData,
  PortableLinkOptions,
  RecordsReply,
  TrainReply,
  WarningAt,
} from './messages.js';
import { isSharedRows, type SharedRows, shareRows } from './shared-rows.js';

const ENGINE_WORKER = workerModule(import.meta.url, './engine.worker');

export interface WorkersOptions extends PortableLinkOptions {
  /** Worker threads to share the work (default: one per core, at most 8). */
  workers?: number;
  onProgress?: ProgressListener;
}

/** Candidate pairs scored in worker threads, as the work ran (`swapped`: the right list ran first). */
export interface ScoredInWorkers extends Omit<TrainReply, keyof TrainedModel>, TrainedModel {
  swapped: boolean;
  pairs: PairIndex;
  weights: Float64Array;
  warnings: WarningAt[];
  /** Each comparison cache's lookups and computations, summed over the workers. */
  compareCache: Record<string, CacheStats>;
  /** Explains pairs given by index as the work ran (first side, second side). */
  explain(pairs: [number, number][]): Promise<PairExplanation[]>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Contiguous shards of `count` pairs, one per worker. */
function shards(count: number, workers: number): [number, number][] {
  return Array.from({ length: workers }, (_, w) => [
    Math.floor((w * count) / workers),
    Math.floor(((w + 1) * count) / workers),
  ]);
}

/**
 * Blocking, comparison, training and weighing of candidate pairs across worker threads: every worker builds the
 * records from the rows in shared memory and plans the same candidates; each compares and weighs its shard of
 * pairs straight into shared tables; the first one trains the model on the whole gamma table. The answer is the
 * same whatever the number of workers. `use` runs while the workers are up (for explanations); they end after it.
 */
export async function scoreInWorkers<T>(
  left: readonly RawRecord[] | SharedRows,
  right: readonly RawRecord[] | SharedRows | undefined,
  options: WorkersOptions,
  use: (scored: ScoredInWorkers) => T | Promise<T>,
): Promise<T> {
  const { workers: wanted, onProgress, ...portable } = options;
  const count = Math.max(1, Math.floor(wanted ?? defaultWorkerCount()));
  const workerData: EngineWorkerData = {
    left: isSharedRows(left) ? left : shareRows(left),
    right: right === undefined || isSharedRows(right) ? right : shareRows(right),
    options: portable,
  };
  const workers: WorkerClient[] = Array.from({ length: count }, () =>
    openWorker(ENGINE_WORKER, { workerData }),
  );
  const [lead] = workers;
  const all = <R>(request: (worker: WorkerClient, index: number) => Promise<R>) =>
    Promise.all(workers.map(request));
  try {
    onProgress?.('records', 0, 1);
    const [records] = await all((worker, w) =>
      worker.request<RecordsReply>({ kind: 'records', warnings: w === 0 } satisfies EngineRequest),
    );
    onProgress?.('records', 1, 1);

    onProgress?.('blocking', 0, 1);
    // The blocking rules shared out among the workers (each finds the candidates of its rules); their union, the
    // same whatever the number of workers, goes back to every one of them in shared memory.
    const ruleCount = resolveLinkOptions(portable).blockingRules.length;
    const blocked = await all((worker, w) =>
      worker.request<BlockReply>({
        kind: 'block',
        rules: Array.from({ length: ruleCount }, (_, r) => r).filter((r) => r % count === w),
      } satisfies EngineRequest),
    );
    const codes = mergeCodes(blocked.map((reply) => reply.codes));
    const sharedPairs = {
      left: new Uint32Array(new SharedArrayBuffer(Math.max(4, codes.length * 4)), 0, codes.length),
      right: new Uint32Array(new SharedArrayBuffer(Math.max(4, codes.length * 4)), 0, codes.length),
    };
    const pairs: PairIndex = pairsOfCodes(codes, blocked[0].width, sharedPairs);
    const [adopted] = await all((worker) =>
      worker.request<AdoptReply>({ kind: 'adopt', pairs: sharedPairs } satisfies EngineRequest),
    );
    onProgress?.('blocking', 1, 1);
    const pairCount = pairs.count;

    const ranges = shards(pairCount, count);
    const gammas = new Uint8Array(new SharedArrayBuffer(Math.max(1, pairCount * adopted.width)));
    const done = new Array<number>(count).fill(0);
    onProgress?.('comparing', 0, pairCount);
    const compared = await all((worker, w) =>
      worker.request<CompareReply>(
        { kind: 'compare', gammas, from: ranges[w][0], to: ranges[w][1] } satisfies EngineRequest,
        {
          onProgress: (progress) => {
            done[w] = (progress as CompareProgress).done;
            onProgress?.(
              'comparing',
              done.reduce((a, b) => a + b, 0),
              pairCount,
            );
          },
        },
      ),
    );
    onProgress?.('comparing', pairCount, pairCount);
    const compareCache: Record<string, CacheStats> = {};
    for (const reply of compared) {
      for (const [name, stats] of Object.entries(reply.cache)) {
        const sum = compareCache[name] ?? { lookups: 0, computed: 0 };
        compareCache[name] = {
          lookups: sum.lookups + stats.lookups,
          computed: sum.computed + stats.computed,
        };
      }
    }

    onProgress?.('training', 0, 1);
    const trained = await lead.request<TrainReply>({ kind: 'train', gammas } satisfies EngineRequest);
    onProgress?.('training', 1, 1);

    onProgress?.('weighing', 0, 1);
    const weights = new Float64Array(new SharedArrayBuffer(Math.max(8, pairCount * 8)), 0, pairCount);
    await all((worker, w) =>
      worker.request<null>({
        kind: 'weigh',
        model: trained.model,
        gammas,
        weights,
        from: ranges[w][0],
        to: ranges[w][1],
      } satisfies EngineRequest),
    );
    onProgress?.('weighing', 1, 1);

    return await use({
      ...trained,
      swapped: blocked[0].swapped,
      pairs,
      weights,
      warnings: records.warnings,
      compareCache,
      explain: (wantedPairs) =>
        lead.request<PairExplanation[]>({
          kind: 'explain',
          model: trained.model,
          pairs: wantedPairs,
        } satisfies EngineRequest),
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
