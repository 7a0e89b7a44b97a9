import type { ReconciliationStatus, ReviewDecision } from './types.js';

/**
 * A pair whose person the coordinator may verify in bulk ("verify all confirmed matches"): confirmed by the
 * coordinator, or matched by the engine with no decision yet. A pair marked unsure or rejected is left to be
 * looked at one by one.
 */
export function isVerifiableMatch(pairClass: 'matched' | 'review', decision: ReviewDecision | null): boolean {
  return decision === 'confirmed' || (pairClass === 'matched' && decision === null);
}

/** What the all-for-all plan still waits for, each worded by the web as `exchangeEvent.waiting.<key>`. */
export const PLAN_WAIT_KEYS = [
  /** No reconciliation has been started. */
  'noRun',
  /** The latest reconciliation is queued or running. */
  'runUnfinished',
  /** The latest reconciliation failed. */
  'runFailed',
  /** The latest finished reconciliation is not shared with the liaisons. */
  'runNotShared',
  /** Pairs of the latest finished reconciliation with no decision (`count`). */
  'pairsToReview',
  /** Located persons whose match can be verified at once (`count`). */
  'matchesToVerify',
  /** Other located persons, to verify one by one (`count`). */
  'personsToVerify',
  /** Planned exchanges still waiting for confirmations (`count`). */
  'plansToConfirm',
  /** Exchanges carried out whose outcome still waits for confirmations (`count`). */
  'outcomesToConfirm',
] as const;
export type PlanWaitKey = (typeof PLAN_WAIT_KEYS)[number];

export interface PlanWait {
  key: PlanWaitKey;
  count: number;
}

export interface PlanFacts {
  /** The reconciliation started last, if any. */
  latestRun: { status: ReconciliationStatus } | null;
  /** The reconciliation finished last, if any. */
  latestDone: { shared: boolean; pairsToReview: number } | null;
  /** Located persons whose match is verifiable at once. */
  matchesToVerify: number;
  /** Every located person (not yet verified), the verifiable matches among them. */
  located: number;
  plansToConfirm: number;
  outcomesToConfirm: number;
}

/** What the plan waits for, in the order the work is done; empty when nothing is. */
export function planWaitingFor(facts: PlanFacts): PlanWait[] {
  const waits: PlanWait[] = [];
  const add = (key: PlanWaitKey, count = 0) => waits.push({ key, count });
  if (!facts.latestRun) add('noRun');
  else if (facts.latestRun.status === 'queued' || facts.latestRun.status === 'running') add('runUnfinished');
  else if (facts.latestRun.status === 'failed') add('runFailed');
  if (facts.latestDone && !facts.latestDone.shared) add('runNotShared');
  if (facts.latestDone && facts.latestDone.pairsToReview > 0)
    add('pairsToReview', facts.latestDone.pairsToReview);
  if (facts.matchesToVerify > 0) add('matchesToVerify', facts.matchesToVerify);
  const others = facts.located - facts.matchesToVerify;
  if (others > 0) add('personsToVerify', others);
  if (facts.plansToConfirm > 0) add('plansToConfirm', facts.plansToConfirm);
  if (facts.outcomesToConfirm > 0) add('outcomesToConfirm', facts.outcomesToConfirm);
  return waits;
}
