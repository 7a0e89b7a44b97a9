import { describe, expect, it } from 'vitest';
import { isVerifiableMatch, type PlanFacts, planWaitingFor } from './plan-readiness.js';

const nothingLeft: PlanFacts = {
  latestRun: { status: 'done' },
  latestDone: { shared: true, pairsToReview: 0 },
  matchesToVerify: 0,
  located: 0,
  plansToConfirm: 0,
  outcomesToConfirm: 0,
};

describe('what the plan waits for', () => {
  it('says there is no run yet, and nothing else from runs', () => {
    expect(planWaitingFor({ ...nothingLeft, latestRun: null, latestDone: null })).toEqual([
      { key: 'noRun', count: 0 },
    ]);
  });

  it('names each piece of work left, with its count, in the order it is done', () => {
    expect(
      planWaitingFor({
        latestRun: { status: 'running' },
        latestDone: { shared: false, pairsToReview: 3 },
        matchesToVerify: 12,
        located: 15,
        plansToConfirm: 1,
        outcomesToConfirm: 2,
      }),
    ).toEqual([
      { key: 'runUnfinished', count: 0 },
      { key: 'runNotShared', count: 0 },
      { key: 'pairsToReview', count: 3 },
      { key: 'matchesToVerify', count: 12 },
      { key: 'personsToVerify', count: 3 },
      { key: 'plansToConfirm', count: 1 },
      { key: 'outcomesToConfirm', count: 2 },
    ]);
    expect(planWaitingFor({ ...nothingLeft, latestRun: { status: 'failed' } })).toEqual([
      { key: 'runFailed', count: 0 },
    ]);
  });

  it('waits for nothing when all is done', () => {
    expect(planWaitingFor(nothingLeft)).toEqual([]);
  });
});

describe('matches verifiable at once', () => {
  it('are those confirmed, and those matched with no decision; unsure and rejected ones are left', () => {
    expect(isVerifiableMatch('review', 'confirmed')).toBe(true);
    expect(isVerifiableMatch('matched', null)).toBe(true);
    expect(isVerifiableMatch('matched', 'confirmed')).toBe(true);
    expect(isVerifiableMatch('matched', 'unsure')).toBe(false);
    expect(isVerifiableMatch('matched', 'rejected')).toBe(false);
    expect(isVerifiableMatch('review', null)).toBe(false);
    expect(isVerifiableMatch('review', 'unsure')).toBe(false);
  });
});
