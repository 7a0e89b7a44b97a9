import { describe, expect, it } from 'vitest';
import { buildPersonRecord } from '../records/build-record.js';
import { toComparable } from './comparable-record.js';
import { gammaOf } from './compare-pair.js';
import { placeComparison } from './comparisons.js';

// Equivalences written for the test, not the gazetteer: the engine only knows what it is given.
const EQUIVALENCES = [
  ['Ռիվերտաուն', 'Riverton', 'Gölkənd', 'Гёлькенд'],
  ['Mehri', 'Мегри'],
  ['Gümrü', 'Гюмри'],
];

const at = (place: string) => toComparable(buildPersonRecord({ id: place, birth_place: place }).record);

function levelOf(a: string, b: string, equivalences?: string[][]): string {
  const comparison = placeComparison('birth_place', { placeEquivalences: equivalences });
  return comparison.levels[gammaOf(comparison, at(a), at(b))].id;
}

describe('place equivalences', () => {
  it('make one side’s name and the other’s the same place, in any script and case', () => {
    expect(levelOf('Riverton', 'GÖLKƏND', EQUIVALENCES)).toBe('samePlace');
    expect(levelOf('Ռիվերտաուն', 'Гёлькенд', EQUIVALENCES)).toBe('samePlace');
    expect(levelOf('RIVERTON', 'Гёлькенд', EQUIVALENCES)).toBe('samePlace');
  });

  it('are the caller’s: without them the two names differ', () => {
    expect(levelOf('Riverton', 'Gölkənd')).toBe('else');
  });

  it('still call spellings of one name exact, and do not join places whose names only sound alike', () => {
    expect(levelOf('Riverton', 'Ривертон', EQUIVALENCES)).toBe('exact');
    expect(levelOf('Mehri', 'Gümrü', EQUIVALENCES)).toBe('else');
  });
});

describe('a place under each side’s name, with the same unit (issue 10)', () => {
  it('counts for the pair when the caller gives the equivalence', async () => {
    const { scorePairs } = await import('../link/score-pairs.js');
    const left = buildPersonRecord({
      id: 'l',
      full_name: 'Ռուբեն Ասատրյան',
      birth_date: '2001',
      birth_place: 'Riverton',
      unit: 'в/ч 40512',
    }).record;
    const right = buildPersonRecord({
      id: 'r',
      full_name: 'ASATRYAN RUBEN',
      birth_date: '01.01.2001',
      birth_place: 'Gölkənd',
      unit: '40512 saylı hərbi hissə',
    }).record;
    const without = scorePairs([[left, right]]).probabilities[0];
    const withPlaces = scorePairs([[left, right]], { placeEquivalences: EQUIVALENCES }).probabilities[0];
    expect(withPlaces).toBeGreaterThan(without);
    expect(withPlaces).toBeGreaterThan(0.5);
  });
});
