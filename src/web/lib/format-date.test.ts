import { describe, expect, it } from 'vitest';
import { calendarParts, instantInZone, startOfDayInZone, zonedParts } from './format-date.js';

describe('dates in a time zone', () => {
  it('reads an instant as the wall clock of the zone', () => {
    const instant = Date.parse('2021-01-11T21:30:00Z');
    expect(zonedParts(instant, 'Asia/Yerevan')).toMatchObject({
      year: 2021,
      month: 1,
      day: 12,
      hour: 1,
      minute: 30,
    });
    expect(zonedParts(instant, 'UTC')).toMatchObject({ day: 11, hour: 21 });
  });

  it('finds when a calendar day begins in a zone, across a daylight-saving change', () => {
    expect(startOfDayInZone('2020-11-10', 'Asia/Baku')?.toISOString()).toBe('2020-11-09T20:00:00.000Z');
    expect(startOfDayInZone('2020-11-10', 'Asia/Baku', 1)?.toISOString()).toBe('2020-11-10T20:00:00.000Z');
    // Europe/Paris moves from +01:00 to +02:00 in the night of 28 March 2021.
    expect(startOfDayInZone('2021-03-28', 'Europe/Paris')?.toISOString()).toBe('2021-03-27T23:00:00.000Z');
    expect(startOfDayInZone('2021-03-29', 'Europe/Paris')?.toISOString()).toBe('2021-03-28T22:00:00.000Z');
    expect(startOfDayInZone('not a date', 'UTC')).toBeNull();
  });

  it('treats a calendar date as the same day everywhere', () => {
    expect(calendarParts('2020-12-14')).toEqual({ year: 2020, month: 12, day: 14 });
    expect(calendarParts('14.12.2020')).toBeNull();
  });

  it('reads a wall-clock time typed in a zone as its UTC instant', () => {
    expect(instantInZone('2021-01-20T10:30', 'Asia/Baku')?.toISOString()).toBe('2021-01-20T06:30:00.000Z');
    expect(instantInZone('2021-01-20T10:30', 'UTC')?.toISOString()).toBe('2021-01-20T10:30:00.000Z');
    // Paris is on summer time (+02:00) after 28 March 2021.
    expect(instantInZone('2021-03-29T08:00', 'Europe/Paris')?.toISOString()).toBe('2021-03-29T06:00:00.000Z');
    expect(instantInZone('', 'UTC')).toBeNull();
    expect(instantInZone('20.01.2021 10:30', 'UTC')).toBeNull();
  });
});
