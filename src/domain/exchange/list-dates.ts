import { formatPartialDate, type PartialDate, parsePartialDate } from '../../engine/index.js';
import type { ListField } from './list-fields.js';

/** The order of day, month and year in a file's dates written with numbers only (02.04.1994). */
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** A date of a list as read: the date, its ISO form, and whether its day and month could be swapped. */
export interface DateReading {
  date: PartialDate;
  iso: string;
  /** Day and month both 12 or less and different (02.04.1994): only the file's order says which is which. */
  ambiguous: boolean;
}

const TWO_NUMBERS_THEN_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;

function dateOf(year: number, month: number, day: number): PartialDate | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  return parsePartialDate(`${year}-${pad(month)}-${pad(day)}`) ?? null;
}

/**
 * Reads a date as written in a list whose numeric dates are in `order`: 02.04.1994 is 2 April in a DMY file and
 * 4 February in an MDY one; 1994.04.02 and 1994/04/02 are year first whatever the order; ISO dates, years and
 * year-months are read as the engine reads them. `null` for a value that is not a date.
 */
export function readListDate(value: string, order: DateOrder): DateReading | null {
  const text = value.trim();
  const numeric = TWO_NUMBERS_THEN_YEAR.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const [day, month] = order === 'mdy' ? [second, first] : [first, second];
    const date = dateOf(Number(numeric[3]), month, day);
    if (!date) return null;
    return { date, iso: formatPartialDate(date), ambiguous: first <= 12 && second <= 12 && first !== second };
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const date = dateOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? { date, iso: formatPartialDate(date), ambiguous: false } : null;
  }
  const date = parsePartialDate(text);
  return date ? { date, iso: formatPartialDate(date), ambiguous: false } : null;
}

/** The earliest birth year a list may give: older is a typing error (a person born before 1900 is not detained). */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Whether a date read for `field` can be true on `today` (ISO date): no date in the future (the earliest day a
 * partial date can mean is after today), no birth before 1900.
 */
export function isPlausibleDate(field: ListField, reading: DateReading, today: string): boolean {
  const { year, month, day } = reading.date;
  if (year === undefined) return true;
  if (field === 'birth_date' && year < EARLIEST_BIRTH_YEAR) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const earliest = `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  return earliest <= today;
}

/**
 * The value stored for a date: as written when the engine reads it as the file's order does (kept as written,
 * like every field), else its ISO form, so that the engine never reads 04/02/1994 of an MDY file as 4 February.
 */
export function storedDate(written: string, reading: DateReading): string {
  const engine = parsePartialDate(written);
  return engine && formatPartialDate(engine) === reading.iso ? written.trim() : reading.iso;
}
