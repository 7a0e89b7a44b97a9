import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VETO_WEIGHT } from './names-veto.js';
import { oneToOneWeights, withOneToOneTerm } from './one-to-one-posterior.js';
import { probabilityOfWeight } from './predict.js';
import type { PairExplanation } from './types.js';

/** Candidate pairs as [left, right, weight]. */
function run(pairs: [number, number, number][], leftCount: number, rightCount: number, prior: number) {
  const index = {
    left: Uint32Array.from(pairs, ([l]) => l),
    right: Uint32Array.from(pairs, ([, r]) => r),
    count: pairs.length,
  };
  return oneToOneWeights(
    index,
    Float64Array.from(pairs, ([, , w]) => w),
    leftCount,
    rightCount,
    prior,
  );
}

// Two lists of 1,000 records, 600 people on both: λ = 600 / 1,000,000 over all pairs.
const N = 1_000;
const PRIOR = 600 / (N * N);
const PRIOR_WEIGHT = Math.log2(PRIOR / (1 - PRIOR));
/** 600 sure links (records 0..599 with each other), so that the lists' own pairs say M ≈ 600. */
const sure = (): [number, number, number][] => Array.from({ length: 600 }, (_, i) => [i, i, 30]);

describe('oneToOneWeights', () => {
  it("raises a pair that is each record's only plausible partner: a name met once in each list", () => {
    // A name agreement worth 9 bits, no date: alone it is about 1 in 3 against a prior of 1 in 1,667 pairs.
    const own = PRIOR_WEIGHT + 9.5;
    const weights = run([...sure(), [700, 700, own]], N, N, PRIOR);
    expect(probabilityOfWeight(own)).toBeLessThan(0.5);
    // 600 of 1,000 on the other list: the prior odds of a link against both records being on their own list
    // are ρ = 600 / (400 × 400), 6.25 times λ.
    expect(weights[600] - own).toBeCloseTo(Math.log2(6.25), 1);
    expect(probabilityOfWeight(weights[600])).toBeGreaterThan(0.7);
  });

  it('counts a person written twice on one list once among the people on both lists', () => {
    // Lefts 0..199 are each also written a second time on the right (rights 800..999): 800 sure pairs, but
    // still only 600 people of the left list with a partner, and 400 left over on it.
    const own = PRIOR_WEIGHT + 9.5;
    const twice = Array.from({ length: 200 }, (_, i): [number, number, number] => [i, 800 + i, 30]);
    const weights = run([...sure(), ...twice, [700, 700, own]], N, N, PRIOR);
    // ρ = 600 / (400 × 400), as without the second entries, not 800 / (200 × 200).
    expect(weights[800] - own).toBeCloseTo(Math.log2(6.25), 1);
  });

  it('does not raise a pair whose records have another plausible partner each (namesakes)', () => {
    const own = PRIOR_WEIGHT + 9.5;
    // Left 700 meets rights 700 and 701 alike; right 700 meets lefts 700 and 701 alike.
    const weights = run([...sure(), [700, 700, own], [700, 701, own], [701, 700, own]], N, N, PRIOR);
    const alone = run([...sure(), [700, 700, own]], N, N, PRIOR)[600];
    expect(weights[600]).toBeLessThan(alone - 1);
    expect(probabilityOfWeight(weights[600])).toBeLessThan(0.5);
  });

  it("does not raise a record's pair with a namesake when its own partner, far surer, went to its second entry", () => {
    const own = PRIOR_WEIGHT + 9.5;
    // Lefts 700 and 701 are one person written twice; right 700 is that person (its full birth date agrees
    // with 701's, 700 gives the year alone), right 701 a namesake with no date and no other candidate.
    const weights = run([...sure(), [700, 700, 6], [701, 700, 20], [700, 701, own]], N, N, PRIOR);
    expect(weights[602]).toBe(own);
    expect(probabilityOfWeight(weights[602])).toBeLessThan(0.5);
  });

  it('never lowers a pair below its own evidence, nor raises one the names veto holds down', () => {
    const pair = fc.tuple(fc.nat(29), fc.nat(29), fc.double({ min: -40, max: 40, noNaN: true }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 60 }), (pairs) => {
        const weights = run(pairs, 30, 30, 0.01);
        pairs.forEach(([, , own], p) => {
          expect(weights[p]).toBeGreaterThanOrEqual(own);
          if (own <= VETO_WEIGHT) expect(weights[p]).toBe(own);
        });
      }),
    );
  });

  it('leaves a pair the names veto held down where the veto put it, though it is the only candidate', () => {
    const weights = run([...sure(), [700, 700, VETO_WEIGHT], [800, 800, VETO_WEIGHT + 0.5]], N, N, PRIOR);
    expect(weights[600]).toBe(VETO_WEIGHT);
    expect(weights[601]).toBeGreaterThan(VETO_WEIGHT + 0.5);
  });

  it('keeps its hands off lists whose records nearly all have a partner: too few left over to measure', () => {
    // 990 of 1,000 on both lists: ten records without a partner, one more or less moves the prior by a tenth.
    const own = PRIOR_WEIGHT + 9.5;
    const nearlyAll = Array.from({ length: 990 }, (_, i): [number, number, number] => [i, i, 30]);
    expect(run([...nearlyAll, [995, 995, own]], N, N, 990 / (N * N))[990]).toBe(own);
  });

  it('keeps its hands off lists that hold no matches', () => {
    const weights = run([[0, 0, -20]], N, N, PRIOR);
    expect(weights[0]).toBe(-20);
  });
});

describe('withOneToOneTerm', () => {
  const explanation: PairExplanation = {
    leftId: 'a',
    rightId: 'b',
    terms: [],
    priorWeight: -1,
    matchWeight: -1,
    matchProbability: probabilityOfWeight(-1),
  };

  it('shows what being the only plausible partner added, so the terms still add up to the weight', () => {
    const shown = withOneToOneTerm(explanation, 2.5);
    expect(shown.terms.at(-1)).toMatchObject({
      comparison: 'one_to_one',
      levelId: 'onlyPartner',
      matchWeight: 3.5,
    });
    expect(shown.matchWeight).toBe(2.5);
    expect(shown.priorWeight + shown.terms.reduce((sum, term) => sum + term.matchWeight, 0)).toBeCloseTo(2.5);
    expect(shown.matchProbability).toBeCloseTo(probabilityOfWeight(2.5));
  });

  it('adds nothing when the link kept its own weight', () => {
    expect(withOneToOneTerm(explanation, -1)).toBe(explanation);
  });
});
