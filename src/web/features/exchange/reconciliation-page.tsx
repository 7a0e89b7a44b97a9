import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePolling } from '../../lib/use-polling.js';
import { getReconciliation } from './api/get-reconciliation.js';
import { getRunResults, getRunResultsSection } from './api/get-run-results.js';
import { shareReconciliation } from './api/share-reconciliation.js';
import { RunProgress } from './components/run-progress.js';
import { RunSideResults } from './components/run-results.js';

/** One run: progress while the job works (polled), then its counts, the way to the review queue, and sharing. */
export function ReconciliationPage() {
  const { t } = useTranslation();
  const { runId = '' } = useParams();
  const { user } = useCurrentUser();
  const dates = useDateFormat();
  const run = useApiQuery((signal) => getReconciliation(runId, signal), [runId]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const working = run.data?.status === 'queued' || run.data?.status === 'running';
  usePolling(working, 1000, run.reload);
  const done = run.data?.status === 'done';
  // The run's counts are its results: the discrepancy report's one computation, every decision so far.
  const results = useApiQuery(
    (signal) => (done ? getRunResults(runId, signal) : Promise.resolve(null)),
    [runId, done],
  );

  if (run.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (run.status === 'error') return <ErrorMessage error={run.error} onRetry={run.reload} />;

  const share = async () => {
    setError(null);
    try {
      await shareReconciliation(runId);
      setNotice(t('exchange.runs.sharedNotice'));
      run.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="page" data-testid="reconciliation">
      <header className="page-header">
        <p className="eyebrow">
          {user.role === 'coordinator' ? (
            <Link to="/exchange/reconciliations">{t('exchange.runs.title')}</Link>
          ) : (
            <Link to="/exchange/results">{t('exchangePairs.results.title')}</Link>
          )}
        </p>
        <h1>{t('exchange.runs.runTitle', { date: dates.dateTime(run.data.startedAt) })}</h1>
        <p className="muted">{t('exchange.runs.startedBy', { name: run.data.startedBy })}</p>
      </header>
      {notice && <Notice>{notice}</Notice>}
      {error !== null && <ErrorMessage error={error} />}
      <RunProgress run={run.data} />
      {results.status === 'error' && <ErrorMessage error={results.error} onRetry={results.reload} />}
      {results.data?.pairs && (
        <dl className="run-counts" data-testid="run-counts">
          <dt>{t('exchangePairs.pairs.status_matched')}</dt>
          <dd data-testid="run-matched-count">{results.data.pairs.matched}</dd>
          <dt>{t('exchangePairs.pairs.status_confirmed')}</dt>
          <dd>{results.data.pairs.confirmed}</dd>
          <dt>{t('exchangePairs.pairs.status_to_review')}</dt>
          <dd data-testid="run-review-count">{results.data.pairs.to_review}</dd>
          <dt>{t('exchangePairs.pairs.status_rejected')}</dt>
          <dd data-testid="run-rejected-count">{results.data.pairs.rejected}</dd>
        </dl>
      )}
      {results.data?.report.sides.map((side) => (
        <RunSideResults
          key={side.partyId}
          side={side}
          more={(section, offset) => getRunResultsSection(runId, side.partyId, section, offset)}
        />
      ))}
      {run.data.status === 'done' && user.role === 'coordinator' && (
        <div className="form-actions">
          <Link
            className="button-primary button-as-link"
            to={`/exchange/reconciliations/${encodeURIComponent(runId)}/review`}
            data-testid="open-review"
          >
            {t('exchange.review.open')}
          </Link>
          <Link
            className="button-secondary button-as-link"
            to={`/exchange/reconciliations/${encodeURIComponent(runId)}/pairs`}
            data-testid="open-pairs"
          >
            {t('exchangePairs.pairs.open')}
          </Link>
          {run.data.sharedAt ? (
            <span className="muted">
              {t('exchange.runs.sharedOn', { date: dates.dateTime(run.data.sharedAt) })}
            </span>
          ) : (
            <button type="button" className="button-secondary" onClick={share}>
              {t('exchange.runs.share')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
