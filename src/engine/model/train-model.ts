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
  const trained = trainEmInSessions(start, countPatterns(gammas), {
    maxIterations: options.maxEmIterations,
    tolerance: options.emTolerance,
    minPairs: options.minPairsForEm,
  });
  if (!plausible(trained.model)) {
    return { model: overAllPairs(start), history: trained.history, mSource: 'defaults' };
  }
  return { model: overAllPairs(trained.model), history: trained.history, mSource: 'em' };
}
