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

/** A moment (ISO 8601 with time) in the reader's language and time zone. */
export function formatDateTime(iso: string, language: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );
}

/** A calendar date (ISO `YYYY-MM-DD`), which has no time zone: shown as that same day everywhere. */
export function formatCalendarDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Milliseconds that `timeZone` is ahead of UTC at the instant `utcMillis`. */
function zoneOffset(utcMillis: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMillis));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return asUtc - Math.floor(utcMillis / 1000) * 1000;
}

/** The UTC instant at which calendar day `isoDate` (plus `addDays`) begins in `timeZone`. */
export function startOfDayInZone(isoDate: string, timeZone: string, addDays = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const localMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  const firstGuess = localMidnight - zoneOffset(localMidnight, timeZone);
  // A second pass corrects the guess when a daylight-saving change falls between the two instants.
  return new Date(localMidnight - zoneOffset(firstGuess, timeZone));
}
