import { describe, expect, it } from 'vitest';
import { compareDates } from './date-agreement.js';

describe('compareDates', () => {
  it.each([
    [{ year: 1990, month: 5, day: 3 }, { year: 1990, month: 5, day: 3 }, 'exact'],
    [{ year: 1990, month: 5, day: 3 }, { year: 1990, month: 3, day: 5 }, 'dayMonthSwap'],
    [{ year: 1990 }, { year: 1990, month: 3, day: 5 }, 'yearOnlyEqual'],
    [{ year: 1990, month: 3 }, { year: 1990, month: 3, day: 5 }, 'partialEqual'],
    [{ year: 1990, month: 3, day: 5 }, { year: 1991, month: 3, day: 5 }, 'yearOffByOne'],
    [{ year: 1990 }, { year: 1989 }, 'yearOnlyOffByOne'],
    [{ year: 1990 }, { year: 1991, month: 3, day: 5 }, 'yearOnlyOffByOne'],
    [{ year: 1990, month: 3 }, { year: 1991, month: 3, day: 5 }, 'yearOffByOne'],
    [{ year: 1990, month: 3 }, { year: 1990, month: 4, day: 5 }, 'sameYear'],
    [{ year: 1990, month: 3, day: 5 }, { year: 1990, month: 3, day: 15 }, 'oneComponentDiffers'],
    [{ year: 1990, month: 3, day: 5 }, { year: 1990, month: 7, day: 15 }, 'sameYear'],
    [{ year: 1990, month: 3, day: 5 }, { year: 1992, month: 7, day: 15 }, 'yearWithinTwo'],
    [{ year: 1990, month: 3, day: 5 }, { year: 1970, month: 7, day: 15 }, 'different'],
    [undefined, { year: 1970 }, 'missing'],
    [{ month: 3, day: 5 }, { year: 1970 }, 'missing'],
    // 01.01.YYYY stands for "born in YYYY": against another day it says the year only.
    [{ year: 2001, month: 1, day: 1 }, { year: 2001, month: 8, day: 23 }, 'yearOnlyEqual'],
    [{ year: 2001, month: 1, day: 1 }, { year: 2000, month: 8, day: 23 }, 'yearOnlyOffByOne'],
    // Two placeholders agree on the year only: two lists that did not know the day do not make a birthday.
    [{ year: 2001, month: 1, day: 1 }, { year: 2001, month: 1, day: 1 }, 'yearOnlyEqual'],
    [{ year: 2001, month: 1, day: 1 }, { year: 2002, month: 1, day: 1 }, 'yearOnlyOffByOne'],
  ])('%o vs %o is %s, both ways', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
    expect(compareDates(b, a)).toBe(expected);
  });
});
