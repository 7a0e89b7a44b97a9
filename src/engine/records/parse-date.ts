import type { PartialDate } from './types.js';

const ISO_FULL = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month?: number, day?: number): PartialDate | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Reads the date forms lists use: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY, DD.MM.YYYY, DD/MM/YYYY.
 * Returns `undefined` for an empty value and `null` for one that cannot be read.
 */
export function parsePartialDate(value: string | undefined): PartialDate | undefined | null {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let match = ISO_FULL.exec(text) ?? COMPACT.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = YEAR_MONTH.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]));
  match = YEAR.exec(text);
  if (match) return validDate(Number(match[1]));
  match = DAY_FIRST.exec(text);
  if (match) return validDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

export function formatPartialDate(date: PartialDate | undefined): string {
  if (date?.year === undefined) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
