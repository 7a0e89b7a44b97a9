// The matching engine's single entry for the other layers: pure functions, no I/O.

export { type BlockingRule, DEFAULT_BLOCKING_RULES } from './block/rules.js';
export { type ComparableRecord, toComparable } from './compare/comparable-record.js';
export { defaultComparisons } from './compare/comparisons.js';
export type { PlaceEquivalences } from './compare/place-equivalences.js';
export type { Comparison, ComparisonLevel, ComparisonSettings, LevelLabel } from './compare/types.js';
export { type ClusterAssignment, type DedupeResult, dedupeRecords } from './link/dedupe-records.js';
export { type LinkedPair, type LinkResult, linkRecords } from './link/link-records.js';
export type { LinkOptions } from './link/options.js';
export { type ScoredPairs, scorePairs } from './link/score-pairs.js';

export { type EmOptions, trainEm } from './model/em.js';
export { type ExplainOptions, explainPair } from './model/explain.js';
export { seededRandom } from './model/random.js';
export {
  DEFAULT_MODEL_OPTIONS,
  DEFAULT_PAIR_PRIOR,
  type ModelOptions,
  type ProgressListener,
} from './model/settings.js';
export type {
  ComparisonParameters,
  ExplanationTerm,
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
