import type {
  CacheStats,
  LinkOptions,
  Model,
  PairExplanation,
  RecordWarning,
  TermFrequencies,
  TrainedModel,
} from '../../engine/index.js';
import type { SharedRows } from './shared-rows.js';

/** Link options that can cross to a worker thread (no functions: the default blocking rules are used). */
export type PortableLinkOptions = Omit<LinkOptions, 'onProgress' | 'blockingRules'>;

/** What each engine worker starts with: both lists in shared memory, and the options. */
export interface EngineWorkerData {
  left: SharedRows;
  /** Omitted for one list (dedupe). */
  right?: SharedRows;
  options: PortableLinkOptions;
}

/** A record's warning, with the list (0 left, 1 right) and the index it came from. */
export interface WarningAt extends RecordWarning {
  side: 0 | 1;
  index: number;
}

export type EngineRequest =
  | { kind: 'records'; warnings: boolean }
  /** Finds the candidates of the blocking rules at these indices, as pair codes in shared memory. */
  | { kind: 'block'; rules: number[] }
  /** Takes the candidates of every rule, as the workers found them together. */
  | { kind: 'adopt'; pairs: SharedPairs }
  /** Fills rows `from`..`to` of the shared gamma table. */
  | { kind: 'compare'; gammas: Uint8Array; from: number; to: number }
  | { kind: 'train'; gammas: Uint8Array }
  /** Fills `from`..`to` of the shared weights. */
  | { kind: 'weigh'; model: Model; gammas: Uint8Array; weights: Float64Array; from: number; to: number }
  /** Pairs by index as the work ran (first side, second side). */
  | { kind: 'explain'; model: Model; pairs: [number, number][] };

export interface RecordsReply {
  warnings: WarningAt[];
}

export interface BlockReply {
  /** The right list ran first. */
  swapped: boolean;
  /** Sorted, distinct pair codes (first * width + second) as the work ran, in shared memory. */
  codes: Float64Array;
  width: number;
}

export interface AdoptReply {
  /** Comparisons in use: the width of a gamma row. */
  width: number;
}

export interface SharedPairs {
  left: Uint32Array;
  right: Uint32Array;
}

export interface CompareReply {
  cache: Record<string, CacheStats>;
}

export interface TrainReply extends TrainedModel {
  termFrequencies: TermFrequencies;
}

export type ExplainReply = PairExplanation[];

export interface CompareProgress {
  done: number;
  total: number;
}
