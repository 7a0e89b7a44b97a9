import { type ComparableRecord, toComparable } from '../compare/comparable-record.js';
import type { Model, TermFrequencies, TrainingNote } from '../model/types.js';
import type { PersonRecord } from '../records/types.js';
import { type ClusterAssignment, chooseClusters, type DedupeMatch } from './choose-clusters.js';
import { type LinkOptions, resolveLinkOptions } from './options.js';
import { scoreCandidates } from './score-candidates.js';

export type { ClusterAssignment } from './choose-clusters.js';

export interface DedupeResult {
  /** One per input record, in input order. */
  clusters: ClusterAssignment[];
  /** Candidate pairs at or above the threshold, with their probabilities. */
  matches: DedupeMatch[];
  model: Model;
  history: Model[];
  mSource: 'em' | 'defaults';
  /** What training set aside and why (for the caller to log). */
  trainingNotes: TrainingNote[];
  candidatePairs: number;
  termFrequencies: TermFrequencies;
  records: ComparableRecord[];
}

/** Clusters the records of one list that are the same person (links at the threshold, see clusterWithSupport). */
export function dedupeRecords(records: readonly PersonRecord[], options: LinkOptions = {}): DedupeResult {
  const resolved = resolveLinkOptions(options);
  const comparable = records.map(toComparable);
  const scored = scoreCandidates(comparable, undefined, resolved);
  resolved.onProgress?.('linking', 0, 1);
  const { clusters, matches } = chooseClusters(
    records.map((record) => record.id),
    scored.pairs,
    scored.weights,
    resolved.threshold,
  );
  resolved.onProgress?.('linking', 1, 1);
  return {
    clusters,
    matches,
    model: scored.model,
    history: scored.history,
    mSource: scored.mSource,
    trainingNotes: scored.notes,
    candidatePairs: scored.pairs.count,
    termFrequencies: scored.termFrequencies,
    records: comparable,
  };
}
