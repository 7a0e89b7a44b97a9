import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Incident } from '../../../server/incidents/incidents.schemas.js';
import type { Party } from '../../../server/routes/parties.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { partyName } from '../provisions/labels.js';
import { AccountForm } from './account-form.js';
import { getIncidents, getPlaces, getReviewQueue, reportIncident } from './api.js';
import { IncidentsMap } from './incidents-map.js';
import { INCIDENT_KIND_KEYS, INCIDENT_STATUS_KEYS } from './labels.js';

/** Incidents this reader may see; the coordinator's review queue, oldest first; a report form for the reporters. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const query = useApiQuery(
    async (signal) => {
      const [list, parties, queue, places] = await Promise.all([
        getIncidents(signal),
        getParties(signal),
        user.role === 'coordinator' ? getReviewQueue(signal) : Promise.resolve(null),
        getPlaces(signal),
      ]);
      return { list: list.items, parties, queue: queue?.items ?? null, places };
    },
    [user.role],
  );
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { list, parties, queue, places } = query.data;
  return (
    <div className="page" data-testid="incidents-page">
      <header className="page-header page-header-row">
        <h1>{t('incidents.title')}</h1>
        <a href="/api/v1/incidents.csv" download>
          {t('incidents.exportCsv')}
        </a>
      </header>
      {queue && (
        <section className="card" aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('incidents.queueHeading')}</h2>
          <IncidentTable items={queue} parties={parties} testId="review-queue" />
        </section>
      )}
      <section className="card" aria-labelledby="all-heading">
        <h2 id="all-heading">{t('incidents.allHeading')}</h2>
        <IncidentTable items={list} parties={parties} testId="incident-list" />
      </section>
      <section className="card" aria-labelledby="map-heading">
        <h2 id="map-heading">{t('incidents.mapHeading')}</h2>
        <IncidentsMap incidents={list} />
      </section>
      {(user.role === 'liaison' || user.role === 'coordinator') && (
        <section className="card" aria-labelledby="report-heading">
          <h2 id="report-heading">{t('incidents.reportHeading')}</h2>
          <AccountForm
            parties={parties}
            places={places}
            submitLabel={t('incidents.report')}
            onSubmit={async (body) => {
              const created = await reportIncident(body);
              navigate(`/incidents/${created.incident.id}`);
            }}
          />
        </section>
      )}
    </div>
  );
}

function IncidentTable({ items, parties, testId }: { items: Incident[]; parties: Party[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  if (items.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('incidents.field.occurredAt')}</th>
          <th scope="col">{t('incidents.kindHeading')}</th>
          <th scope="col">{t('incidents.field.place')}</th>
          <th scope="col">{t('incidents.reportedBy')}</th>
          <th scope="col">{t('incidents.statusHeading')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td>
              <Link to={`/incidents/${i.id}`}>{dates.dateTime(i.occurredAt)}</Link>
            </td>
            <td>{t(INCIDENT_KIND_KEYS[i.kind])}</td>
            <td>{i.placeId ?? ''}</td>
            <td>
              {i.reportingPartyId
                ? partyName(parties, i.reportingPartyId, i18n.language)
                : t('incidents.monitor')}
            </td>
            <td>
              <span className={`badge incident-${i.status}`}>{t(INCIDENT_STATUS_KEYS[i.status])}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
