import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, jaroWinkler, tokenSetSimilarity, withinOneEdit } from './similarity.js';

describe('string similarity', () => {
  it('gives Jaro–Winkler its textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('says one edit apart exactly when the edit distance is at most one', () => {
    const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(short, short, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(boundedEditDistance(a, b, 1) <= 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('pairs address tokens whatever their order and small typos', () => {
    expect(tokenSetSimilarity(['12', 'stanley', 'street'], ['stanley', 'stret', '12'])).toBe(1);
    expect(tokenSetSimilarity(['12', 'stanley', 'street'], ['40', 'pinkerton', 'circuit'])).toBe(0);
  });
});
