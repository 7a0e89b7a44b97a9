import type { PairExplanation, RawRecord } from '../../engine/index.js';

/** What a worker thread is asked to do: link two lists of raw records one-to-one. */
export interface LinkTask {
  left: RawRecord[];
  right: RawRecord[];
  /** Pairs at or above this probability come back (the review threshold). */
  threshold: number;
  /** Only pairs below this probability (those a person will review) carry the engine's explanation. */
  explainBelow: number;
}

export interface LinkedEntryPair {
  leftId: string;
  rightId: string;
  probability: number;
  explanation: PairExplanation | null;
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'result'; pairs: LinkedEntryPair[]; candidatePairs: number };
