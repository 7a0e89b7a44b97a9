import { type ComparableRecord, toComparable } from '../compare/comparable-record.js';
import { gammaOf } from '../compare/compare-pair.js';
import type { PersonRecord } from '../records/types.js';
import { NAMES_VETO, namesVeto, VETO_TERM, vetoAdjustment } from './names-veto.js';
import { priorWeight, probabilityOfWeight } from './predict.js';
import { comparisonsOf } from './settings.js';
import { termFrequencyBits } from './term-frequencies.js';
import type { ExplanationTerm, Model, PairExplanation, TermFrequencies } from './types.js';

export interface ExplainOptions {
  /** The name frequencies of the lists the model was trained on (from a link or dedupe result). */
  termFrequencies?: TermFrequencies;
}

/** Each comparison's level, m, u and contribution to the match weight, for one pair. */
export function explainPair(
  model: Model,
  left: PersonRecord | ComparableRecord,
  right: PersonRecord | ComparableRecord,
  options: ExplainOptions = {},
): PairExplanation {
  const l = 'record' in left ? left : toComparable(left);
  const r = 'record' in right ? right : toComparable(right);
  const comparisons = comparisonsOf(model);
  const gammas = comparisons.map((comparison) => gammaOf(comparison, l, r));
  const terms: ExplanationTerm[] = comparisons.map((comparison, k) => {
    const gamma = gammas[k];
    const level = model.comparisons[k].levels[gamma];
    const base = {
      comparison: comparison.id,
      levelId: level.id,
      label: level.label,
      valueLeft: comparison.describe(l),
      valueRight: comparison.describe(r),
    };
    if (level.isNull) return { ...base, m: 1, u: 1, bayesFactor: 1, matchWeight: 0 };
    const tfBits = options.termFrequencies
      ? termFrequencyBits(comparison.id, level, l, r, options.termFrequencies)
      : 0;
    const u = level.u / 2 ** tfBits;
    const bayesFactor = level.m / u;
    const term: ExplanationTerm = {
      ...base,
      m: level.m,
      u,
      bayesFactor,
      matchWeight: Math.log2(bayesFactor),
    };
    if (level.termFrequency && options.termFrequencies) term.termFrequencyWeight = tfBits;
    return term;
  });
  const prior = priorWeight(model);
  const summed = terms.reduce((sum, term) => sum + term.matchWeight, prior);
  // The names veto shows as a term of its own, so that the weight is still the prior plus the terms.
  const veto = vetoAdjustment(namesVeto(model), (k) => gammas[k], summed);
  if (veto < 0) {
    const names = terms.find((term) => term.comparison === NAMES_VETO.when.comparison);
    terms.push({
      ...VETO_TERM,
      valueLeft: names?.valueLeft ?? '',
      valueRight: names?.valueRight ?? '',
      m: 1,
      u: 1,
      bayesFactor: 2 ** veto,
      matchWeight: veto,
    });
  }
  const matchWeight = summed + veto;
  return {
    leftId: l.record.id,
    rightId: r.record.id,
    terms,
    priorWeight: prior,
    matchWeight,
    matchProbability: probabilityOfWeight(matchWeight),
  };
}
