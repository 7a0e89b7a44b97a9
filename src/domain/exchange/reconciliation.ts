import type { ReviewDecision } from './types.js';

/** A candidate pair the engine scored; keys are record fingerprints, stable across list versions. */
export interface ScoredPair {
  leftKey: string;
  rightKey: string;
  probability: number;
}

/** A person's decision on a pair, kept across re-runs while both records still exist unchanged. */
export interface PairDecision {
  leftKey: string;
  rightKey: string;
  decision: ReviewDecision;
}

/**
 * Which pairs the review queue shows: those no one decided yet (the queue: a decided pair leaves it), the decided
 * ones (brought back to read or change), or all.
 */
export const REVIEW_SHOWS = ['open', 'decided', 'all'] as const;
export type ReviewShow = (typeof REVIEW_SHOWS)[number];

export interface Thresholds {
  /** At or above: matched without review. */
  upper: number;
  /** At or above (and below upper): to review. Below: not a candidate. */
  lower: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { upper: 0.95, lower: 0.5 };

/** Thresholds a run can use: 0 < lower < upper ≤ 1. Null when they are fine, else what is wrong. */
export function thresholdsProblem(thresholds: Thresholds): { path: string; message: string } | null {
  const { lower, upper } = thresholds;
  return lower > 0 && lower < upper && upper <= 1 ? null : { path: 'thresholds', message: 'out of order' };
}

export interface ClassifiedPair extends ScoredPair {
  decision: ReviewDecision | null;
}

export interface Reconciliation {
  matched: ClassifiedPair[];
  toReview: ClassifiedPair[];
  unmatchedLeft: string[];
  unmatchedRight: string[];
  /** Decisions whose records no longer both exist: kept in history, no longer applied. */
  staleDecisions: PairDecision[];
}

const pairKey = (leftKey: string, rightKey: string) => `${leftKey}\u0000${rightKey}`;

/**
 * Sorts scored pairs into matched / to review / unmatched, applying earlier decisions: a confirmed pair is matched
 * whatever its score, a rejected one is dropped, an unsure one stays in review. A decided pair is never asked again.
 */
export function reconcile(
  leftKeys: readonly string[],
  rightKeys: readonly string[],
  pairs: readonly ScoredPair[],
  decisions: readonly PairDecision[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Reconciliation {
  const left = new Set(leftKeys);
  const right = new Set(rightKeys);
  const live = new Map<string, PairDecision>();
  const staleDecisions: PairDecision[] = [];
  for (const d of decisions) {
    if (left.has(d.leftKey) && right.has(d.rightKey)) live.set(pairKey(d.leftKey, d.rightKey), d);
    else staleDecisions.push(d);
  }

  const scored = new Map<string, ScoredPair>();
  for (const p of pairs) scored.set(pairKey(p.leftKey, p.rightKey), p);
  // A confirmed pair the engine no longer proposes is still a match: the person's word stands.
  for (const d of live.values()) {
    const key = pairKey(d.leftKey, d.rightKey);
    if (d.decision === 'confirmed' && !scored.has(key)) scored.set(key, { ...d, probability: 0 });
  }

  const matched: ClassifiedPair[] = [];
  const toReview: ClassifiedPair[] = [];
  for (const [key, pair] of scored) {
    const decision = live.get(key)?.decision ?? null;
    if (decision === 'rejected') continue;
    if (decision === 'confirmed') matched.push({ ...pair, decision });
    else if (
      decision === 'unsure' ||
      (pair.probability >= thresholds.lower && pair.probability < thresholds.upper)
    ) {
      toReview.push({ ...pair, decision });
    } else if (pair.probability >= thresholds.upper) matched.push({ ...pair, decision });
  }
  const byScore = (a: ClassifiedPair, b: ClassifiedPair) => b.probability - a.probability;
  matched.sort(byScore);
  toReview.sort(byScore);

  const pairedLeft = new Set([...matched, ...toReview].map((p) => p.leftKey));
  const pairedRight = new Set([...matched, ...toReview].map((p) => p.rightKey));
  return {
    matched,
    toReview,
    unmatchedLeft: leftKeys.filter((k) => !pairedLeft.has(k)),
    unmatchedRight: rightKeys.filter((k) => !pairedRight.has(k)),
    staleDecisions,
  };
}
