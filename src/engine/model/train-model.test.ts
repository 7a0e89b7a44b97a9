import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { dateComparison, nameComparison } from '../compare/comparisons.js';
import { buildPersonRecord } from '../records/build-record.js';
import { estimateU } from './estimate-u.js';
import { defaultModel } from './settings.js';
import { monotoneBayesFactors } from './train-model.js';
import type { Model } from './types.js';

const label = { key: 'engine.level.test' };

describe('monotoneBayesFactors', () => {
  it('lowers a weaker level whose Bayes factor exceeds a stronger one, and leaves ordered levels alone', () => {
    const model: Model = {
      prior: 0.01,
      comparisons: [
        {
          id: 'c',
          levels: [
            { id: 'missing', label, isNull: true, m: 1, u: 1, termFrequency: false },
            { id: 'exact', label, isNull: false, m: 0.5, u: 0.01, termFrequency: false },
            { id: 'close', label, isNull: false, m: 0.3, u: 0.0001, termFrequency: false },
            { id: 'else', label, isNull: false, m: 0.2, u: 0.9899, termFrequency: false },
          ],
        },
      ],
    };
    const fixed = monotoneBayesFactors(model).comparisons[0].levels;
    expect(fixed[1]).toEqual(model.comparisons[0].levels[1]);
    expect(fixed[2].m / fixed[2].u).toBeCloseTo(50, 6);
    expect(fixed[3]).toEqual(model.comparisons[0].levels[3]);
  });
});

describe('estimateU', () => {
  it('measures u on random pairs: birth dates that all agree make agreement worthless', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      toComparable(
        buildPersonRecord({ id: String(i), full_name: `Name${i} Family${i}`, birth_date: '1990-01-01' })
          .record,
      ),
    );
    const comparisons = [nameComparison(), dateComparison('birth_date')];
    const model = estimateU(defaultModel(comparisons, 0.01), comparisons, records, undefined, {
      maxRandomPairs: 10_000,
      maxCostlyRandomPairs: 2_000,
      seed: 1,
    });
    const date = model.comparisons[1].levels.find((level) => level.id === 'exact')!;
    expect(date.u).toBeGreaterThan(0.5);
  });
});
