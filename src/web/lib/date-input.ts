// Dates typed by hand in the reader's order, not the browser's: a native date input shows mm/dd/yyyy whenever the
// browser runs in US English, whatever the page's language. Every language of Parley writes the day first.

/** The separator each language writes between day, month and year. */
const SEPARATORS: Record<string, string> = { en: '/', ru: '.', hy: '.', az: '.' };

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` as the reader types it: `14/12/2020` (en), `14.12.2020` (ru, hy, az); anything else as it is. */
export function formatDateInput(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const separator = SEPARATORS[language] ?? '.';
  return [match[3], match[2], match[1]].join(separator);
}

/**
 * A typed date as `YYYY-MM-DD`: day first with `.`, `/` or `-` between (one or two digits for day and month, four for
 * the year), or `YYYY-MM-DD` itself. Null for anything else, or a day the calendar has not (31.02.2020).
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
