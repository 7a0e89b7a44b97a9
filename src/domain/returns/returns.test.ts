import { describe, expect, it } from 'vitest';
import { RETURNS_HXL_COLUMNS, returnsHxlTable } from './hxl.js';
import { dailySeries, returnCountProblems } from './series.js';
import type { ReturnCount } from './types.js';

const count = (date: string, individuals: number, households: number | null): ReturnCount => ({
  date,
  originPlaceId: 'yerevan',
  destinationPlaceId: 'stepanakert',
  individuals,
  households,
  mode: 'with_convoy',
  movementId: null,
  source: 'Peacekeeping contingent bulletin',
});

describe('returns', () => {
  it('gives every day with its count and the running total, counts before the range starting it', () => {
    const series = dailySeries(
      [
        count('2020-11-14', 9000, 2500),
        count('2020-11-16', 300, 90),
        count('2020-11-16', 200, 50),
        count('2020-11-18', 100, null),
      ],
      '2020-11-15',
      '2020-11-18',
    );
    expect(series.map((day) => [day.date, day.individuals, day.cumulativeIndividuals])).toEqual([
      ['2020-11-15', 0, 9000],
      ['2020-11-16', 500, 9500],
      ['2020-11-17', 0, 9500],
      ['2020-11-18', 100, 9600],
    ]);
    expect(series.at(-1)?.cumulativeHouseholds).toBe(2640);
  });

  it('names what is wrong with a count: negative, more households than people, a future day, an unknown place', () => {
    const places = new Set(['stepanakert']);
    expect(returnCountProblems({ ...count('2020-12-01', -5, null) }, places, '2021-01-24')).toEqual([
      { field: 'individuals', reason: 'not_a_count' },
    ]);
    expect(
      returnCountProblems(
        { ...count('2021-02-01', 10, 20), destinationPlaceId: 'atlantis' },
        places,
        '2021-01-24',
      ),
    ).toEqual([
      { field: 'households', reason: 'more_households_than_people' },
      { field: 'date', reason: 'in_the_future' },
      { field: 'destinationPlaceId', reason: 'unknown_place' },
    ]);
  });

  it('writes HXL with the hashtag row right under the header', () => {
    const table = returnsHxlTable([
      {
        date: '2021-01-24',
        region: 'Nagorno-Karabakh',
        settlement: 'Stepanakert',
        origin: 'Yerevan',
        individuals: 120,
        households: null,
        source: 'bulletin',
      },
    ]);
    expect(table[1]).toEqual(RETURNS_HXL_COLUMNS.map((column) => column.tag));
    expect(table[1]).toContain('#affected+returnees+ind');
    expect(table[2]).toEqual([
      '2021-01-24',
      'Nagorno-Karabakh',
      'Stepanakert',
      'Yerevan',
      120,
      '',
      'bulletin',
    ]);
  });
});
