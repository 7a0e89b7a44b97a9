import type { ComparisonSettings, LevelLabel } from '../compare/types.js';

export interface LevelParameters {
  id: string;
  label: LevelLabel;
  isNull: boolean;
  /** P(this level | the two records are the same person). */
  m: number;
  /** P(this level | they are not). */
  u: number;
  termFrequency: boolean;
}

export interface ComparisonParameters {
  id: string;
  levels: LevelParameters[];
}

/** A Fellegi–Sunter model: plain data, never mutated (training returns a new one). */
export interface Model {
  /**
   * λ: the share of record pairs that are matches: of all pairs of the lists in a trained model (EM's
   * history holds its share among candidate pairs), of the pairs judged for `scorePairs`.
   */
  prior: number;
  comparisons: ComparisonParameters[];
  /** The caller's settings the comparisons were built with (place equivalences), for explanations. */
  settings?: ComparisonSettings;
}

/** One gamma (level index) per comparison per pair, row after row. */
export interface GammaTable {
  width: number;
  count: number;
  gammas: Uint8Array;
}

/** How often each value occurs in the records being linked, per comparison, for term-frequency adjustment. */
export interface TermFrequencies {
  /** Records counted. */
  total: number;
  /** Table (a comparison id, or a name role such as full_name.family) → its values' counts. */
  byComparison: Map<string, ValueCounts>;
}

export interface ValueCounts {
  /** Value key → records holding it. */
  counts: Map<string, number>;
  /** Values counted (a record may hold several, or none). */
  values: number;
  /** The chance that two values drawn at random agree (Σf² when no value has two readings). */
  chance: number;
}

export interface ExplanationTerm {
  comparison: string;
  levelId: string;
  label: LevelLabel;
  valueLeft: string;
  valueRight: string;
  m: number;
  /** u after term-frequency adjustment when that applies. */
  u: number;
  bayesFactor: number;
  matchWeight: number;
  /** Present when frequent or rare values changed u: the weight the adjustment added. */
  termFrequencyWeight?: number;
}

/** Why a pair scored what it did, field by field (Splink's waterfall). */
export interface PairExplanation {
  leftId: string;
  rightId: string;
  terms: ExplanationTerm[];
  priorWeight: number;
  /** priorWeight + Σ terms' matchWeight. */
  matchWeight: number;
  matchProbability: number;
}

/**
 * Why training set aside part of EM's answer (the engine does no I/O: the caller logs these). `reason` is a
 * stable id; `detail` says it in English for logs and the command line.
 */
export interface TrainingNote {
  /** The comparison whose m fell back to its defaults, or null for the whole model. */
  comparison: string | null;
  reason:
    | 'tooFewPairs'
    | 'priorImplausible'
    | 'disagreementNotEvidence'
    | 'agreementNotEvidence'
    | 'tooManyMatchesAtElse';
  detail: string;
}
