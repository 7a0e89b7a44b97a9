import type { PairIndex } from '../model/gammas.js';
import { probabilityOfWeight } from '../model/predict.js';
import { clusterWithSupport } from './cluster.js';
import { weightOfProbability } from './options.js';

export interface ClusterAssignment {
  id: string;
  /** The id of the cluster's first record in input order. */
  clusterId: string;
}

export interface DedupeMatch {
  leftId: string;
  rightId: string;
  probability: number;
  matchWeight: number;
}

/** Clusters of one list's scored candidates (links at the threshold, see clusterWithSupport), and those links. */
export function chooseClusters(
  ids: readonly string[],
  pairs: PairIndex,
  weights: Float64Array,
  threshold: number,
): { clusters: ClusterAssignment[]; matches: DedupeMatch[] } {
  const minWeight = weightOfProbability(threshold);
  const roots = clusterWithSupport(ids.length, { ...pairs, weights }, minWeight);
  const matches: DedupeMatch[] = [];
  for (let p = 0; p < pairs.count; p++) {
    const weight = weights[p];
    if (weight < minWeight) continue;
    matches.push({
      leftId: ids[pairs.left[p]],
      rightId: ids[pairs.right[p]],
      matchWeight: weight,
      probability: probabilityOfWeight(weight),
    });
  }
  return { clusters: ids.map((id, i) => ({ id, clusterId: ids[roots[i]] })), matches };
}
