import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { todayIso } from '../../lib/today.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { bulletinPdfUrl, getBulletin, getPlaces } from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';

/** The daily bulletin of the corridor: a day's figures on the page, and as one page of PDF in each language. */
export function BulletinPage() {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const [date, setDate] = useState(() => todayIso());
  const data = useApiQuery(
    async (signal) => {
      const [bulletin, places] = await Promise.all([getBulletin(date, signal), getPlaces(signal)]);
      return { bulletin, places };
    },
    [date],
  );
  const number = (n: number) => n.toLocaleString(labels.language, { maximumFractionDigits: 1 });
  return (
    <div className="page" data-testid="corridor-bulletin">
      <header className="page-header">
        <h1>{t('corridor.bulletin.title')}</h1>
      </header>
      <div className="card form-grid">
        <label>
          {t('corridor.bulletin.date')}
          <input
            type="date"
            name="date"
            value={date}
            onChange={(event) => event.target.value && setDate(event.target.value)}
          />
        </label>
        <div>
          <p>{t('corridor.bulletin.pdf')}</p>
          <p className="form-actions">
            {LANGUAGES.map((language) => (
              <a
                key={language}
                href={bulletinPdfUrl(date, language)}
                download
                data-testid={`bulletin-pdf-${language}`}
              >
                {t(`common.language.${language}`)}
              </a>
            ))}
          </p>
        </div>
      </div>
      {data.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {data.status === 'success' && (
        <section className="card" data-testid="bulletin-figures">
          <h2>{dates.date(data.data.bulletin.date)}</h2>
          <dl className="facts">
            <dt>{t('corridor.bulletin.posts')}</dt>
            <dd>{number(data.data.bulletin.posts.total)}</dd>
            <dt>{t('corridor.bulletin.movements')}</dt>
            <dd>
              {data.data.bulletin.movements.escorted.length === 0
                ? t('corridor.bulletin.none')
                : data.data.bulletin.movements.escorted
                    .map(
                      (m) =>
                        `${m.reference} (${labels.place(
                          data.data.places.find((p) => p.id === m.fromPlaceId),
                          m.fromPlaceId,
                        )} → ${labels.place(
                          data.data.places.find((p) => p.id === m.toPlaceId),
                          m.toPlaceId,
                        )})`,
                    )
                    .join('; ')}
            </dd>
            <dt>{t('corridor.bulletin.cargoThatDay')}</dt>
            <dd>
              {t('corridor.bulletin.tonnes', { tonnes: number(data.data.bulletin.cargo.tonnesThatDay) })}
            </dd>
            <dt>{t('corridor.bulletin.cargoInTotal')}</dt>
            <dd>
              {t('corridor.bulletin.tonnes', { tonnes: number(data.data.bulletin.cargo.tonnesInTotal) })}
            </dd>
            <dt>{t('corridor.returns.daily')}</dt>
            <dd>{number(data.data.bulletin.returns.thatDay.individuals)}</dd>
            <dt>{t('corridor.returns.cumulative')}</dt>
            <dd data-testid="bulletin-returns-total">
              {number(data.data.bulletin.returns.inTotal.individuals)}
            </dd>
            {data.data.bulletin.incidents !== null && (
              <>
                <dt>{t('corridor.bulletin.incidents')}</dt>
                <dd>{number(data.data.bulletin.incidents.length)}</dd>
              </>
            )}
          </dl>
        </section>
      )}
    </div>
  );
}
