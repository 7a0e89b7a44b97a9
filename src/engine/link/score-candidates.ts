import type { ComparableRecord } from '../compare/comparable-record.js';
import type { PairIndex } from '../model/gammas.js';
import type { TrainedModel } from '../model/train-model.js';
import type { TermFrequencies } from '../model/types.js';
import type { ResolvedLinkOptions } from './options.js';
import {
  compareCandidates,
  planCandidates,
  planTermFrequencies,
  trainCandidates,
  weighCandidates,
} from './stages.js';

export interface ScoredCandidates extends TrainedModel {
  pairs: PairIndex;
  weights: Float64Array;
  termFrequencies: TermFrequencies;
}

/** Blocking, comparison, training and prediction on this thread: what link and dedupe share. `right` omitted = one list. */
export function scoreCandidates(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: ResolvedLinkOptions,
): ScoredCandidates {
  const progress = options.onProgress;
  progress?.('blocking', 0, 1);
  const plan = planCandidates(left, right, options);
  progress?.('blocking', 1, 1);
  const gammas = compareCandidates(plan, 0, plan.pairs.count, (done, total) =>
    progress?.('comparing', done, total),
  );
  progress?.('training', 0, 1);
  const trained = trainCandidates(plan, gammas, options);
  progress?.('training', 1, 1);
  const termFrequencies = planTermFrequencies(plan);
  const weights = weighCandidates(
    plan,
    trained.model,
    gammas,
    options.termFrequencyAdjustment ? termFrequencies : undefined,
  );
  return { ...trained, pairs: plan.pairs, weights, termFrequencies };
}
