// The matching engine's single entry for the other layers: pure functions, no I/O.

export { blockingCodes, codeWidth, mergeCodes, pairsOfCodes } from './block/candidate-pairs.js';
export { type BlockingRule, DEFAULT_BLOCKING_RULES } from './block/rules.js';
export { type ComparableRecord, toComparable } from './compare/comparable-record.js';
export { defaultComparisons } from './compare/comparisons.js';
export type { PlaceEquivalences } from './compare/place-equivalences.js';
export type { RankEquivalences } from './compare/rank-equivalences.js';
export type {
  CacheStats,
  Comparison,
  ComparisonLevel,
  ComparisonSettings,
  LevelLabel,
} from './compare/types.js';
export { type ClusterAssignment, chooseClusters, type DedupeMatch } from './link/choose-clusters.js';
export { chooseLinks, type LinkedPair } from './link/choose-links.js';
export { type DedupeResult, dedupeRecords } from './link/dedupe-records.js';
export { type LinkResult, linkRecords } from './link/link-records.js';
export { type LinkOptions, type ResolvedLinkOptions, resolveLinkOptions } from './link/options.js';
export { type ScoredPairs, scorePairs } from './link/score-pairs.js';
export { shouldSwap } from './link/side-order.js';
export {
  type CandidatePlan,
  compareCandidates,
  planCandidates,
  planTermFrequencies,
  trainCandidates,
  weighCandidates,
  withCandidates,
} from './link/stages.js';

export { type EmOptions, trainEm } from './model/em.js';
export { type ExplainOptions, explainPair } from './model/explain.js';
export type { PairIndex } from './model/gammas.js';
export { ONE_TO_ONE_TERM, oneToOneWeights, withOneToOneTerm } from './model/one-to-one-posterior.js';
export { seededRandom } from './model/random.js';
export {
  DEFAULT_MODEL_OPTIONS,
  DEFAULT_PAIR_PRIOR,
  type ModelOptions,
  type ProgressListener,
} from './model/settings.js';
export type { TrainedModel } from './model/train-model.js';
export type {
  ComparisonParameters,
  ExplanationTerm,
  GammaTable,
  LevelParameters,
  Model,
  PairExplanation,
  TermFrequencies,
  TrainingNote,
} from './model/types.js';
export * from './names/index.js';
export {
  type BuiltRecord,
  type BuiltRecords,
  buildPersonRecord,
  buildPersonRecords,
} from './records/build-record.js';
export { formatPartialDate, parsePartialDate } from './records/parse-date.js';
export {
  type PartialDate,
  type PersonRecord,
  type RawRecord,
  RECOGNISED_FIELDS,
  type RecognisedField,
  type RecordWarning,
  type Sex,
} from './records/types.js';
