import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from './parse-date.js';

describe('parsePartialDate', () => {
  it.each([
    ['1987-03-09', { year: 1987, month: 3, day: 9 }],
    ['19870309', { year: 1987, month: 3, day: 9 }],
    ['1987-03', { year: 1987, month: 3 }],
    ['1987', { year: 1987 }],
    ['09.03.1987', { year: 1987, month: 3, day: 9 }],
    ['9/3/1987', { year: 1987, month: 3, day: 9 }],
    [' 1987-3-9 ', { year: 1987, month: 3, day: 9 }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['1987-02-30', '31.13.1990', 'March 1987', '87', '1987-00', 'unknown'])(
    'reports %s as unreadable',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it('treats an empty value as missing, not unreadable', () => {
    expect(parsePartialDate('')).toBeUndefined();
    expect(parsePartialDate('  ')).toBeUndefined();
    expect(parsePartialDate(undefined)).toBeUndefined();
  });

  it('formats back to ISO 8601 at the precision known', () => {
    expect(formatPartialDate({ year: 1987, month: 3, day: 9 })).toBe('1987-03-09');
    expect(formatPartialDate({ year: 1987, month: 3 })).toBe('1987-03');
    expect(formatPartialDate({ year: 1987 })).toBe('1987');
    expect(formatPartialDate(undefined)).toBe('');
  });
});
