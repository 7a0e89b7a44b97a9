import type { PartialDate } from '../records/types.js';

/** How two partial dates agree, from strongest to weakest evidence. */
export type DateAgreement =
  | 'missing'
  | 'exact'
  | 'dayMonthSwap'
  | 'partialEqual'
  | 'yearOffByOne'
  | 'yearOnlyEqual'
  | 'oneComponentDiffers'
  | 'yearOnlyOffByOne'
  | 'sameYear'
  | 'yearWithinTwo'
  | 'different';

/** 1 January: what lists write for a date of which only the year is known (01.01.YYYY). */
export function isPlaceholder(date: PartialDate): boolean {
  return date.month === 1 && date.day === 1;
}

/**
 * How two dates agree. A year alone says far less than a day and a month: lists of conscripts born within a
 * few years of each other share a year in one pair of three, a day of the year in one of a few hundred. So
 * agreement that rests on the year only (one side gives the year alone, or a 1 January placeholder, or both
 * write the placeholder) has levels of its own, apart from dates whose day and month agree.
 */
export function compareDates(first: PartialDate | undefined, second: PartialDate | undefined): DateAgreement {
  if (first?.year === undefined || second?.year === undefined) return 'missing';
  // A placeholder says only the year, against another day of the year and against another placeholder.
  const a: PartialDate = isPlaceholder(first) ? { year: first.year } : first;
  const b: PartialDate = isPlaceholder(second) ? { year: second.year } : second;
  if (a.year === undefined || b.year === undefined) return 'missing';
  const fullA = a.month !== undefined && a.day !== undefined;
  const fullB = b.month !== undefined && b.day !== undefined;
  const yearDelta = Math.abs(a.year - b.year);
  const monthKnown = a.month !== undefined && b.month !== undefined;
  const dayKnown = a.day !== undefined && b.day !== undefined;
  const monthEqual = !monthKnown || a.month === b.month;
  const dayEqual = !dayKnown || a.day === b.day;
  if (fullA && fullB && yearDelta === 0 && a.month === b.month && a.day === b.day) return 'exact';
  if (fullA && fullB && yearDelta === 0 && a.day === b.month && a.month === b.day) return 'dayMonthSwap';
  if (monthKnown && monthEqual && dayEqual) {
    // The month (and the day where both give it) agrees: more than the year.
    if (yearDelta === 0) return 'partialEqual';
    if (yearDelta === 1) return 'yearOffByOne';
  }
  if (!monthKnown) {
    // One side gives the year alone: that is all there is to agree on.
    if (yearDelta === 0) return 'yearOnlyEqual';
    if (yearDelta === 1) return 'yearOnlyOffByOne';
  }
  if (fullA && fullB) {
    const differing = (yearDelta === 0 ? 0 : 1) + (a.month === b.month ? 0 : 1) + (a.day === b.day ? 0 : 1);
    if (differing === 1) return 'oneComponentDiffers';
  }
  if (yearDelta === 0) return 'sameYear';
  if (yearDelta <= 2) return 'yearWithinTwo';
  return 'different';
}
