import type { PartialDate } from '../records/types.js';

/** How two partial dates agree, from strongest to weakest evidence. */
export type DateAgreement =
  | 'missing'
  | 'exact'
  | 'dayMonthSwap'
  | 'partialEqual'
  | 'yearOffByOne'
  | 'oneComponentDiffers'
  | 'sameYear'
  | 'yearWithinTwo'
  | 'different';

/** 1 January: what lists write for a date of which only the year is known (01.01.YYYY). */
function isPlaceholder(date: PartialDate): boolean {
  return date.month === 1 && date.day === 1;
}

export function compareDates(first: PartialDate | undefined, second: PartialDate | undefined): DateAgreement {
  if (first?.year === undefined || second?.year === undefined) return 'missing';
  // A placeholder against another day of the year says only the year.
  const placeholders = Number(isPlaceholder(first)) + Number(isPlaceholder(second));
  const year = { first: first.year, second: second.year };
  const a: PartialDate = placeholders === 1 && isPlaceholder(first) ? { year: year.first } : first;
  const b: PartialDate = placeholders === 1 && isPlaceholder(second) ? { year: year.second } : second;
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
  if (yearDelta === 0 && monthEqual && dayEqual) return 'partialEqual';
  if (yearDelta === 1 && monthEqual && dayEqual) return 'yearOffByOne';
  if (fullA && fullB) {
    const differing = (yearDelta === 0 ? 0 : 1) + (a.month === b.month ? 0 : 1) + (a.day === b.day ? 0 : 1);
    if (differing === 1) return 'oneComponentDiffers';
  }
  if (yearDelta === 0) return 'sameYear';
  if (yearDelta <= 2) return 'yearWithinTwo';
  return 'different';
}
