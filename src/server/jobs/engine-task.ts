import type { RawRecord } from '../../engine/index.js';

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
  /** The engine's PairExplanation as JSON text, as it is stored (null above `explainBelow`). */
  explanationJson: string | null;
}

/**
 * The result as it crosses to the main thread: columns of strings and a transferred Float64Array. Copying a
 * hundred thousand small objects (and their explanations) would hold up the server's event loop for seconds.
 */
export interface LinkResultMessage {
  type: 'result';
  leftIds: string[];
  rightIds: string[];
  probabilities: Float64Array;
  explanations: (string | null)[];
  candidatePairs: number;
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | LinkResultMessage;
