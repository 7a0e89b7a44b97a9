import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ExchangeEvent } from '../../../server/exchange/events.schemas.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { confirmEvent } from './api/confirm-event.js';
import { getEvent, manifestUrl } from './api/get-event.js';
import { PersonName } from './components/person-name.js';
import { useExchangeLabels } from './lib/labels.js';
import { usePartyNames } from './lib/use-party-names.js';

/** Whether this user's side (its party, or the intermediary) still has to confirm the event. */
function mayConfirm(event: ExchangeEvent, role: string, partyId: string | null): boolean {
  if (event.complete) return false;
  if (role === 'coordinator') return !event.confirmations.some((c) => c.kind === 'coordinator');
  if (role === 'liaison' && partyId !== null && event.partyIds.includes(partyId))
    return !event.confirmations.some((c) => c.kind === 'party' && c.partyId === partyId);
  return false;
}

export function EventPage() {
  const { t, i18n } = useTranslation();
  const { eventId = '' } = useParams();
  const { user } = useCurrentUser();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const event = useApiQuery((signal) => getEvent(eventId, signal), [eventId]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (event.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (event.status === 'error') return <ErrorMessage error={event.error} onRetry={event.reload} />;
  const e = event.data;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const confirmed = await confirmEvent(e.id);
      setNotice(
        confirmed.complete ? t('exchange.events.completedNotice') : t('exchange.events.confirmedNotice'),
      );
      event.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const directions = e.partyIds.flatMap((from) =>
    e.partyIds
      .filter((to) => to !== from)
      .map((to) => ({
        from,
        to,
        persons: e.persons.filter((p) => p.fromPartyId === from && p.toPartyId === to),
      })),
  );

  return (
    <div className="page" data-testid="exchange-event">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/exchange/events">{t('exchange.events.title')}</Link>
        </p>
        <h1>
          {t('exchange.events.eventTitle', {
            date: dates.date(e.date),
            place: e.place,
            kind: labels.placeKind(e.placeKind),
          })}
        </h1>
        <p data-testid="event-state">
          {e.complete ? t('exchange.events.complete') : t('exchange.events.awaiting')}
        </p>
      </header>
      {notice && <Notice>{notice}</Notice>}
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        {mayConfirm(e, user.role, user.partyId) && (
          <button
            type="button"
            className="button-primary"
            onClick={confirm}
            disabled={busy}
            data-testid="confirm-event"
          >
            {t('exchange.events.confirm')}
          </button>
        )}
        <a className="button-secondary button-as-link" href={manifestUrl(e.id, i18n.language)} download>
          {t('exchange.events.manifest')}
        </a>
      </div>
      {directions.map((direction) => (
        <section key={`${direction.from}:${direction.to}`} className="card" data-testid="event-direction">
          <h2>
            {t('exchange.plan.direction', {
              count: direction.persons.length,
              from: partyName(direction.from),
              to: partyName(direction.to),
            })}
          </h2>
          <ul className="name-list">
            {direction.persons.map((person) => (
              <li key={person.id} dir="auto">
                <PersonName person={person} /> <span className="muted">({labels.status(person.status)})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t('exchange.events.confirmationsHeading')}</h2>
      <ul data-testid="event-confirmations">
        {e.confirmations.map((confirmation) => (
          <li key={`${confirmation.kind}:${confirmation.partyId ?? ''}`}>
            {t('exchange.events.confirmedBy', {
              side:
                confirmation.kind === 'coordinator'
                  ? t('exchange.events.intermediary')
                  : partyName(confirmation.partyId),
              by: confirmation.by,
              at: dates.dateTime(confirmation.at),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
