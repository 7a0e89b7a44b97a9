import { describe, expect, it } from 'vitest';
import { placeByName } from '../gazetteer/gazetteer.js';
import { RETURNS_HXL_COLUMNS, returnsHxlTable } from './hxl.js';
import { readReturnRows, suggestReturnMapping } from './returns-rows.js';
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

describe('a returns table', () => {
  const find = (name: string) => placeByName(name);
  const headers = ['Date', 'Settlement', 'Origin', 'Returnees', 'Households', 'Mode', 'Source'];
  const mapping = suggestReturnMapping(headers);

  it('is mapped by its headers, or by the HXL hashtags of the files Parley exports', () => {
    expect(mapping).toEqual({
      date: 'Date',
      destination: 'Settlement',
      origin: 'Origin',
      individuals: 'Returnees',
      households: 'Households',
      mode: 'Mode',
      source: 'Source',
    });
    const exported = returnsHxlTable([]);
    expect(suggestReturnMapping(exported[0] as string[], exported[1] as string[])).toMatchObject({
      date: 'Date',
      region: 'Region',
      destination: 'Settlement',
      individuals: 'Returnees (individuals)',
    });
  });

  it('reads each row into a count, places under either side’s name, and skips the hashtag row', () => {
    const { counts, rejects } = readReturnRows(
      headers,
      [
        { row: 2, values: ['#date', '#loc+name', '', '', '', '', ''] },
        { row: 3, values: ['2020-11-23', 'Ханкенди', 'Goris', '1 250', '310', 'convoy', 'RPC bulletin'] },
        { row: 4, values: ['24.11.2020', 'Stepanakert', '', '80', '', '', ''] },
      ],
      mapping,
      find,
      '2021-01-31',
      { source: 'entered' },
    );
    expect(rejects).toEqual([]);
    expect(counts).toMatchObject([
      {
        date: '2020-11-23',
        destinationPlaceId: 'stepanakert',
        originPlaceId: 'goris',
        individuals: 1250,
        households: 310,
        mode: 'with_convoy',
      },
      {
        date: '2020-11-24',
        destinationPlaceId: 'stepanakert',
        individuals: 80,
        households: null,
        mode: 'on_their_own',
        source: 'entered',
      },
    ]);
  });

  it('names the row, field and value of a negative count, an unknown place, a bad date or mode', () => {
    const { counts, rejects } = readReturnRows(
      headers,
      [
        { row: 2, values: ['2020-11-23', 'Stepanakert', '', '-5', '', '', ''] },
        { row: 3, values: ['2020-11-23', 'Atlantis', 'Nowhere', '5', '', 'by air', ''] },
        { row: 4, values: ['2020-13-40', 'Lachin', '', '5', '9', '', ''] },
      ],
      mapping,
      find,
      '2021-01-31',
      { source: 'x' },
    );
    expect(counts).toEqual([]);
    expect(rejects).toEqual([
      { row: 2, field: 'individuals', reason: 'not_a_count', value: '-5' },
      { row: 3, field: 'origin', reason: 'unknown_origin', value: 'Nowhere' },
      { row: 3, field: 'mode', reason: 'unknown_mode', value: 'by air' },
      { row: 3, field: 'destination', reason: 'unknown_place', value: 'Atlantis' },
      { row: 4, field: 'date', reason: 'not_a_date', value: '2020-13-40' },
      { row: 4, field: 'households', reason: 'more_households_than_people', value: '9' },
    ]);
  });
});
