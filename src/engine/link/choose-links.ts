import type { PairIndex } from '../model/gammas.js';
import { probabilityOfWeight } from '../model/predict.js';
import { linkOneToOne } from './one-to-one.js';
import { weightOfProbability } from './options.js';

export interface LinkedPair {
  leftId: string;
  rightId: string;
  leftIndex: number;
  rightIndex: number;
  matchWeight: number;
  probability: number;
}

/**
 * The links one-to-one at or above the threshold, in decreasing weight, from scored candidates of the sides as
 * the work ran (`swapped`: the caller's right list ran first); indices and ids are the caller's again.
 */
export function chooseLinks(
  pairs: PairIndex,
  weights: Float64Array,
  firstIds: readonly string[],
  secondIds: readonly string[],
  swapped: boolean,
  threshold: number,
): LinkedPair[] {
  const kept = linkOneToOne({ ...pairs, weights }, weightOfProbability(threshold), firstIds, secondIds);
  const [leftIds, rightIds] = swapped ? [secondIds, firstIds] : [firstIds, secondIds];
  return kept.map((p): LinkedPair => {
    const a = pairs.left[p];
    const b = pairs.right[p];
    const [leftIndex, rightIndex] = swapped ? [b, a] : [a, b];
    return {
      leftId: leftIds[leftIndex],
      rightId: rightIds[rightIndex],
      leftIndex,
      rightIndex,
      matchWeight: weights[p],
      probability: probabilityOfWeight(weights[p]),
    };
  });
}
