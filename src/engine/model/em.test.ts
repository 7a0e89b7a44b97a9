import { describe, expect, it } from 'vitest';
import { trainEm } from './em.js';
import type { GammaPatterns } from './gammas.js';
import { seededRandom } from './random.js';
import type { Model } from './types.js';

const label = { key: 'engine.level.test' };

/** A model over three comparisons; level 0 is null, the rest carry m and u. */
function model(prior: number, m: number[][], u: number[][]): Model {
  return {
    prior,
    comparisons: m.map((levels, k) => ({
      id: `c${k}`,
      levels: [
        { id: 'missing', label, isNull: true, m: 1, u: 1, termFrequency: false },
        ...levels.map((value, g) => ({
          id: `l${g}`,
          label,
          isNull: false,
          m: value,
          u: u[k][g],
          termFrequency: false,
        })),
      ],
    })),
  };
}

function draw(random: () => number, probabilities: number[]): number {
  let x = random();
  for (let i = 0; i < probabilities.length; i++) {
    x -= probabilities[i];
    if (x < 0) return i;
  }
  return probabilities.length - 1;
}

/** Pairs drawn from fixed m/u (with some missing values), tallied into patterns. */
function synthetic(truth: Model, count: number, seed: number): GammaPatterns {
  const random = seededRandom(seed);
  const tally = new Map<string, number>();
  for (let p = 0; p < count; p++) {
    const isMatch = random() < truth.prior;
    const gamma = truth.comparisons.map((comparison) => {
      if (random() < 0.1) return 0;
      const live = comparison.levels.slice(1);
      return (
        1 +
        draw(
          random,
          live.map((level) => (isMatch ? level.m : level.u)),
        )
      );
    });
    const key = gamma.join(',');
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return {
    width: truth.comparisons.length,
    patterns: [...tally.keys()].map((key) => Uint8Array.from(key.split(',').map(Number))),
    counts: [...tally.values()],
  };
}

describe('trainEm', () => {
  const trueM = [
    [0.8, 0.15, 0.05],
    [0.7, 0.2, 0.1],
    [0.9, 0.1],
  ];
  const trueU = [
    [0.01, 0.09, 0.9],
    [0.05, 0.15, 0.8],
    [0.3, 0.7],
  ];
  const truth = model(0.2, trueM, trueU);

  it('recovers known m and the prior from pairs generated with them, u held at its true value', () => {
    const patterns = synthetic(truth, 200_000, 7);
    const start = model(
      0.5,
      [
        [0.5, 0.3, 0.2],
        [0.4, 0.3, 0.3],
        [0.6, 0.4],
      ],
      trueU,
    );
    const { model: fitted, history } = trainEm(start, patterns, { maxIterations: 200, tolerance: 1e-7 });
    expect(history.length).toBeGreaterThan(1);
    expect(fitted.prior).toBeCloseTo(0.2, 2);
    fitted.comparisons.forEach((comparison, k) => {
      comparison.levels.slice(1).forEach((level, g) => {
        expect(Math.abs(level.m - trueM[k][g])).toBeLessThan(0.02);
        expect(level.u).toBe(trueU[k][g]);
      });
    });
  });

  it('returns a new model and leaves its input untouched', () => {
    const patterns = synthetic(truth, 5_000, 3);
    const start = model(
      0.5,
      trueU.map((row) => row.slice().reverse()),
      trueU,
    );
    const before = JSON.stringify(start);
    const { model: fitted } = trainEm(start, patterns, { maxIterations: 5, tolerance: 0 });
    expect(JSON.stringify(start)).toBe(before);
    expect(fitted).not.toBe(start);
  });
});
