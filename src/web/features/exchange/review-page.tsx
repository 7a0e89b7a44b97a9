import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { Pager } from '../../components/pager.js';
import { formatPercentNumber } from '../../lib/number-format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { getReview } from './api/get-review.js';
import { DecisionForm } from './components/decision-form.js';
import { MatchWaterfall } from './components/match-waterfall.js';
import { PairRecords } from './components/pair-records.js';
import { useExchangeLabels } from './lib/labels.js';
import { markReviewShown, markReviewStart } from './lib/review-timing.js';

const PAGE_SIZE = 10;

/** The pairs between the thresholds, each with both records, the engine's explanation and a decision. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { runId = '' } = useParams();
  const labels = useExchangeLabels();
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    markReviewStart();
  }
  const pages = useCursorPages(runId);
  const review = useApiQuery(
    (signal) => getReview(runId, { after: pages.after, limit: PAGE_SIZE }, signal),
    [runId, pages.after],
  );
  const shown = review.status === 'success';
  useEffect(() => {
    if (shown) markReviewShown();
  }, [shown]);

  return (
    <div className="page" data-testid="review-queue">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/exchange/reconciliations/${encodeURIComponent(runId)}`}>{t('exchange.runs.back')}</Link>
        </p>
        <h1>{t('exchange.review.title')}</h1>
        <p className="muted">{t('exchange.review.intro')}</p>
      </header>
      {review.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {review.status === 'error' && <ErrorMessage error={review.error} onRetry={review.reload} />}
      {review.status === 'success' &&
        (review.data.total === 0 ? (
          <p className="muted">{t('exchange.review.none')}</p>
        ) : (
          <>
            <p data-testid="review-total">{t('exchange.review.count', { count: review.data.total })}</p>
            {review.data.items.map((pair) => (
              <article
                key={pair.id}
                className="card review-pair"
                data-testid="review-pair"
                aria-labelledby={`pair-${pair.id}`}
              >
                <h2 id={`pair-${pair.id}`} dir="auto">
                  {t('exchange.review.pairHeading', {
                    left: pair.missing.displayName,
                    right: pair.held.displayName,
                  })}
                </h2>
                <p>
                  {t('exchange.review.probability', {
                    percent: formatPercentNumber(pair.probability, i18n.language),
                  })}
                  {pair.decision && (
                    <span className="badge" data-testid="pair-decision">
                      {labels.decision(pair.decision.decision)}
                    </span>
                  )}
                </p>
                <PairRecords missing={pair.missing} held={pair.held} />
                {pair.explanation ? (
                  <details className="explanation" open>
                    <summary>{t('exchange.review.why')}</summary>
                    <MatchWaterfall explanation={pair.explanation} />
                  </details>
                ) : (
                  <p className="muted">{t('exchange.review.noExplanation')}</p>
                )}
                <DecisionForm key={pair.id} pair={pair} onChanged={review.reload} />
              </article>
            ))}
            <Pager
              offset={pages.index * PAGE_SIZE}
              limit={PAGE_SIZE}
              total={review.data.total}
              onChange={(offset) =>
                offset > pages.index * PAGE_SIZE && review.data.next
                  ? pages.next(review.data.next)
                  : pages.previous()
              }
            />
          </>
        ))}
    </div>
  );
}
