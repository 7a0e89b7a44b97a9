import type { PairExplanation } from '../../../../server/exchange/reconciliation.schemas.js';

export interface WaterfallStep {
  /** `prior` for the starting weight, else the comparison id. */
  id: string;
  weight: number;
  /** The running total before and after this step, in bits (log2 of the Bayes factor). */
  from: number;
  to: number;
}

export interface Waterfall {
  steps: WaterfallStep[];
  total: number;
  /** The span of every running total, zero included, for drawing all bars on one scale. */
  min: number;
  max: number;
}

/**
 * Splink's waterfall: the prior weight, then each comparison's weight added in turn, ending at the pair's match
 * weight. Comparisons that weigh nothing (a value missing on either side) are kept so the reader sees them.
 */
export function buildWaterfall(explanation: PairExplanation): Waterfall {
  const steps: WaterfallStep[] = [];
  let running = 0;
  const push = (id: string, weight: number) => {
    steps.push({ id, weight, from: running, to: running + weight });
    running += weight;
  };
  push('prior', explanation.priorWeight);
  for (const term of explanation.terms) push(term.comparison, term.matchWeight);
  const totals = [0, ...steps.map((step) => step.to)];
  return { steps, total: running, min: Math.min(...totals), max: Math.max(...totals) };
}

/** Where a value sits on the waterfall's scale, as a percentage of its width. */
export function scalePosition(value: number, waterfall: Pick<Waterfall, 'min' | 'max'>): number {
  const span = waterfall.max - waterfall.min;
  if (span <= 0) return 0;
  return ((value - waterfall.min) / span) * 100;
}
