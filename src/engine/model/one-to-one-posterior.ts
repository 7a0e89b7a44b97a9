import type { LevelLabel } from '../compare/types.js';
import { VETO_WEIGHT } from './names-veto.js';
import { probabilityOfWeight } from './predict.js';
import type { PairExplanation } from './types.js';

/** Scored candidate pairs of two lists: record indices on each side and each pair's match weight. */
export interface ScoredPairIndex {
  left: Uint32Array;
  right: Uint32Array;
  count: number;
}

/** At most this share of the shorter list is taken to be on the other list (the prior stays finite). */
const MAX_MATCHED_SHARE = 0.95;
/**
 * The prior rests on the records left without a partner, |L| − M and |R| − M: counted from the pairs'
 * probabilities, a handful of them is no measure (one more or less halves or doubles ρ). Below this many on
 * either side the pairs keep their own weights.
 */
const MIN_UNMATCHED = 25;
/** Rounds of belief propagation: the messages settle within a few; damping keeps them from oscillating. */
const ROUNDS = 20;
const DAMPING = 0.5;
/**
 * A pair is not raised when one of its records has another candidate whose own evidence is this many bits
 * stronger (8 times). The posterior assumes each person once a list; a person written twice on one list
 * leaves one entry's true partner taken by the other entry, and the posterior would then raise that entry's
 * pair with a namesake as if it were its only partner.
 */
const STRONGER_PARTNER_BITS = 3;
/** Weights beyond this many bits are certain either way; capping them keeps 2^w finite. */
const MAX_BITS = 60;

export const ONE_TO_ONE_TERM = {
  comparison: 'one_to_one',
  levelId: 'onlyPartner',
  label: { key: 'engine.level.onlyPartner' } satisfies LevelLabel,
};

/**
 * How many records have a partner, from the pairs' own probabilities: a record is partnered at most once,
 * however many candidates (a person written twice on the other list) share its probability, so each
 * record's sum is capped at 1, and the side that finds fewer decides.
 */
function expectedPartners(
  pairs: ScoredPairIndex,
  weights: Float64Array,
  leftCount: number,
  rightCount: number,
): number {
  const left = new Float64Array(leftCount);
  const right = new Float64Array(rightCount);
  for (let p = 0; p < pairs.count; p++) {
    const probability = probabilityOfWeight(weights[p]);
    left[pairs.left[p]] += probability;
    right[pairs.right[p]] += probability;
  }
  let onLeft = 0;
  for (const sum of left) onLeft += Math.min(1, sum);
  let onRight = 0;
  for (const sum of right) onRight += Math.min(1, sum);
  return Math.min(onLeft, onRight);
}

/**
 * What a pair's weight becomes once each record is known to have at most one partner on the other list.
 *
 * A pair's own weight weighs it against every pair of the lists (prior λ: one pair in |L|·|R| is a match).
 * Two lists linked one-to-one say more: of M people on both lists, a record is either one of them, with
 * one partner, or on its list only. The prior odds of a link against both records having no partner is
 * then ρ = M / ((|L| − M)(|R| − M)), about |L|/(|L| − M) times λ for each side, and a record's candidates
 * compete for it: its odds are shared among them. The posterior under that model is estimated by belief
 * propagation over the candidate pairs (each record's messages: how free it is of its other candidates), M
 * from the pairs' own probabilities (see expectedPartners).
 *
 * The posterior raises a pair that is the only plausible partner of both its records (a name met once in
 * each list, with no birth date to confirm it). It never lowers a pair below its own evidence: a person
 * written twice on one list makes two candidates that compete for one partner, and which of them is linked
 * is the one-to-one choice's to make, not a reason to doubt both. Nor does it raise a pair the names veto
 * held down (names that share nothing) or any pair whose own evidence is at or below that level, nor a
 * pair one of whose records has a far stronger candidate (STRONGER_PARTNER_BITS).
 *
 * Returns the weights (log2 odds), pair by pair; `prior` is the model's λ over all pairs.
 */
