import { describe, expect, it } from 'vitest';
import { scorePairs } from '../link/score-pairs.js';
import { buildPersonRecord } from '../records/build-record.js';
import { toComparable } from './comparable-record.js';
import { gammaOf } from './compare-pair.js';
import { rankComparison } from './comparisons.js';

// Equivalences written for the test, not Parley's table of ranks: the engine only knows what it is given.
const RANKS = [
  ['junior sergeant', 'младший сержант', 'мл. сержант', 'կրտսեր սերժանտ', 'kiçik çavuş'],
  ['sergeant', 'сержант', 'սերժանտ', 'çavuş'],
];

const withRank = (rank: string) => toComparable(buildPersonRecord({ id: rank, rank }).record);

function levelOf(a: string, b: string, equivalences?: string[][]): string {
  const comparison = rankComparison({ rankEquivalences: equivalences });
  return comparison.levels[gammaOf(comparison, withRank(a), withRank(b))].id;
}

describe('rank equivalences (issue 9: a rank in Armenian and in Azerbaijani was scored different)', () => {
  it('make one rank in each army’s language the same rank, whatever the case and punctuation', () => {
    expect(levelOf('կրտսեր սերժանտ', 'kiçik çavuş', RANKS)).toBe('sameRank');
    expect(levelOf('KİÇİK ÇAVUŞ', 'Мл. сержант', RANKS)).toBe('sameRank');
    expect(levelOf('Сержант', 'сержант', RANKS)).toBe('exact');
  });

  it('are the caller’s: without them the two ranks differ, and different ranks stay different', () => {
    expect(levelOf('կրտսեր սերժանտ', 'kiçik çavuş')).toBe('else');
    expect(levelOf('kiçik çavuş', 'çavuş', RANKS)).toBe('else');
  });

  it('raise the score of a pair whose ranks are written in two languages', () => {
    const person = (rank: string, id: string) =>
      buildPersonRecord({ id, full_name: 'Petrosyan Aram', birth_date: '1999-04-02', rank }).record;
    const pair: [ReturnType<typeof person>, ReturnType<typeof person>][] = [
      [person('կրտսեր սերժանտ', 'a'), person('kiçik çavuş', 'b')],
    ];
    const without = scorePairs(pair).probabilities[0]!;
    const withTable = scorePairs(pair, { rankEquivalences: RANKS }).probabilities[0]!;
    expect(withTable).toBeGreaterThan(without);
  });
});
