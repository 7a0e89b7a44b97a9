/** The zone to show times in: the user's, else the browser's. */
export function displayTimeZone(userTimeZone: string | null | undefined): string {
  if (userTimeZone && isValidTimeZone(userTimeZone)) return userTimeZone;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of the instant `utcMillis` in `timeZone` (numbers only, so no locale data is needed). */
export function zonedParts(utcMillis: number, timeZone: string): DateParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMillis));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** A calendar date `YYYY-MM-DD` (no time zone: the same day everywhere). */
export function calendarParts(isoDate: string): Pick<DateParts, 'year' | 'month' | 'day'> | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The UTC instant at which calendar day `isoDate` (plus `addDays`) begins in `timeZone`. */
export function startOfDayInZone(isoDate: string, timeZone: string, addDays = 0): Date | null {
  const day = calendarParts(isoDate);
  if (!day || isoDate.length !== 10) return null;
  const localMidnight = Date.UTC(day.year, day.month - 1, day.day + addDays);
  const offsetAt = (utcMillis: number) => {
    const p = zonedParts(utcMillis, timeZone);
    return (
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(utcMillis / 1000) * 1000
    );
  };
  const firstGuess = localMidnight - offsetAt(localMidnight);
  // A second pass corrects the guess when a daylight-saving change falls between the two instants.
  return new Date(localMidnight - offsetAt(firstGuess));
}

/**
 * The UTC instant of a wall-clock reading `YYYY-MM-DDTHH:mm` (a datetime-local input's value) in `timeZone`; null
 * for anything else.
 */
export function instantInZone(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) return null;
  const offsetAt = (utcMillis: number) => {
    const p = zonedParts(utcMillis, timeZone);
    return (
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(utcMillis / 1000) * 1000
    );
  };
  return new Date(wall - offsetAt(wall - offsetAt(wall)));
}
