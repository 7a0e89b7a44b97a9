import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReviewDecision, ReviewShow } from '../../../server/exchange/reconciliation.schemas.js';
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
const SHOWS: readonly ReviewShow[] = ['open', 'decided', 'all'];
// Keys by position (event.code), so they work on an Armenian, Azerbaijani or Russian layout alike.
const DECISION_KEYS: Record<string, ReviewDecision> = {
  Digit1: 'confirmed',
  Numpad1: 'confirmed',
  Digit2: 'rejected',
  Numpad2: 'rejected',
  Digit3: 'unsure',
  Numpad3: 'unsure',
};

/** Whether a key press belongs to a field being typed in (a note), not to the queue's shortcuts. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

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
  const [show, setShow] = useState<ReviewShow>('open');
  const pages = useCursorPages(`${runId}:${show}`);
  const review = useApiQuery(
    (signal) => getReview(runId, { after: pages.after, limit: PAGE_SIZE, show }, signal),
    [runId, pages.after, show],
  );
  const [currentIndex, setCurrentIndex] = useState(0);
  const [quick, setQuick] = useState<{ pairId: string; decision: ReviewDecision; nonce: number } | null>(
    null,
  );
  const items = review.data?.items ?? [];
  const current = items[Math.min(currentIndex, Math.max(0, items.length - 1))];
  const keys = useRef({ items, current });
  keys.current = { items, current };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const { items: shown, current: pair } = keys.current;
      if (!pair) return;
      const decision = DECISION_KEYS[event.code];
      if (decision) {
        event.preventDefault();
        setQuick({ pairId: pair.id, decision, nonce: Date.now() });
      } else if (event.code === 'KeyN') {
        event.preventDefault();
        setCurrentIndex((index) => (index + 1 < shown.length ? index + 1 : 0));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the current pair is shown when it changes
  useEffect(() => {
    if (current) document.getElementById(`pair-${current.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current?.id]);
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
        <p className="muted" data-testid="review-keys">
          {t('exchangePairs.review.keys')}
        </p>
      </header>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="review-show">{t('exchangePairs.review.show')}</label>
          <select
            id="review-show"
            name="show"
            value={show}
            onChange={(event) => {
              setShow(event.target.value as ReviewShow);
              setCurrentIndex(0);
            }}
          >
            {SHOWS.map((value) => (
              <option key={value} value={value}>
                {
                  {
                    open: t('exchangePairs.review.show_open'),
                    decided: t('exchangePairs.review.show_decided'),
                    all: t('exchangePairs.review.show_all'),
                  }[value]
                }
              </option>
            ))}
          </select>
        </div>
      </div>
      {review.data && (
        <p data-testid="review-progress">
          {t('exchangePairs.review.progress', { open: review.data.open, decided: review.data.decided })}
        </p>
      )}
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
                className={pair.id === current?.id ? 'card review-pair review-current' : 'card review-pair'}
                data-testid="review-pair"
                data-current={pair.id === current?.id ? 'true' : undefined}
                aria-current={pair.id === current?.id ? 'true' : undefined}
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
                <DecisionForm
                  key={`${pair.id}:${pair.version}`}
                  pair={pair}
                  onChanged={review.reload}
                  quick={quick?.pairId === pair.id ? quick : null}
                />
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
