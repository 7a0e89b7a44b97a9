import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.js';
import { useDateFormat } from '../lib/use-date-format.js';
import { describeError } from './error-message.js';

function knownTimeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The zone every time in the app is shown in, saved for the user (PATCH /auth/me). */
export function TimeZoneSwitch() {
  const { t } = useTranslation();
  const { changeTimeZone } = useSession();
  const { timeZone } = useDateFormat();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="time-zone-switch">
      <label>
        {t('layout.timeZone')}{' '}
        <select
          name="timeZone"
          value={timeZone}
          onChange={(event) => {
            setError(null);
            changeTimeZone(event.target.value).catch(setError);
          }}
        >
          {knownTimeZones(timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      {error !== null && (
        <span className="field-error" role="alert">
          {describeError(error, t)}
        </span>
      )}
    </div>
  );
}
