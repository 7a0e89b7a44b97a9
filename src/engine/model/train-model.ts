import type { ComparableRecord } from '../compare/comparable-record.js';
import type { Comparison } from '../compare/types.js';
import { estimateU } from './estimate-u.js';
import { countPatterns } from './gammas.js';
import { defaultModel, type ModelOptions } from './settings.js';
import { trainEmInSessions } from './train-sessions.js';
import type { GammaTable, Model } from './types.js';

export interface TrainedModel {
  model: Model;
  /** The model after each EM iteration (empty when the data was too small for EM). */
  history: Model[];
  /** How m was obtained: by EM, or kept at the defaults because the data was too small or EM failed. */
  mSource: 'em' | 'defaults';
}

/** EM's answer is kept only if every level that says "same value" still counts as evidence for a match. */
function plausible(model: Model): boolean {
  if (!(model.prior > 0 && model.prior < 1)) return false;
  return model.comparisons.every((comparison) => {
    const exact = comparison.levels.find((level) => level.id === 'exact');
    return !exact || exact.m > exact.u;
  });
}

/**
 * Levels are ordered from the strongest agreement to none, so a level's Bayes factor may not exceed the
 * one before it; where sparse data says otherwise (a level almost never met among random pairs gets a
 * tiny u), its u is raised until it does not.
 */
export function monotoneBayesFactors(model: Model): Model {
  return {
    ...model,
    comparisons: model.comparisons.map((comparison) => {
      let ceiling = Number.POSITIVE_INFINITY;
      return {
        ...comparison,
        levels: comparison.levels.map((level) => {
          if (level.isNull) return level;
          const factor = level.m / level.u;
          if (factor <= ceiling) {
            ceiling = factor;
            return level;
          }
          return { ...level, u: level.m / ceiling };
        }),
      };
    }),
  };
}

/** Expected true matches among the random pairs below which u is not corrected for them. */
const MIN_MATCHES_IN_SAMPLE = 10;

/** u out of what random pairs show, λ·m + (1 − λ)·u, given m and λ. */
function withoutMatches(observed: Model, trained: Model, prior: number): Model {
  if (prior <= 0) return observed;
  return {
    ...observed,
    comparisons: observed.comparisons.map((comparison, k) => {
      const live = comparison.levels.map((level, g) =>
        level.isNull
          ? 0
          : Math.max(1e-8, (level.u - prior * trained.comparisons[k].levels[g].m) / (1 - prior)),
      );
      const sum = live.reduce((a, b) => a + b, 0);
      return {
        ...comparison,
        levels: comparison.levels.map((level, g) => (level.isNull ? level : { ...level, u: live[g] / sum })),
      };
    }),
  };
}

/**
 * u from random pairs, then m and the prior by EM over the candidate pairs' gamma patterns.
 * `right` omitted means one list (dedupe).
 */
export function trainModel(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  gammas: GammaTable,
  options: ModelOptions,
): TrainedModel {
  const allPairs = Math.max(1, right ? left.length * right.length : (left.length * (left.length - 1)) / 2);
  const candidates = Math.max(1, gammas.count);
  const expectedMatches = right ? Math.min(left.length, right.length) / 2 : left.length / 4;
  // EM sees only candidate pairs, among which matches are far commoner than among all pairs; the
  // model keeps the prior of all pairs, because u (and so every Bayes factor) is measured on random pairs.
  const candidatePrior = Math.min(0.5, Math.max(1e-6, expectedMatches / candidates));
  const overAllPairs = (model: Model): Model =>
    monotoneBayesFactors({ ...model, prior: Math.min(0.5, (model.prior * candidates) / allPairs) });
  const start = estimateU(defaultModel(comparisons, candidatePrior), comparisons, left, right, options);
  if (gammas.count < options.minPairsForEm)
    return { model: overAllPairs(start), history: [], mSource: 'defaults' };
  const patterns = countPatterns(gammas);
  const sessionOptions = {
    maxIterations: options.maxEmIterations,
    tolerance: options.emTolerance,
    minPairs: options.minPairsForEm,
  };
  const first = trainEmInSessions(start, patterns, sessionOptions);
  // Random pairs hold true matches too, a share λ of them: they show λ·m + (1 − λ)·u. In small lists
  // that overlap (a hundred people a side) that makes agreeing names look common by chance; with m and
  // λ from EM, u is taken back out of the mixture. λ here is EM's own, before the one-to-one bound.
  // Only when the random pairs hold enough true matches to matter: otherwise u's small levels are mostly
  // the smoothing toward defaults, not observations to correct.
  const candidateShare = Math.min(0.5, (first.model.prior * candidates) / allPairs);
  const sampled = Math.min(allPairs, options.maxCostlyRandomPairs);
  if (candidateShare * sampled < MIN_MATCHES_IN_SAMPLE) {
    if (!plausible(first.model))
      return { model: overAllPairs(start), history: first.history, mSource: 'defaults' };
    return { model: overAllPairs(first.model), history: first.history, mSource: 'em' };
  }
  const corrected = withoutMatches(start, first.model, candidateShare);
  const second = trainEmInSessions(corrected, patterns, sessionOptions);
  const trained = { model: second.model, history: [...first.history, ...second.history] };
  if (!plausible(trained.model)) {
    return { model: overAllPairs(start), history: trained.history, mSource: 'defaults' };
  }
  return { model: overAllPairs(trained.model), history: trained.history, mSource: 'em' };
}
