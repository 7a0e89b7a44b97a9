import type { PairDecision, Thresholds } from '../../domain/exchange/reconciliation.js';
import type { RawRecord } from '../../engine/index.js';
import type { SharedRows } from '../../platform/parallel-engine/index.js';

/**
 * What a worker thread is asked to do: link a missing list against a held list one-to-one and sort the pairs
 * with the domain's `reconcile` (earlier decisions applied), all off the server's event loop.
 */
export interface LinkTask {
  /** The lists' rows, best already in shared memory (`shareRowsInTurns`): then nothing is copied to the worker. */
  left: RawRecord[] | SharedRows;
  right: RawRecord[] | SharedRows;
  /** Each record's key across list versions, by index (several records may share one). */
  leftKeys: string[];
  rightKeys: string[];
  decisions: PairDecision[];
  thresholds: Thresholds;
}

/**
 * The result as it crosses to the main thread: typed columns (transferred) and strings. Copying a hundred thousand
 * small objects, or sorting them there, would hold up the server's event loop for seconds.
 */
export interface LinkResultMessage {
  /** Per pair, matched first then to review, best first: the first record of each key, by index. */
  leftIndexes: Int32Array;
  rightIndexes: Int32Array;
  probabilities: Float64Array;
  /** 1: to review, 0: matched. */
  review: Uint8Array;
  /** The engine's PairExplanation as JSON text for pairs to review (null for matched ones). */
  explanations: (string | null)[];
  unmatchedLeft: number;
  unmatchedRight: number;
  candidatePairs: number;
}

/** How far the engine has got, as the worker reports it. */
export interface EngineProgress {
  stage: string;
  done: number;
  total: number;
}
