import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../server/exchange/reconciliation.schemas.js';
import { useExchangeLabels } from '../lib/labels.js';

/** A run's status and its progress bar while it works (its counts, once done, are the run's results). */
export function RunProgress({ run }: { run: Reconciliation }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const { done, total, phase } = run.progress;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="run-progress" data-testid="run-progress" data-status={run.status}>
      <p>
        <span className={`badge run-${run.status}`} data-testid="run-status">
          {labels.runStatus(run.status)}
        </span>
      </p>
      {(run.status === 'queued' || run.status === 'running') && (
        <p>
          <progress max={total || 1} value={done} aria-label={t('exchange.runs.progress')} />{' '}
          {t('exchange.runs.progressText', { percent, done, total, phase })}
        </p>
      )}
      {run.status === 'failed' && (
        <p className="alert alert-error" role="alert">
          {t('exchange.runs.failed')}
        </p>
      )}
    </div>
  );
}
