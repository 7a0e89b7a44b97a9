import { candidatePairs } from '../block/candidate-pairs.js';
import type { ComparableRecord } from '../compare/comparable-record.js';
import type { Comparison, ComparisonSettings } from '../compare/types.js';
import { computeGammas, type PairIndex } from '../model/gammas.js';
import { predictWeights } from '../model/predict.js';
import { comparisonsInUse } from '../model/settings.js';
import { countTermFrequencies } from '../model/term-frequencies.js';
import { type TrainedModel, trainModel } from '../model/train-model.js';
import type { GammaTable, Model, TermFrequencies } from '../model/types.js';
import type { ResolvedLinkOptions } from './options.js';

// The stages of scoring candidate pairs, each a pure function, so that the comparing and the weighing can be
// split into shards of pairs (one per worker thread) and give the same numbers, whatever the number of shards.

/** What every stage works on: the records (the first side as the work runs), their candidates, comparisons. */
export interface CandidatePlan {
  left: readonly ComparableRecord[];
  /** Omitted for one list (dedupe). */
  right: readonly ComparableRecord[] | undefined;
  pairs: PairIndex;
  comparisons: Comparison<ComparableRecord>[];
}

/** What the caller told the comparisons (a gazetteer's place equivalences, a table of ranks). */
function settingsOf(options: ResolvedLinkOptions): ComparisonSettings {
  return { placeEquivalences: options.placeEquivalences, rankEquivalences: options.rankEquivalences };
}

/** Blocking: the candidate pairs, and the comparisons for which both sides have values. */
export function planCandidates(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: ResolvedLinkOptions,
): CandidatePlan {
  const pairs = candidatePairs(left, right, {
    rules: options.blockingRules,
    maxPairsPerBlock: options.maxPairsPerBlock,
  });
  return withCandidates(left, right, pairs, options);
}

/** The plan for candidates found elsewhere (by another worker's `planCandidates` on the same records). */
export function withCandidates(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  pairs: PairIndex,
  options: ResolvedLinkOptions,
): CandidatePlan {
  return { left, right, pairs, comparisons: comparisonsInUse(left, right, settingsOf(options)) };
}

/** Pairs `from` (inclusive) to `to` (exclusive) of a plan: views, not copies. */
export function pairShard(pairs: PairIndex, from: number, to: number): PairIndex {
  return { left: pairs.left.subarray(from, to), right: pairs.right.subarray(from, to), count: to - from };
}

/** The gamma of every comparison for the pairs `from`..`to` of the plan (all of them by default). */
export function compareCandidates(
  plan: CandidatePlan,
  from = 0,
  to = plan.pairs.count,
  onProgress?: (done: number, total: number) => void,
): GammaTable {
  return computeGammas(
    plan.comparisons,
    plan.left,
    plan.right ?? plan.left,
    pairShard(plan.pairs, from, to),
    onProgress,
  );
}

/** How often each name part and birth day occurs in the lists, for the term-frequency adjustment. */
export function planTermFrequencies(plan: CandidatePlan): TermFrequencies {
  return countTermFrequencies(plan.right ? [plan.left, plan.right] : [plan.left]);
}

/** u from random pairs, m and the prior by EM over the gammas of every candidate pair. */
export function trainCandidates(
  plan: CandidatePlan,
  gammas: GammaTable,
  options: ResolvedLinkOptions,
): TrainedModel {
  const trained = trainModel(plan.comparisons, plan.left, plan.right, gammas, options);
  // The model carries the settings its comparisons were built with, so that explanations rebuild the same ones.
  return { ...trained, model: { ...trained.model, settings: settingsOf(options) } };
}

/** The match weight of the pairs `from`..`to`, whose gammas are `gammas`. */
export function weighCandidates(
  plan: CandidatePlan,
  model: Model,
  gammas: GammaTable,
  termFrequencies: TermFrequencies | undefined,
  from = 0,
  to = plan.pairs.count,
): Float64Array {
  return predictWeights(
    model,
    gammas,
    pairShard(plan.pairs, from, to),
    plan.left,
    plan.right ?? plan.left,
    termFrequencies,
  );
}
