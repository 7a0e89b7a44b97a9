import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getEvents } from './api/get-events.js';
import { useExchangeLabels } from './lib/labels.js';

export function EventsPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const dates = useDateFormat();
  const events = useApiQuery(getEvents, []);
  return (
    <div className="page" data-testid="exchange-events">
      <header className="page-header">
        <h1>{t('exchange.events.title')}</h1>
      </header>
      {events.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {events.status === 'error' && <ErrorMessage error={events.error} onRetry={events.reload} />}
      {events.status === 'success' &&
        (events.data.length === 0 ? (
          <p className="muted">{t('exchange.events.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('exchange.events.count', { count: events.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.events.date')}</th>
                  <th scope="col">{t('exchange.events.place')}</th>
                  <th scope="col">{t('exchange.events.persons')}</th>
                  <th scope="col">{t('exchangeEvent.stageColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.map((event) => (
                  <tr key={event.id} data-testid="event-row">
                    <td data-label={t('exchange.events.date')}>
                      <Link to={`/exchange/events/${encodeURIComponent(event.id)}`}>
                        {dates.date(event.date)}
                      </Link>
                    </td>
                    <td data-label={t('exchange.events.place')}>
                      {event.place} · {labels.placeKind(event.placeKind)}
                    </td>
                    <td data-label={t('exchange.events.persons')}>{event.persons.length}</td>
                    <td
                      data-label={t('exchangeEvent.stageColumn')}
                      data-testid="event-row-status"
                      data-status={event.status}
                    >
                      {labels.eventStatus(event.status)}
                      {event.status === 'planned' && (
                        <span className="muted">
                          {' · '}
                          {t('exchange.events.confirmations', { count: event.confirmations.length })}
                        </span>
                      )}
                      {event.status === 'carried_out' && (
                        <span className="muted">
                          {' · '}
                          {t('exchange.events.confirmations', { count: event.outcomeConfirmations.length })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
