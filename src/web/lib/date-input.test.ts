import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './date-input.js';

describe('dates typed in the reader’s order', () => {
  it('shows a date day first, with each language’s separator', () => {
    expect(formatDateInput('2020-12-14', 'en')).toBe('14/12/2020');
    expect(formatDateInput('2020-12-14', 'ru')).toBe('14.12.2020');
    expect(formatDateInput('2020-12-14', 'hy')).toBe('14.12.2020');
    expect(formatDateInput('2020-12-14', 'az')).toBe('14.12.2020');
    expect(formatDateInput('', 'ru')).toBe('');
  });

  it('reads day first whatever the separator, and ISO dates', () => {
    expect(parseDateInput('14.12.2020')).toBe('2020-12-14');
    expect(parseDateInput('1/2/2021')).toBe('2021-02-01');
    expect(parseDateInput(' 02-04-1994 ')).toBe('1994-04-02');
    expect(parseDateInput('2020-12-14')).toBe('2020-12-14');
  });

  it('refuses what is not a day of the calendar, and US month-first dates past the 12th', () => {
    expect(parseDateInput('31.02.2020')).toBeNull();
    expect(parseDateInput('12/31/2020')).toBeNull();
    expect(parseDateInput('14.12.20')).toBeNull();
    expect(parseDateInput('yesterday')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });
});
