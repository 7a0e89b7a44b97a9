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
 */
export function countRandomPairs(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: EstimateUOptions,
): RandomPairCounts {
  const other = right ?? left;
  const counts = comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  let tallied = 0;
  const tally = (l: ComparableRecord, r: ComparableRecord) => {
    const cheapOnly = tallied >= options.maxCostlyRandomPairs;
    for (let k = 0; k < comparisons.length; k++) {
      if (cheapOnly && comparisons[k].costly) continue;
      counts[k][gammaOf(comparisons[k], l, r)]++;
    }
    tallied++;
  };
  const allPairs = right ? left.length * other.length : (left.length * (left.length - 1)) / 2;
  if (allPairs <= options.maxRandomPairs) {
    for (let i = 0; i < left.length; i++) {
      for (let j = right ? 0 : i + 1; j < other.length; j++) tally(left[i], other[j]);
    }
  } else {
    const random = seededRandom(options.seed);
    for (let drawn = 0; drawn < options.maxRandomPairs; ) {
      const i = Math.floor(random() * left.length);
      const j = Math.floor(random() * other.length);
      if (!right && i === j) continue;
      tally(left[i], other[j]);
      drawn++;
    }
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
