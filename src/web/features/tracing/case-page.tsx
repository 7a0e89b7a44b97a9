import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import type en from '../../i18n/locales/en.json';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePolling } from '../../lib/use-polling.js';
import { getCase } from './api/get-case.js';
import { CaseStatusForm } from './components/case-status-form.js';
import { useTracingLabels } from './lib/labels.js';

type Reason = keyof (typeof en)['tracing']['reason'];

/** One case: the person, where it stands, what it was found as, and its timeline (for those who see it whole). */
export function CasePage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const labels = useTracingLabels();
  const { caseId = '' } = useParams();
  const detail = useApiQuery((signal) => getCase(caseId, signal), [caseId]);
  // The engine searches in the background: the page asks again until the search has finished.
  const searching = detail.status === 'success' && ['queued', 'running'].includes(detail.data.matching.state);
  usePolling(searching, 1000, detail.reload);
  if (detail.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (detail.status === 'error') return <ErrorMessage error={detail.error} onRetry={detail.reload} />;
  const c = detail.data;
  return (
    <div className="page" data-testid="tracing-case">
      <header className="page-header">
        <h1>
          {c.reference} · <span lang="und">{c.displayName}</span>
        </h1>
        {c.visibility === 'full' && (
          <p>
            <a
              href={`/api/v1/tracing/cases/${encodeURIComponent(c.id)}/family-export`}
              download
              data-testid="family-export"
            >
              {t('tracing.cases.familyExport')}
            </a>
          </p>
        )}
      </header>
      <section className="card">
        <p data-testid="case-status">
          {t('tracing.cases.status')}: <strong>{t(`tracing.status.${c.status}`)}</strong>
          {c.aliveState && ` (${t(`tracing.alive.${c.aliveState}`)})`}
          {c.closeReason && ` (${labels.closeReason(c.closeReason)})`}
        </p>
        <p>
          {t('tracing.cases.sharing')}: {t(`tracing.sharing.${c.sharingLevel}`)}
        </p>
        <p data-testid="case-matching" data-state={c.matching.state}>
          {t('tracing.cases.matching')}: {t(`tracing.matching.${c.matching.state}`)}
        </p>
        {c.person.birthDate && (
          <p>
            {t('tracing.form.birthDate')}: {c.person.birthDate}
          </p>
        )}
        {c.enquirer && (
          <p>
            {t('tracing.form.enquirer')}: {c.enquirer.name} ({c.enquirer.relation})
          </p>
        )}
      </section>
      {c.foundAs.length > 0 && (
        <section className="card" data-testid="case-found-as">
          <h2>{t('tracing.cases.foundAs')}</h2>
          <ul>
            {c.foundAs.map((f) => (
              <li key={f.id}>
                {t(`tracing.target.${f.targetKind}`)}: <span lang="und">{f.targetLabel}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.remains.length > 0 && (
        <section className="card" data-testid="case-remains">
          <h2>{t('tracing.cases.remains')}</h2>
          <ul>
            {c.remains.map((r) => (
              <li key={r.id}>
                <Link to={`/tracing/remains/${encodeURIComponent(r.id)}`}>{r.reference}</Link>:{' '}
                {labels.identification(r.identification)}
                {r.method && ` (${labels.method(r.method)})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.events.length > 0 && (
        <section className="card">
          <h2>{t('tracing.cases.step')}</h2>
          <CaseStatusForm key={`${c.id}:${c.history.length}`} detail={c} onSaved={detail.reload} />
        </section>
      )}
      {c.history.length > 0 && (
        <section className="card">
          <h2>{t('tracing.cases.timeline')}</h2>
          <ol data-testid="case-timeline">
            {c.history.map((h) => (
              <li key={h.id}>
                {dates.dateTime(h.at)} — {t(`tracing.status.${h.toStatus}`)} ·{' '}
                {t(`tracing.reason.${h.reason as Reason}`)}
                {h.note && ` · ${h.note}`} ({h.by})
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
