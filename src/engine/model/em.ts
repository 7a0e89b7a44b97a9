import type { GammaPatterns } from './gammas.js';
import type { Model } from './types.js';

export interface EmOptions {
  maxIterations: number;
  /** Stop when no m and not the prior moves more than this. */
  tolerance: number;
  /**
   * Comparisons left out of the likelihood and kept as they are: those that selected the pairs (Splink's
   * training session blocked on a rule), whose agreement says nothing about which of them are matches.
   */
  excluded?: ReadonlySet<number>;
}

/** Weight, in pseudo-matches, of a level's starting m beside what EM sees: keeps sparse fields sane. */
const PRIOR_MATCHES = 5;
const M_FLOOR = 1e-6;
const PRIOR_BOUNDS = [1e-9, 0.999] as const;

/** The probability that each pattern is a match under `model`. */
export function patternMatchProbabilities(
  model: Model,
  patterns: GammaPatterns,
  excluded?: ReadonlySet<number>,
): Float64Array {
  const result = new Float64Array(patterns.patterns.length);
  const priorLogOdds = Math.log(model.prior / (1 - model.prior));
  for (let p = 0; p < patterns.patterns.length; p++) {
    const gamma = patterns.patterns[p];
    let logOdds = priorLogOdds;
    for (let k = 0; k < model.comparisons.length; k++) {
      if (excluded?.has(k)) continue;
      const level = model.comparisons[k].levels[gamma[k]];
      if (!level.isNull) logOdds += Math.log(level.m / level.u);
    }
    result[p] = 1 / (1 + Math.exp(-logOdds));
  }
  return result;
}

/**
 * Expectation–maximisation of m and the prior, u held fixed (it comes from random pairs).
 * Returns a new model and the model after every iteration.
 */
export function trainEm(
  model: Model,
  patterns: GammaPatterns,
  options: EmOptions,
): { model: Model; history: Model[] } {
  const history: Model[] = [];
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  let current = model;
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const probabilities = patternMatchProbabilities(current, patterns, options.excluded);
    const sums = current.comparisons.map((comparison) => new Float64Array(comparison.levels.length));
    let expectedMatches = 0;
    for (let p = 0; p < patterns.patterns.length; p++) {
      const weight = probabilities[p] * patterns.counts[p];
      expectedMatches += weight;
      const gamma = patterns.patterns[p];
      for (let k = 0; k < sums.length; k++) sums[k][gamma[k]] += weight;
    }
    let largestMove = 0;
    const next: Model = {
      prior: Math.min(PRIOR_BOUNDS[1], Math.max(PRIOR_BOUNDS[0], expectedMatches / total)),
      comparisons: current.comparisons.map((comparison, k) => {
        if (options.excluded?.has(k)) return comparison;
        let observed = 0;
        comparison.levels.forEach((level, g) => {
          if (!level.isNull) observed += sums[k][g];
        });
        return {
          ...comparison,
          levels: comparison.levels.map((level, g) => {
            if (level.isNull) return level;
            const start = model.comparisons[k].levels[g].m;
            const m = Math.max(M_FLOOR, (sums[k][g] + PRIOR_MATCHES * start) / (observed + PRIOR_MATCHES));
            largestMove = Math.max(largestMove, Math.abs(m - level.m));
            return { ...level, m };
          }),
        };
      }),
    };
    largestMove = Math.max(largestMove, Math.abs(next.prior - current.prior));
    history.push(next);
    current = next;
    if (largestMove < options.tolerance) break;
  }
  return { model: current, history };
}
