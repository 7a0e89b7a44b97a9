import { toComparable } from '../compare/comparable-record.js';
import { gammaOf } from '../compare/compare-pair.js';
import type { ComparisonSettings } from '../compare/types.js';
import { namesVeto, vetoAdjustment } from '../model/names-veto.js';
import { levelWeights, priorWeight, probabilityOfWeight } from '../model/predict.js';
import { comparisonsInUse, DEFAULT_PAIR_PRIOR, defaultModel } from '../model/settings.js';
import type { Model } from '../model/types.js';
import type { PersonRecord } from '../records/types.js';

export interface ScoredPairs {
  probabilities: number[];
  /** The default-parameter model the pairs were judged with (for explanations). */
  model: Model;
}

/** Judges each pair on its own with the engine's default parameters (no training, no term frequencies). */
export function scorePairs(
  pairs: readonly (readonly [PersonRecord, PersonRecord])[],
  settings: ComparisonSettings = {},
): ScoredPairs {
  const left = pairs.map(([a]) => toComparable(a));
  const right = pairs.map(([, b]) => toComparable(b));
  const comparisons = comparisonsInUse(left, right, settings);
  const model = { ...defaultModel(comparisons, DEFAULT_PAIR_PRIOR), settings };
  const weights = levelWeights(model);
  const prior = priorWeight(model);
  const veto = namesVeto(model);
  const probabilities = left.map((l, p) => {
    const gammas = comparisons.map((comparison) => gammaOf(comparison, l, right[p]));
    let weight = prior;
    for (let k = 0; k < comparisons.length; k++) weight += weights[k][gammas[k]];
    return probabilityOfWeight(weight + vetoAdjustment(veto, (k) => gammas[k], weight));
  });
  return { probabilities, model };
}
