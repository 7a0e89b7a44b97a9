import { describe, expect, it } from 'vitest';
import { toComparable } from '../compare/comparable-record.js';
import { dateComparison, nameComparison } from '../compare/comparisons.js';
import { linkRecords } from '../link/link-records.js';
import { buildPersonRecord } from '../records/build-record.js';
import { countRandomPairs, estimateU } from './estimate-u.js';
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

  it('takes no bound from a level that random pairs almost never show (its u is a guess)', () => {
    const model: Model = {
      prior: 0.01,
      comparisons: [
        {
          id: 'c',
          levels: [
            { id: 'missing', label, isNull: true, m: 1, u: 1, termFrequency: false },
            // Exact spelling across scripts: 1 random pair in 100,000, u mostly its smoothing.
            { id: 'exact', label, isNull: false, m: 0.02, u: 0.00005, termFrequency: false },
            { id: 'transliteration', label, isNull: false, m: 0.8, u: 0.0004, termFrequency: false },
            { id: 'else', label, isNull: false, m: 0.18, u: 0.99955, termFrequency: false },
          ],
        },
      ],
    };
    const sample = { counts: [new Float64Array([0, 1, 40, 99_959])] };
    const measured = monotoneBayesFactors(model, sample).comparisons[0].levels;
    expect(measured[2]).toEqual(model.comparisons[0].levels[2]);
    // Told nothing of the counts, the same model is bounded by the guess: transliteration's u is raised.
    const bounded = monotoneBayesFactors(model).comparisons[0].levels;
    expect(bounded[2].u).toBeCloseTo(0.8 / 400, 8);
  });
});

describe('estimateU', () => {
  it('measures u on random pairs: birth dates that all agree make agreement worthless', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      toComparable(
        buildPersonRecord({ id: String(i), full_name: `Name${i} Family${i}`, birth_date: '1990-05-17' })
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

describe('countRandomPairs', () => {
  it('compares every pair whose names share a key and scales a sample of the rest: the same u, less noise', () => {
    const random = seededRandom(3);
    const family = ['Petrosyan', 'Sargsyan', 'Hakobyan', 'Mammadov', 'Aliyev', 'Hasanov', 'Grigoryan'];
    const given = ['Aram', 'Hayk', 'Davit', 'Elchin', 'Rauf', 'Anar', 'Tigran', 'Vugar', 'Armen'];
    const people = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) =>
        toComparable(
          buildPersonRecord({
            id: `${prefix}${i}`,
            full_name: `${family[Math.floor(random() * family.length)]} ${given[Math.floor(random() * given.length)]}${i % 3 === 0 ? '' : ` X${i}`}`,
          }).record,
        ),
      );
    const left = people(300, 'l');
    const right = people(300, 'r');
    const names = [nameComparison()];
    const every = countRandomPairs(names, left, right, {
      maxRandomPairs: 90_000,
      maxCostlyRandomPairs: 90_000,
      seed: 1,
    });
    const stratified = countRandomPairs(names, left, right, {
      maxRandomPairs: 90_000,
      maxCostlyRandomPairs: 3_000,
      seed: 1,
    });
    const withoutStrata = countRandomPairs([{ ...nameComparison(), mayAgree: undefined }], left, right, {
      maxRandomPairs: 90_000,
      maxCostlyRandomPairs: 3_000,
      seed: 1,
    });
    const total = (counts: Float64Array) => counts.reduce((sum, count) => sum + count, 0);
    expect(total(stratified.counts[0])).toBeCloseTo(total(every.counts[0]), 6);
    // The agreeing levels (exact, transliteration) all share a key, so they are counted exactly.
    expect(stratified.counts[0][1]).toBe(every.counts[0][1]);
    expect(stratified.counts[0][2]).toBe(every.counts[0][2]);
    // Without the test only about 3,000 pairs are asked: a thirtieth of the pairs behind each level.
    expect(total(withoutStrata.counts[0])).toBeGreaterThan(2_500);
    expect(total(withoutStrata.counts[0])).toBeLessThan(3_500);
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
    const trained = withNameM([0.05, 0.05, 0.2, 0.05, 0.06, 0.03, 0.56]);
    const { model, notes } = checkPlausibility(trained, defaults, [names, dates]);
    expect(notes).toEqual([
      expect.objectContaining({ comparison: 'full_name', reason: 'tooManyMatchesAtElse' }),
    ]);
    expect(model.comparisons[0]).toEqual(defaults.comparisons[0]);
    expect(model.comparisons[1]).toBe(trained.comparisons[1]);
  });

  it('keeps an answer in which names mostly agree', () => {
    const trained = withNameM([0.05, 0.25, 0.5, 0.1, 0.05, 0.02, 0.03]);
    expect(checkPlausibility(trained, defaults, [names, dates]).notes).toEqual([]);
  });

  it('refuses "different" counting for a match', () => {
    const trained = withNameM([0.001, 0.001, 0.001, 0.001, 0.0001, 0.0001, 0.9958]);
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
