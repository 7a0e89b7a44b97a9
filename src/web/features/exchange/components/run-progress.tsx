import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../../../server/exchange/reconciliation.schemas.js';
import { useExchangeLabels } from '../lib/labels.js';
import { usePartyNames } from '../lib/use-party-names.js';

/** A run's status, its progress bar while it works, and its counts once done. */
export function RunProgress({ run }: { run: Reconciliation }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
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
      {run.counts && (
        <dl className="run-counts" data-testid="run-counts">
          <dt>{t('exchange.runs.matched')}</dt>
          <dd>{run.counts.matched}</dd>
          <dt>{t('exchange.runs.toReview')}</dt>
          <dd data-testid="run-review-count">{run.counts.review}</dd>
          {run.counts.unmatched.map((side) => (
            <div key={`${side.partyId}:${side.kind}`} className="run-count-row">
              <dt>
                {side.kind === 'missing'
                  ? t('exchange.runs.unmatchedMissing', { party: partyName(side.partyId) })
                  : t('exchange.runs.unmatchedHeld', { party: partyName(side.partyId) })}
              </dt>
              <dd>{side.count}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
