import { type ComparableRecord, toComparable } from '../compare/comparable-record.js';
import type { Model, TermFrequencies, TrainingNote } from '../model/types.js';
import type { PersonRecord } from '../records/types.js';
import { clusterWithSupport } from './cluster.js';
import { type LinkOptions, resolveLinkOptions, weightOfProbability } from './options.js';
import { scoreCandidates } from './score-candidates.js';

export interface ClusterAssignment {
  id: string;
  /** The id of the cluster's first record in input order. */
  clusterId: string;
}

export interface DedupeResult {
  /** One per input record, in input order. */
  clusters: ClusterAssignment[];
  /** Candidate pairs at or above the threshold, with their probabilities. */
  matches: { leftId: string; rightId: string; probability: number; matchWeight: number }[];
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
  const minWeight = weightOfProbability(resolved.threshold);
  resolved.onProgress?.('linking', 0, 1);
  const roots = clusterWithSupport(records.length, { ...scored.pairs, weights: scored.weights }, minWeight);
  const matches: DedupeResult['matches'] = [];
  for (let p = 0; p < scored.pairs.count; p++) {
    const weight = scored.weights[p];
    if (weight < minWeight) continue;
    matches.push({
      leftId: records[scored.pairs.left[p]].id,
      rightId: records[scored.pairs.right[p]].id,
      matchWeight: weight,
      probability: 1 / (1 + 2 ** -weight),
    });
  }
  resolved.onProgress?.('linking', 1, 1);
  return {
    clusters: records.map((record, i) => ({ id: record.id, clusterId: records[roots[i]].id })),
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
