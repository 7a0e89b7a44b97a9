import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { dateComparison, nameComparison } from '../compare/comparisons.js';
import { linkRecords } from '../link/link-records.js';
import { buildPersonRecord } from '../records/build-record.js';
import { estimateU } from './estimate-u.js';
import { seededRandom } from './random.js';
import { defaultModel } from './settings.js';
import { checkPlausibility, monotoneBayesFactors, withoutMatches } from './train-model.js';
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

describe('withoutMatches', () => {
  const twoLevels: Model = {
    prior: 0.5,
    comparisons: [
      {
        id: 'birth_date',
        levels: [
          { id: 'missing', label, isNull: true, m: 1, u: 1, termFrequency: false },
          { id: 'exact', label, isNull: false, m: 0.6, u: 0.001, termFrequency: false },
          { id: 'else', label, isNull: false, m: 0.4, u: 0.999, termFrequency: false },
        ],
      },
    ],
  };
  const sample = { counts: [Float64Array.from([0, 100, 99_900])] };

  it('on sampled pairs, lowers a count by at most two standard errors however large EM makes the prior', () => {
    const [counts] = withoutMatches(sample, twoLevels, 0.01, 0.01, false).counts;
    // EM's λ·m·n would take out 600 of the 100 exact dates; sampling error allows 2·√100 = 20.
    expect(counts[1]).toBeCloseTo(80, 6);
    expect(counts[2]).toBeCloseTo(99_900 - 0.01 * 0.4 * 100_000, 6);
  });

  it('takes λ at most at what the lists can hold, and within that the matches out in full', () => {
    const [counts] = withoutMatches(sample, twoLevels, 0.5, 0.0001, false).counts;
    expect(counts[1]).toBeCloseTo(100 - 0.0001 * 0.6 * 100_000, 6);
  });

  it('when every pair was compared, takes EM’s count of matches out in full', () => {
    const [counts] = withoutMatches(sample, twoLevels, 0.001, 0.0001, true).counts;
    expect(counts[1]).toBeCloseTo(100 - 0.001 * 0.6 * 100_000, 6);
  });
});

describe('checkPlausibility', () => {
  const names = nameComparison();
  const dates = dateComparison('birth_date');
  const defaults = defaultModel([names, dates], 0.01);
  const withNameM = (m: number[]): Model => ({
    ...defaults,
    comparisons: [
      {
        ...defaults.comparisons[0],
        levels: defaults.comparisons[0].levels.map((level, g) =>
          g === 0 ? level : { ...level, m: m[g - 1] },
        ),
      },
      defaults.comparisons[1],
    ],
  });

  it('sets names back to their defaults when EM puts over half of the matches at "different", and says why', () => {
    const trained = withNameM([0.1, 0.2, 0.05, 0.09, 0.56]);
    const { model, notes } = checkPlausibility(trained, defaults, [names, dates]);
    expect(notes).toEqual([
      expect.objectContaining({ comparison: 'full_name', reason: 'tooManyMatchesAtElse' }),
    ]);
    expect(model.comparisons[0]).toEqual(defaults.comparisons[0]);
    expect(model.comparisons[1]).toBe(trained.comparisons[1]);
  });

  it('keeps an answer in which names mostly agree', () => {
    const trained = withNameM([0.3, 0.5, 0.1, 0.07, 0.03]);
    expect(checkPlausibility(trained, defaults, [names, dates]).notes).toEqual([]);
  });

  it('refuses "different" counting for a match', () => {
    const trained = withNameM([0.001, 0.001, 0.001, 0.0001, 0.9969]);
    const { notes } = checkPlausibility(trained, defaults, [names, dates]);
    expect(notes[0]).toEqual(expect.objectContaining({ reason: 'disagreementNotEvidence' }));
  });
});

describe('trainModel on conscripts born within weeks of each other', () => {
  it('keeps u of an exact birth date near what random pairs show, and names at "different" rare among matches', () => {
    const random = seededRandom(7);
    const letters = 'bcdfgklmnprstvz';
    const word = () =>
      Array.from({ length: 7 }, (_, i) =>
        i % 2 ? 'aeiou'[Math.floor(random() * 5)] : letters[Math.floor(random() * letters.length)],
      ).join('');
    const person = () => ({ name: `${word()} ${word()}`, day: 1 + Math.floor(random() * 28) });
    const people = Array.from({ length: 700 }, person);
    const row = (p: { name: string; day: number }, id: string) =>
      buildPersonRecord({ id, full_name: p.name, birth_date: `2001-03-${String(p.day).padStart(2, '0')}` })
        .record;
    const left = people.slice(0, 500).map((p, i) => row(p, `l${i}`));
    const right = people.slice(200).map((p, i) => row(p, `r${i}`));
    const result = linkRecords(left, right);
    const date = result.model.comparisons.find((c) => c.id === 'birth_date')!;
    const name = result.model.comparisons.find((c) => c.id === 'full_name')!;
    // Two of these people share a date once in 28 random pairs.
    expect(date.levels.find((level) => level.id === 'exact')!.u).toBeGreaterThan(0.02);
    expect(name.levels.find((level) => level.id === 'else')!.m).toBeLessThan(0.2);
    // Different names with the same date never link: 300 true pairs, the rest namesakes of none.
    const wrong = result.links.filter(
      (link) => link.leftId.slice(1) !== String(Number(link.rightId.slice(1)) + 200),
    );
    expect(wrong).toEqual([]);
  });
});
