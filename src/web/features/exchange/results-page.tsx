import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { discrepancyReportFileUrl } from './api/get-discrepancy-report.js';
import { getReconciliations } from './api/get-reconciliations.js';
import { getRunResults, getRunResultsSection } from './api/get-run-results.js';
import { RunSideResults } from './components/run-results.js';

/**
 * A liaison's results: its own people as the last run the coordinator shared with its party found them (located,
 * to confirm, not located), and the report for its side. Never the other party's claims: the API sends one side.
 */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const results = useApiQuery(async (signal) => {
    const shared = (await getReconciliations(signal)).filter((run) => run.status === 'done' && run.sharedAt);
    const latest = shared[0];
    return latest ? { run: latest, results: await getRunResults(latest.id, signal) } : null;
  }, []);

  const sharedRunId = results.data?.run.id ?? '';
  return (
    <div className="page" data-testid="liaison-results">
      <header className="page-header">
        <h1>{t('exchangePairs.results.title')}</h1>
        <p className="muted">{t('exchangePairs.results.intro')}</p>
      </header>
      {results.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {results.status === 'error' && <ErrorMessage error={results.error} onRetry={results.reload} />}
      {results.status === 'success' &&
        (results.data === null ? (
          <p className="muted" data-testid="results-none">
            {t('exchangePairs.results.none')}
          </p>
        ) : (
          <>
            <p data-testid="results-run">
              {t('exchangePairs.results.run', { date: dates.dateTime(results.data.run.startedAt) })}
            </p>
            <div className="form-actions">
              <a
                className="button-secondary button-as-link"
                href={discrepancyReportFileUrl('pdf', null, i18n.language)}
                download
              >
                {t('exchangePairs.results.downloadPdf')}
              </a>
              <a
                className="button-secondary button-as-link"
                href={discrepancyReportFileUrl('xlsx', null, i18n.language)}
                download
              >
                {t('exchangePairs.results.downloadXlsx')}
              </a>
            </div>
            {results.data.results.report.sides.map((side) => (
              <RunSideResults
                key={side.partyId}
                side={side}
                more={(section, offset) => getRunResultsSection(sharedRunId, side.partyId, section, offset)}
              />
            ))}
          </>
        ))}
    </div>
  );
}
