import { candidatePairs } from '../block/candidate-pairs.js';
import type { ComparableRecord } from '../compare/comparable-record.js';
import { computeGammas, type PairIndex } from '../model/gammas.js';
import { predictWeights } from '../model/predict.js';
import { comparisonsInUse } from '../model/settings.js';
import { countTermFrequencies } from '../model/term-frequencies.js';
import { type TrainedModel, trainModel } from '../model/train-model.js';
import type { TermFrequencies } from '../model/types.js';
import type { ResolvedLinkOptions } from './options.js';

export interface ScoredCandidates extends TrainedModel {
  pairs: PairIndex;
  weights: Float64Array;
  termFrequencies: TermFrequencies;
}

/** Blocking, comparison, training and prediction: what link and dedupe share. `right` omitted = one list. */
export function scoreCandidates(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: ResolvedLinkOptions,
): ScoredCandidates {
  const progress = options.onProgress;
  progress?.('blocking', 0, 1);
  const pairs = candidatePairs(left, right, {
    rules: options.blockingRules,
    maxPairsPerBlock: options.maxPairsPerBlock,
  });
  progress?.('blocking', 1, 1);
  const settings = { placeEquivalences: options.placeEquivalences };
  const comparisons = comparisonsInUse(left, right, settings);
  const other = right ?? left;
  const gammas = computeGammas(comparisons, left, other, pairs, (done, total) =>
    progress?.('comparing', done, total),
  );
  progress?.('training', 0, 1);
  const untagged = trainModel(comparisons, left, right, gammas, options);
  const trained = { ...untagged, model: { ...untagged.model, settings } };
  progress?.('training', 1, 1);
  const termFrequencies = countTermFrequencies(right ? [left, right] : [left]);
  const weights = predictWeights(
    trained.model,
    gammas,
    pairs,
    left,
    other,
    options.termFrequencyAdjustment ? termFrequencies : undefined,
  );
  return { ...trained, pairs, weights, termFrequencies };
}
