import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { ApiError } from '../../lib/api-client.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { partyName } from '../provisions/labels.js';
import { AccountForm } from './account-form.js';
import { getIncident, getPlaces, putAccount, reviewIncident } from './api.js';
import {
  CASUALTY_KEYS,
  DIRECTION_KEYS,
  EXPLOSION_TYPE_KEYS,
  INCIDENT_EVENT_KEYS,
  INCIDENT_KIND_KEYS,
  INCIDENT_STATUS_KEYS,
  OBSERVATION_MODE_KEYS,
  PLACE_PRECISION_KEYS,
  SHOT_TYPE_KEYS,
  TIME_PRECISION_KEYS,
} from './labels.js';

/** One incident: each party's claim and the monitor's finding side by side, the review history and its steps. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const [refusal, setRefusal] = useState<string | null>(null);
  const query = useApiQuery(
    async (signal) => {
      const [detail, parties, places] = await Promise.all([
        getIncident(id, signal),
        getParties(signal),
        getPlaces(signal),
      ]);
      return { detail, parties, places };
    },
    [id],
  );
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { detail, parties, places } = query.data;
  const { incident } = detail;
  const name = (partyId: string | null) =>
    partyId ? partyName(parties, partyId, i18n.language) : t('incidents.monitor');
  const editable = incident.status !== 'published';
  // The account this reader gives: its party's claim, or (the coordinator) the monitor's finding.
  const own = detail.accounts.find((a) =>
    user.role === 'liaison' ? a.partyId === user.partyId : a.source === 'monitor',
  );

  return (
    <div className="page" data-testid="incident-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/incidents">{t('incidents.title')}</Link>
        </p>
        <h1>
          {t(INCIDENT_KIND_KEYS[incident.kind])} · {dates.dateTime(incident.occurredAt)}
        </h1>
        <p>
          <span className={`badge incident-${incident.status}`} data-testid="incident-status">
            {t(INCIDENT_STATUS_KEYS[incident.status])}
          </span>{' '}
          {incident.placeId}
        </p>
      </header>

      <section className="accounts" aria-label={t('incidents.accountsHeading')} data-testid="accounts">
        {detail.accounts.length === 0 && <p className="muted">{t('incidents.noAccountVisible')}</p>}
        {detail.accounts.map((a) => (
          <article key={a.id} className="card" data-testid={`account-${a.source}`}>
            <h2>
              {a.source === 'monitor'
                ? t('incidents.finding')
                : t('incidents.claimOf', { party: name(a.partyId) })}
            </h2>
            <p>
              {t(INCIDENT_KIND_KEYS[a.kind])} · {dates.dateTime(a.occurredAt)} · {a.place.placeId ?? ''}
              {a.place.latitude !== null && ` (${a.place.latitude}, ${a.place.longitude})`}
            </p>
            <dl className="account-details" data-testid="account-details">
              <dt>{t('incidents.field.timePrecision')}</dt>
              <dd>{t(TIME_PRECISION_KEYS[a.timePrecision])}</dd>
              <dt>{t('incidents.field.placePrecision')}</dt>
              <dd>{t(PLACE_PRECISION_KEYS[a.place.precision])}</dd>
              {a.explosionType && (
                <>
                  <dt>{t('incidents.field.explosionType')}</dt>
                  <dd>{t(EXPLOSION_TYPE_KEYS[a.explosionType])}</dd>
                </>
              )}
              {a.shotType && (
                <>
                  <dt>{t('incidents.field.shotType')}</dt>
                  <dd>{t(SHOT_TYPE_KEYS[a.shotType])}</dd>
                </>
              )}
              {(a.weapon || a.calibreMm !== undefined) && (
                <>
                  <dt>{t('incidents.field.weapon')}</dt>
                  <dd data-testid="account-weapon">
                    {[
                      a.weapon,
                      a.calibreMm !== undefined ? t('incidents.calibre', { mm: a.calibreMm }) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </dd>
                </>
              )}
              {a.count !== undefined && (
                <>
                  <dt>{t('incidents.field.count')}</dt>
                  <dd>{a.count}</dd>
                </>
              )}
              {a.observedBy && (
                <>
                  <dt>{t('incidents.field.observedBy')}</dt>
                  <dd>{t(OBSERVATION_MODE_KEYS[a.observedBy])}</dd>
                </>
              )}
              {(a.direction || a.distanceKm !== undefined) && (
                <>
                  <dt>{t('incidents.field.directionDistance')}</dt>
                  <dd>
                    {[
                      a.direction ? t(DIRECTION_KEYS[a.direction]) : null,
                      a.distanceKm !== undefined ? t('incidents.distance', { km: a.distanceKm }) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </dd>
                </>
              )}
            </dl>
            <p>{a.description}</p>
            {Object.keys(a.casualties).length > 0 && (
              <ul>
                {Object.entries(a.casualties).map(([category, count]) => (
                  <li key={category}>
                    {t(CASUALTY_KEYS[category as keyof typeof CASUALTY_KEYS])}: {count}
                  </li>
                ))}
              </ul>
            )}
            {a.actorPartyIds.length > 0 && (
              <p className="muted">
                {t('incidents.actors')}: {a.actorPartyIds.map(name).join(', ')}
              </p>
            )}
            {a.sources.length > 0 && (
              <p className="muted">
                {t('incidents.sources')}: {a.sources.join('; ')}
              </p>
            )}
          </article>
        ))}
      </section>

      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">{t('incidents.historyHeading')}</h2>
        <ol>
          {detail.history.map((h) => (
            <li key={`${h.at}-${h.toStatus}`}>
              {dates.dateTime(h.at)} · {t(INCIDENT_STATUS_KEYS[h.toStatus])} · {h.by}
              {h.note && ` — ${h.note}`}
            </li>
          ))}
        </ol>
        {detail.availableEvents.length > 0 && (
          <div className="button-row" data-testid="review-buttons">
            {detail.availableEvents.map((event) => (
              <button
                key={event}
                type="button"
                data-testid={`event-${event}`}
                onClick={async () => {
                  try {
                    await reviewIncident(id, { event, note: '' });
                    setRefusal(null);
                    query.reload();
                  } catch (error) {
                    setRefusal(error instanceof ApiError ? error.message : String(error));
                  }
                }}
              >
                {t(INCIDENT_EVENT_KEYS[event])}
              </button>
            ))}
          </div>
        )}
        {refusal && (
          <p className="field-error" role="alert">
            {refusal}
          </p>
        )}
      </section>

      {editable && (user.role === 'liaison' || user.role === 'coordinator') && (
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">
            {user.role === 'liaison' ? t('incidents.yourClaim') : t('incidents.recordFinding')}
          </h2>
          <AccountForm
            // A new account read back starts the form over from it.
            key={own ? `${own.id}-${own.recordedAt}` : 'none'}
            parties={parties}
            places={places}
            initial={own}
            submitLabel={t('common.buttons.save')}
            onSubmit={async (body) => {
              await putAccount(id, user.role === 'liaison' ? 'claim' : 'finding', body);
              query.reload();
            }}
          />
        </section>
      )}
    </div>
  );
}
