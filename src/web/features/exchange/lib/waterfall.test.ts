import { describe, expect, it } from 'vitest';
import type { PairExplanation } from '../../../../server/exchange/reconciliation.schemas.js';
import { buildWaterfall, scalePosition } from './waterfall.js';

const term = (comparison: string, matchWeight: number) => ({
  comparison,
  levelId: 'x',
  label: { key: 'engine.level.exact' },
  valueLeft: '',
  valueRight: '',
  m: 1,
  u: 1,
  bayesFactor: 2 ** matchWeight,
  matchWeight,
});

const explanation: PairExplanation = {
  leftId: 'a',
  rightId: 'b',
  priorWeight: -8,
  terms: [term('full_name', 10), term('birth_date', -3), term('unit', 0)],
  matchWeight: -1,
  matchProbability: 1 / 3,
};

describe('match weight waterfall', () => {
  it('starts at the prior and ends at the pair match weight, step by step', () => {
    const waterfall = buildWaterfall(explanation);
    expect(waterfall.steps.map((step) => [step.id, step.from, step.to])).toEqual([
      ['prior', 0, -8],
      ['full_name', -8, 2],
      ['birth_date', 2, -1],
      ['unit', -1, -1],
    ]);
    expect(waterfall.total).toBe(explanation.matchWeight);
    expect([waterfall.min, waterfall.max]).toEqual([-8, 2]);
  });

  it('places values on one scale from the lowest to the highest running total', () => {
    const waterfall = buildWaterfall(explanation);
    expect(scalePosition(-8, waterfall)).toBe(0);
    expect(scalePosition(2, waterfall)).toBe(100);
    expect(scalePosition(0, waterfall)).toBe(80);
    expect(scalePosition(5, { min: 3, max: 3 })).toBe(0);
  });
});
