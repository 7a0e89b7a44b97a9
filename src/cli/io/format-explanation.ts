import type { PairExplanation } from '../../engine/index.js';

const round = (value: number) => Number(value.toPrecision(4));

/** The PairExplanation as compact JSON for one CSV cell (label keys, not sentences; numbers to 4 digits). */
export function formatExplanation(explanation: PairExplanation): string {
  return JSON.stringify({
    priorWeight: round(explanation.priorWeight),
    matchWeight: round(explanation.matchWeight),
    matchProbability: round(explanation.matchProbability),
    terms: explanation.terms.map((term) => ({
      ...term,
      m: round(term.m),
      u: round(term.u),
      bayesFactor: round(term.bayesFactor),
      matchWeight: round(term.matchWeight),
      ...(term.termFrequencyWeight === undefined
        ? {}
        : { termFrequencyWeight: round(term.termFrequencyWeight) }),
    })),
  });
}

/** A probability as CSV text: six decimals are enough to rank and to threshold. */
export function formatProbability(probability: number): string {
  return probability.toFixed(6);
}
