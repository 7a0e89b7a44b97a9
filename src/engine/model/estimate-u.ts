import type { ComparableRecord } from '../compare/comparable-record.js';
import { gammaOf } from '../compare/compare-pair.js';
import type { Comparison } from '../compare/types.js';
import { seededRandom } from './random.js';
import type { Model } from './types.js';

export interface EstimateUOptions {
  maxRandomPairs: number;
  /** Random pairs for a costly comparison (names): the first ones of the same draw. */
  maxCostlyRandomPairs: number;
  seed: number;
}

/** Below this many non-missing random comparisons, a comparison keeps its default u. */
const MIN_OBSERVATIONS = 100;
/**
 * Weight, in pseudo-observations, of the default u beside what the random pairs show: a level never seen
 * among 10,000 random pairs gets about 1/20,000 of its default share, not zero.
 */
const PRIOR_OBSERVATIONS = 1_000;
const U_FLOOR = 1e-8;

/** How often each level occurred among the random pairs, per comparison (null levels counted too). */
export interface RandomPairCounts {
  /** Per comparison, per level. */
  counts: Float64Array[];
}

/**
 * Tallies the levels of random pairs: two records drawn at random are nearly always different people,
 * so how often each level occurs among them is its u. `right` omitted means one list (dedupe): pairs of
 * distinct records.
 *
 * A costly comparison is asked about fewer pairs. With `mayAgree` it is asked about every pair that passes
 * the test and about a sample of the rest, whose counts are scaled to the pairs they stand for (a
 * stratified estimate: the same expectation, far less noise on the rare agreeing levels). Without it, it
 * is asked about `maxCostlyRandomPairs` of the pairs only.
 */
export function countRandomPairs(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: EstimateUOptions,
): RandomPairCounts {
  const other = right ?? left;
  const counts = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  const outside = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  const outsideAsked = new Float64Array(comparisons.length);
  const outsideSeen = new Float64Array(comparisons.length);
  const allPairs = right ? left.length * other.length : (left.length * (left.length - 1)) / 2;
  const exhaustive = allPairs <= options.maxRandomPairs;
  const random = seededRandom(options.seed);
  // Drawn pairs are in random order, so the first ones are a sample; all pairs in turn are not (row by
  // row), so a costly comparison outside its test is asked about an even share of them.
  const outsideShare = Math.min(1, options.maxCostlyRandomPairs / Math.max(1, allPairs));
  let tallied = 0;
  const tally = (l: ComparableRecord, r: ComparableRecord) => {
    const sampleOutside = exhaustive ? random() < outsideShare : tallied < options.maxCostlyRandomPairs;
    for (let k = 0; k < comparisons.length; k++) {
      const comparison = comparisons[k];
      if (!comparison.costly) {
        counts[k][gammaOf(comparison, l, r)]++;
        continue;
      }
      if (comparison.mayAgree?.(l, r)) {
        counts[k][gammaOf(comparison, l, r)]++;
        continue;
      }
      outsideSeen[k]++;
      if (!sampleOutside) continue;
      outside[k][gammaOf(comparison, l, r)]++;
      outsideAsked[k]++;
    }
    tallied++;
  };
  if (exhaustive) {
    for (let i = 0; i < left.length; i++) {
      for (let j = right ? 0 : i + 1; j < other.length; j++) tally(left[i], other[j]);
    }
  } else {
    for (let drawn = 0; drawn < options.maxRandomPairs; ) {
      const i = Math.floor(random() * left.length);
      const j = Math.floor(random() * other.length);
      if (!right && i === j) continue;
      tally(left[i], other[j]);
      drawn++;
    }
  }
  for (let k = 0; k < comparisons.length; k++) {
    if (!comparisons[k].costly || outsideAsked[k] === 0) continue;
    // Without mayAgree every pair is "outside": its counts stay those of the pairs it was asked about.
    const scale = comparisons[k].mayAgree ? outsideSeen[k] / outsideAsked[k] : 1;
    for (let g = 0; g < counts[k].length; g++) counts[k][g] += outside[k][g] * scale;
  }
  return { counts };
}

/** The non-missing random comparisons of comparison k. */
export function observedOf(model: Model, sample: RandomPairCounts, k: number): number {
  return model.comparisons[k].levels.reduce(
    (sum, level, g) => (level.isNull ? sum : sum + sample.counts[k][g]),
    0,
  );
}

/** u from counted random pairs, drawn toward each level's default where the counts are few. */
export function uFromCounts(model: Model, sample: RandomPairCounts): Model {
  return {
    ...model,
    comparisons: model.comparisons.map((comparison, k) => {
      const observed = observedOf(model, sample, k);
      if (observed < MIN_OBSERVATIONS) return comparison;
      return {
        ...comparison,
        levels: comparison.levels.map((level, g) =>
          level.isNull
            ? level
            : {
                ...level,
                u: Math.max(
                  U_FLOOR,
                  (sample.counts[k][g] + PRIOR_OBSERVATIONS * level.u) / (observed + PRIOR_OBSERVATIONS),
                ),
              },
        ),
      };
    }),
  };
}

/** u from random pairs (countRandomPairs, then uFromCounts). */
export function estimateU(
  model: Model,
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: EstimateUOptions,
): Model {
  return uFromCounts(model, countRandomPairs(comparisons, left, right, options));
}
