import type { ComparableRecord } from '../compare/comparable-record.js';
import type { PairIndex } from './gammas.js';
import { namesVeto, vetoAdjustment } from './names-veto.js';
import { termFrequencyBits } from './term-frequencies.js';
import type { GammaTable, Model, TermFrequencies } from './types.js';

export function priorWeight(model: Model): number {
  return Math.log2(model.prior / (1 - model.prior));
}

export function probabilityOfWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** log2 Bayes factor of every level, comparison by comparison (0 for null levels). */
export function levelWeights(model: Model): Float64Array[] {
  return model.comparisons.map(
    (comparison) =>
      new Float64Array(comparison.levels.map((level) => (level.isNull ? 0 : Math.log2(level.m / level.u)))),
  );
}

/** The match weight of every pair: prior + Σ level weights (+ term-frequency adjustments). */
export function predictWeights(
  model: Model,
  table: GammaTable,
  pairs: PairIndex,
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[],
  frequencies?: TermFrequencies,
): Float64Array {
  const weights = levelWeights(model);
  const prior = priorWeight(model);
  const veto = namesVeto(model);
  const result = new Float64Array(table.count);
  const { width, gammas } = table;
  for (let p = 0; p < table.count; p++) {
    const row = p * width;
    let weight = prior;
    for (let k = 0; k < width; k++) {
      const gamma = gammas[row + k];
      weight += weights[k][gamma];
      if (frequencies) {
        const level = model.comparisons[k].levels[gamma];
        if (level.termFrequency) {
          weight += termFrequencyBits(
            model.comparisons[k].id,
            level,
            left[pairs.left[p]],
            right[pairs.right[p]],
            frequencies,
          );
        }
      }
    }
    result[p] = weight + vetoAdjustment(veto, (k) => gammas[row + k], weight);
  }
  return result;
}
