import { describe, expect, it } from 'vitest';
import { isPlausibleDate, readListDate, storedDate } from './list-dates.js';
import { readMappedRows } from './list-rows.js';

describe('dates of a list as read', () => {
  it.each([
    ['02.04.1994', 'dmy', '1994-04-02', true],
    ['02.04.1994', 'mdy', '1994-02-04', true],
    ['02/04/1994', 'ymd', '1994-04-02', true],
    ['25.12.1990', 'dmy', '1990-12-25', false],
    ['12/25/1990', 'mdy', '1990-12-25', false],
    ['05.05.1990', 'mdy', '1990-05-05', false],
    ['1994.04.02', 'mdy', '1994-04-02', false],
    ['1994/4/2', 'dmy', '1994-04-02', false],
    ['02-04-1994', 'dmy', '1994-04-02', true],
    ['1994-04-02', 'mdy', '1994-04-02', false],
    ['1994', 'mdy', '1994', false],
    ['1994-04', 'dmy', '1994-04', false],
  ] as const)('reads %s in a %s file as %s (ambiguous: %s)', (written, order, iso, ambiguous) => {
    expect(readListDate(written, order)).toMatchObject({ iso, ambiguous });
  });

  it.each([
    ['25.12.1990', 'mdy'],
    ['31.02.1990', 'dmy'],
    ['yesterday', 'dmy'],
  ] as const)('does not read %s in a %s file', (written, order) => {
    expect(readListDate(written, order)).toBeNull();
  });

  it('takes no date after today and no birth before 1900', () => {
    const today = '2026-12-03';
    const read = (value: string) => readListDate(value, 'dmy') ?? expect.fail(value);
    expect(isPlausibleDate('birth_date', read('12.12.2030'), today)).toBe(false);
    expect(isPlausibleDate('birth_date', read('2027'), today)).toBe(false);
    expect(isPlausibleDate('birth_date', read('2026'), today)).toBe(true);
    expect(isPlausibleDate('birth_date', read('03.12.2026'), today)).toBe(true);
    expect(isPlausibleDate('birth_date', read('04.12.2026'), today)).toBe(false);
    expect(isPlausibleDate('birth_date', read('31.12.1899'), today)).toBe(false);
    expect(isPlausibleDate('birth_date', read('1900'), today)).toBe(true);
    expect(isPlausibleDate('event_date', read('1899'), today)).toBe(true);
    expect(isPlausibleDate('event_date', read('2027-01'), today)).toBe(false);
  });

  it('stores a date as written when the engine reads it the same, else in ISO form', () => {
    const mdy = readListDate('04/02/1994', 'mdy') ?? expect.fail();
    expect(storedDate('04/02/1994', mdy)).toBe('1994-04-02');
    const dmy = readListDate('04/02/1994', 'dmy') ?? expect.fail();
    expect(storedDate('04/02/1994', dmy)).toBe('04/02/1994');
    const dashes = readListDate('04-02-1994', 'dmy') ?? expect.fail();
    expect(storedDate('04-02-1994', dashes)).toBe('1994-02-04');
  });
});

describe('rows read with a date order, bounds and today', () => {
  const headers = ['Name', 'Born', 'Unit'];
  const mapping = { full_name: 'Name', birth_date: 'Born', unit: 'Unit' };

  it('applies the file order, lists each date as read, and refuses a date that cannot be true, naming the row', () => {
    const rows = [
      { row: 2, values: ['Aram Petrosyan', '02.04.1994', ''] },
      { row: 3, values: ['Rashad Aliyev', '12.12.2030', ''] },
      { row: 4, values: ['Elvin Mammadov', '1850', ''] },
    ];
    const mdy = readMappedRows(headers, rows, mapping, { dateOrder: 'mdy', today: '2026-12-03' });
    expect(mdy.entries.map((e) => e.fields.birth_date)).toEqual(['1994-02-04']);
    expect(mdy.dates).toEqual([
      { row: 2, field: 'birth_date', written: '02.04.1994', read: '1994-02-04', ambiguous: true },
    ]);
    expect(mdy.rejects).toEqual([
      {
        row: 3,
        field: 'birth_date',
        column: 'Born',
        reason: 'implausible_date',
        value: '12.12.2030',
        cell: 'B3',
      },
      { row: 4, field: 'birth_date', column: 'Born', reason: 'implausible_date', value: '1850', cell: 'B4' },
    ]);
    const dmy = readMappedRows(headers, rows.slice(0, 1), mapping, { today: '2026-12-03' });
    expect(dmy.entries[0]?.fields.birth_date).toBe('02.04.1994');
    expect(dmy.dates[0]?.read).toBe('1994-04-02');
  });

  it('refuses a name over 300 characters and a unit over its bound, naming the row and field, echoing the start only', () => {
    const rows = [
      { row: 2, values: ['A'.repeat(301), '', ''] },
      { row: 3, values: ['Aram', '', 'U'.repeat(301)] },
      { row: 4, values: ['B'.repeat(300), '', 'U'.repeat(300)] },
    ];
    const read = readMappedRows(headers, rows, mapping);
    expect(read.entries.map((e) => e.row)).toEqual([4]);
    expect(
      read.rejects.filter((r) => r.reason === 'too_long').map((r) => [r.row, r.field, r.maxLength]),
    ).toEqual([
      [2, 'full_name', 300],
      [3, 'unit', 300],
    ]);
    expect(read.rejects[0]?.value.length).toBeLessThanOrEqual(81);
  });
});