export function oneToOneWeights(
  pairs: ScoredPairIndex,
  weights: Float64Array,
  leftCount: number,
  rightCount: number,
  prior: number,
): Float64Array {
  const result = Float64Array.from(weights.subarray(0, pairs.count));
  if (pairs.count === 0 || !(prior > 0 && prior < 1)) return result;
  const expected = expectedPartners(pairs, weights, leftCount, rightCount);
  const matched = Math.min(expected, MAX_MATCHED_SHARE * Math.min(leftCount, rightCount));
  if (matched < 1 || Math.min(leftCount, rightCount) - expected < MIN_UNMATCHED) return result;
  const rho = matched / ((leftCount - matched) * (rightCount - matched));
  const shift = Math.log2(rho) - Math.log2(prior / (1 - prior));

  const odds = new Float64Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) odds[p] = 2 ** Math.min(MAX_BITS, weights[p] + shift);
  // fromRight[p]: how free the right record of pair p is of its other candidates; toRight[p]: the left
  // record's message to it (its odds for this pair, shared with its other candidates).
  const fromRight = new Float64Array(pairs.count).fill(1);
  const toRight = new Float64Array(pairs.count);
  const leftSum = new Float64Array(leftCount);
  const rightSum = new Float64Array(rightCount);
  for (let round = 0; round < ROUNDS; round++) {
    leftSum.fill(0);
    for (let p = 0; p < pairs.count; p++) leftSum[pairs.left[p]] += odds[p] * fromRight[p];
    for (let p = 0; p < pairs.count; p++)
      toRight[p] = odds[p] / (1 + leftSum[pairs.left[p]] - odds[p] * fromRight[p]);
    rightSum.fill(0);
    for (let p = 0; p < pairs.count; p++) rightSum[pairs.right[p]] += toRight[p];
    for (let p = 0; p < pairs.count; p++) {
      const free = 1 / (1 + rightSum[pairs.right[p]] - toRight[p]);
      fromRight[p] = DAMPING * fromRight[p] + (1 - DAMPING) * free;
    }
  }
  leftSum.fill(0);
  for (let p = 0; p < pairs.count; p++) leftSum[pairs.left[p]] += odds[p] * fromRight[p];
  const bestLeft = new Float64Array(leftCount).fill(Number.NEGATIVE_INFINITY);
  const bestRight = new Float64Array(rightCount).fill(Number.NEGATIVE_INFINITY);
  for (let p = 0; p < pairs.count; p++) {
    bestLeft[pairs.left[p]] = Math.max(bestLeft[pairs.left[p]], weights[p]);
    bestRight[pairs.right[p]] = Math.max(bestRight[pairs.right[p]], weights[p]);
  }
  for (let p = 0; p < pairs.count; p++) {
    if (weights[p] <= VETO_WEIGHT) continue;
    // Not its record's only plausible partner: another candidate has far stronger evidence of its own.
    const best = Math.max(bestLeft[pairs.left[p]], bestRight[pairs.right[p]]);
    if (weights[p] < best - STRONGER_PARTNER_BITS) continue;
    const linked = odds[p] * fromRight[p];
    const unlinked = 1 + leftSum[pairs.left[p]] - linked;
    const posterior = Math.log2(linked / unlinked);
    if (posterior > result[p]) result[p] = posterior;
  }
  return result;
}

/**
 * A link's explanation with the one-to-one term: what being the only plausible partner added to the pair's
 * own weight (`linkWeight` is the weight the link was chosen with). Unchanged when it added nothing.
 */
export function withOneToOneTerm(explanation: PairExplanation, linkWeight: number): PairExplanation {
  const added = linkWeight - explanation.matchWeight;
  if (!(added > 1e-9)) return explanation;
  return {
    ...explanation,
    terms: [
      ...explanation.terms,
      {
        ...ONE_TO_ONE_TERM,
        valueLeft: '',
        valueRight: '',
        m: 1,
        u: 1,
        bayesFactor: 2 ** added,
        matchWeight: added,
      },
    ],
    matchWeight: linkWeight,
    matchProbability: probabilityOfWeight(linkWeight),
  };
}
