import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarParts, displayTimeZone, zonedParts } from './format-date.js';
import { useSession } from './session.js';

// Month names and the date pattern come from the catalogues, not from Intl: browsers ship partial locale data
// (Chromium has no Armenian month names and no Azerbaijani long date pattern).
const MONTH_KEYS = [
  'common.date.january',
  'common.date.february',
  'common.date.march',
  'common.date.april',
  'common.date.may',
  'common.date.june',
  'common.date.july',
  'common.date.august',
  'common.date.september',
  'common.date.october',
  'common.date.november',
  'common.date.december',
] as const;

const twoDigits = (value: number) => String(value).padStart(2, '0');

export interface DateFormat {
  /** The zone times are shown in: the signed-in user's, else the browser's. */
  timeZone: string;
  /** A calendar date (`YYYY-MM-DD`), the same day in every zone. */
  date(isoDate: string): string;
  /** An instant (ISO 8601 with time), in the reader's zone. */
  dateTime(isoInstant: string): string;
}

export function useDateFormat(): DateFormat {
  const { t } = useTranslation();
  const { state } = useSession();
  const timeZone = displayTimeZone(state.status === 'signedIn' ? state.session.user.timeZone : null);
  // One object per language and zone, so that a memo or effect that depends on it (a chart's labels) does not run
  // again on every render.
  return useMemo(() => {
    const long = (year: number, month: number, day: number) =>
      t('common.date.long', { day, month: t(MONTH_KEYS[month - 1]), year });
    return {
      timeZone,
      date(isoDate: string) {
        const parts = calendarParts(isoDate);
        return parts ? long(parts.year, parts.month, parts.day) : isoDate;
      },
      dateTime(isoInstant: string) {
        const millis = Date.parse(isoInstant);
        if (Number.isNaN(millis)) return isoInstant;
        const parts = zonedParts(millis, timeZone);
        return t('common.date.withTime', {
          date: long(parts.year, parts.month, parts.day),
          time: `${twoDigits(parts.hour)}:${twoDigits(parts.minute)}`,
        });
      },
    };
  }, [t, timeZone]);
}
