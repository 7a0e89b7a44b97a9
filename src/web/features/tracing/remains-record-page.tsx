import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { todayIso } from '../../lib/today.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { getEvents } from '../exchange/api/get-events.js';
import { getCases } from './api/get-cases.js';
import { getRemains } from './api/get-remains.js';
import { ExchangeTransferForm } from './components/exchange-transfer-form.js';
import { HandoverForm } from './components/handover-form.js';
import { IdentificationForm } from './components/identification-form.js';
import { useTracingLabels } from './lib/labels.js';

/**
 * One set of remains: the recovery, what was found with them, where identification stands with every step of it,
 * and the case it resolves. The party holding them (or the coordinator) records an identification step; the
 * coordinator records a handover.
 */
export function RemainsRecordPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const labels = useTracingLabels();
  const partyName = usePartyNames();
  const { user } = useCurrentUser();
  const { remainsId = '' } = useParams();
  const remains = useApiQuery((signal) => getRemains(remainsId, signal), [remainsId]);
  const cases = useApiQuery((signal) => getCases(signal), []);
  const coordinator = user.role === 'coordinator';
  const parties = useApiQuery((signal) => getParties(signal), []);
  const events = useApiQuery(
    (signal) => (coordinator ? getEvents(signal) : Promise.resolve([])),
    [coordinator],
  );
  if (remains.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (remains.status === 'error') return <ErrorMessage error={remains.error} onRetry={remains.reload} />;
  const r = remains.data;
  const mayIdentify = coordinator || (user.role === 'liaison' && user.partyId === r.heldByPartyId);
  const row = (label: string, value: string | null, testId?: string) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd dir="auto" data-testid={testId}>
          {value}
        </dd>
      </div>
    ) : null;
  return (
    <div className="page" data-testid="tracing-remains-record">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/tracing/remains">{t('tracing.remains.title')}</Link>
        </p>
        <h1>{r.reference}</h1>
        <p>
          {t('tracing.remains.identification')}:{' '}
          <strong data-testid="remains-identification">{labels.identification(r.identification)}</strong>
          {r.method && ` (${labels.method(r.method)})`}
        </p>
      </header>
      <section className="card">
        <h2>{t('tracing.remainsRecord.recovery')}</h2>
        <dl className="facts">
          {row(t('tracing.remains.recoveredOn'), dates.date(r.recoveredOn))}
          {row(
            t('tracing.remains.recoveredPlace'),
            `${r.recoveredPlace} (${labels.placePrecision(r.placePrecision)})`,
          )}
          {row(
            t('tracing.remainsRecord.coordinates'),
            r.latitude !== null && r.longitude !== null ? `${r.latitude}, ${r.longitude}` : null,
          )}
          {row(t('tracing.remainsForm.recoveredBy'), r.recoveredBy)}
          {row(t('tracing.remains.recoveredByParty'), partyName(r.recoveredByPartyId))}
          {row(t('tracing.remains.heldBy'), partyName(r.heldByPartyId), 'remains-held-by')}
          {row(
            t('tracing.remainsRecord.repatriatedOn'),
            r.repatriatedOn ? dates.date(r.repatriatedOn) : null,
          )}
        </dl>
      </section>
      <section className="card">
        <h2>{t('tracing.remainsForm.foundWith')}</h2>
        <dl className="facts">
          {row(t('tracing.remainsForm.documents'), r.foundWithDocuments)}
          {row(t('tracing.remainsForm.documentName'), r.documentName)}
          {row(t('tracing.remainsForm.tokens'), r.foundWithTokens)}
          {row(t('tracing.remainsForm.clothing'), r.clothingNotes)}
          {row(
            t('tracing.remainsForm.sex'),
            r.sex === 'm' ? t('tracing.form.male') : r.sex === 'f' ? t('tracing.form.female') : null,
          )}
        </dl>
      </section>
      {r.case && (
        <section className="card" data-testid="remains-case">
          <h2>{t('tracing.remainsRecord.resolves')}</h2>
          <p>
            <Link to={`/tracing/cases/${encodeURIComponent(r.case.id)}`}>{r.case.reference}</Link> ·{' '}
            <span dir="auto">{r.case.displayName}</span>
          </p>
        </section>
      )}
      <section className="card">
        <h2>{t('tracing.remainsRecord.history')}</h2>
        <ol data-testid="identification-history">
          {r.history.map((h) => (
            <li key={h.id}>
              {dates.date(h.on)} — {labels.identification(h.status)}
              {h.method && ` (${labels.method(h.method)})`}
              {h.note && ` · ${h.note}`} ({h.by})
            </li>
          ))}
        </ol>
      </section>
      {r.transfers.length > 0 && (
        <section className="card" data-testid="remains-transfers">
          <h2>{t('tracing.remainsRecord.transfers')}</h2>
          <ul>
            {r.transfers.map((tr) => (
              <li key={tr.id}>
                {t('tracing.remainsRecord.transferTo', {
                  date: dates.date(tr.eventDate),
                  place: tr.eventPlace,
                  party: partyName(tr.toPartyId),
                })}{' '}
                ({labels.transferState(tr.state)})
              </li>
            ))}
          </ul>
        </section>
      )}
      {mayIdentify && (
        <section className="card">
          <h2>{t('tracing.remainsRecord.identify')}</h2>
          <IdentificationForm
            key={`${r.id}:${r.history.length}`}
            remains={r}
            cases={(cases.data?.items ?? []).filter((c) => c.status !== 'closed')}
            today={todayIso()}
            onSaved={remains.reload}
          />
        </section>
      )}
      {coordinator && events.status === 'success' && (
        <section className="card">
          <h2>{t('tracing.remainsRecord.putInExchange')}</h2>
          <ExchangeTransferForm
            key={`${r.id}:${r.transfers.length}`}
            remains={r}
            events={events.data}
            onSaved={() => {
              remains.reload();
              events.reload();
            }}
          />
        </section>
      )}
      {coordinator && parties.data && (
        <section className="card">
          <h2>{t('tracing.remainsRecord.handover')}</h2>
          <HandoverForm
            key={`${r.id}:${r.heldByPartyId}`}
            remains={r}
            parties={parties.data}
            events={events.data ?? []}
            today={todayIso()}
            onSaved={remains.reload}
          />
        </section>
      )}
    </div>
  );
}
