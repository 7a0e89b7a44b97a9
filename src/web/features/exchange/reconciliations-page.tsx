import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePolling } from '../../lib/use-polling.js';
import { getReconciliations } from './api/get-reconciliations.js';
import { startReconciliation } from './api/start-reconciliation.js';
import { useExchangeLabels } from './lib/labels.js';

export function ReconciliationsPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const dates = useDateFormat();
  const navigate = useNavigate();
  const runs = useApiQuery(getReconciliations, []);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const working = runs.data?.some((run) => run.status === 'queued' || run.status === 'running') ?? false;
  usePolling(working, 2000, runs.reload);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const run = await startReconciliation();
      navigate(`/exchange/reconciliations/${encodeURIComponent(run.id)}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <div className="page" data-testid="reconciliations">
      <header className="page-header page-header-row">
        <h1>{t('exchange.runs.title')}</h1>
        <button
          type="button"
          className="button-primary"
          onClick={start}
          disabled={busy}
          data-testid="start-run"
        >
          {t('exchange.runs.start')}
        </button>
      </header>
      <p className="muted">{t('exchange.runs.intro')}</p>
      {error !== null && <ErrorMessage error={error} />}
      {runs.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {runs.status === 'error' && <ErrorMessage error={runs.error} onRetry={runs.reload} />}
      {runs.status === 'success' &&
        (runs.data.length === 0 ? (
          <p className="muted">{t('exchange.runs.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('exchange.runs.count', { count: runs.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.runs.started')}</th>
                  <th scope="col">{t('exchange.runs.status')}</th>
                  <th scope="col">{t('exchange.runs.matched')}</th>
                  <th scope="col">{t('exchange.runs.toReview')}</th>
                  <th scope="col">{t('exchange.runs.shared')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.map((run) => (
                  <tr key={run.id}>
                    <td data-label={t('exchange.runs.started')}>
                      <Link to={`/exchange/reconciliations/${encodeURIComponent(run.id)}`}>
                        {dates.dateTime(run.startedAt)}
                      </Link>{' '}
                      · {run.startedBy}
                    </td>
                    <td data-label={t('exchange.runs.status')}>{labels.runStatus(run.status)}</td>
                    <td data-label={t('exchange.runs.matched')}>{run.counts?.matched ?? t('common.none')}</td>
                    <td data-label={t('exchange.runs.toReview')}>{run.counts?.review ?? t('common.none')}</td>
                    <td data-label={t('exchange.runs.shared')}>
                      {run.sharedAt ? dates.dateTime(run.sharedAt) : t('common.no')}
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
