import type { PairIndex } from '../model/gammas.js';
import { oneToOneWeights } from '../model/one-to-one-posterior.js';
import { probabilityOfWeight } from '../model/predict.js';
import { linkOneToOne } from './one-to-one.js';
import { weightOfProbability } from './options.js';

export interface LinkedPair {
  leftId: string;
  rightId: string;
  leftIndex: number;
  rightIndex: number;
  /** The weight the link was chosen with: its own evidence, raised when it is its records' only plausible partner. */
  matchWeight: number;
  probability: number;
  /** The pair's own evidence (what `explainPair` adds up), before the one-to-one posterior. */
  pairWeight: number;
}

/**
 * The links one-to-one at or above the threshold, in decreasing weight, from scored candidates of the sides as
 * the work ran (`swapped`: the caller's right list ran first); indices and ids are the caller's again. Pairs
 * are weighed with the one-to-one posterior (`oneToOneWeights`; `prior` is the model's share of matches).
 */
export function chooseLinks(
  pairs: PairIndex,
  pairWeights: Float64Array,
  firstIds: readonly string[],
  secondIds: readonly string[],
  swapped: boolean,
  threshold: number,
  prior: number,
): LinkedPair[] {
  const weights = oneToOneWeights(pairs, pairWeights, firstIds.length, secondIds.length, prior);
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
      pairWeight: pairWeights[p],
    };
  });
}
