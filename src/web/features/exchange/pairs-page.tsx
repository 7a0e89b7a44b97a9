import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PairStatus, ReviewPair } from '../../../server/exchange/reconciliation.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Pager } from '../../components/pager.js';
import { formatPercentNumber } from '../../lib/number-format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { decidePair } from './api/decide-pair.js';
import { getPairs, type PairsFilter, pairsFileUrl } from './api/get-pairs.js';
import { MatchWaterfall } from './components/match-waterfall.js';
import { PairRecords } from './components/pair-records.js';
import { useExchangeLabels } from './lib/labels.js';

const PAGE_SIZE = 20;
const STATUSES: readonly PairStatus[] = ['matched', 'confirmed', 'to_review', 'rejected'];

function usePairStatusLabel() {
  const { t } = useTranslation();
  const keys = {
    matched: t('exchangePairs.pairs.status_matched'),
    confirmed: t('exchangePairs.pairs.status_confirmed'),
    to_review: t('exchangePairs.pairs.status_to_review'),
    rejected: t('exchangePairs.pairs.status_rejected'),
  } satisfies Record<PairStatus, string>;
  return (status: PairStatus) => keys[status];
}

/** Reject an automatic match (or confirm a rejected or open one), with a note: kept as a decision like any other. */
function PairActions({ pair, onChanged }: { pair: ReviewPair; onChanged: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'confirmed' | 'rejected') => {
    setBusy(true);
    setError(null);
    try {
      await decidePair(pair.id, { decision, note: note.trim(), version: pair.version });
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pair-actions">
      {error !== null && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor={`note-${pair.id}`}>{t('exchangePairs.pairs.rejectNote')}</label>
        <input id={`note-${pair.id}`} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="form-actions">
        {pair.status !== 'rejected' && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => decide('rejected')}
            data-testid="reject-pair"
          >
            {t('exchangePairs.pairs.reject')}
          </button>
        )}
        {pair.status !== 'confirmed' && pair.status !== 'matched' && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => decide('confirmed')}
          >
            {t('exchangePairs.pairs.confirm')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Every pair of a run: searched by name, filtered by status, each with the engine's reasons; CSV and XLSX. */
export function PairsPage() {
  const { t, i18n } = useTranslation();
  const { runId = '' } = useParams();
  const labels = useExchangeLabels();
  const statusLabel = usePairStatusLabel();
  const [typed, setTyped] = useState('');
  const [filter, setFilter] = useState<PairsFilter>({ q: '', status: null });
  const [offset, setOffset] = useState(0);
  const pairs = useApiQuery(
    (signal) => getPairs(runId, { ...filter, offset, limit: PAGE_SIZE }, signal),
    [runId, filter.q, filter.status, offset],
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setFilter({ ...filter, q: typed.trim() });
  };

  return (
    <div className="page" data-testid="run-pairs">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/exchange/reconciliations/${encodeURIComponent(runId)}`}>{t('exchange.runs.back')}</Link>
        </p>
        <h1>{t('exchangePairs.pairs.title')}</h1>
        <p className="muted">{t('exchangePairs.pairs.intro')}</p>
      </header>
      <form className="form-grid" onSubmit={search}>
        <div className="field">
          <label htmlFor="pairs-q">{t('exchangePairs.pairs.search')}</label>
          <input
            id="pairs-q"
            name="q"
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="pairs-status">{t('exchangePairs.pairs.status')}</label>
          <select
            id="pairs-status"
            name="status"
            value={filter.status ?? ''}
            onChange={(event) => {
              setOffset(0);
              setFilter({ ...filter, status: (event.target.value || null) as PairStatus | null });
            }}
          >
            <option value="">{t('exchangePairs.pairs.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
                {pairs.data ? ` (${pairs.data.counts[status]})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t('exchangePairs.pairs.search')}
          </button>
          <a
            className="button-secondary button-as-link"
            href={pairsFileUrl(runId, 'csv', filter, i18n.language)}
            download
          >
            {t('exchangePairs.pairs.downloadCsv')}
          </a>
          <a
            className="button-secondary button-as-link"
            href={pairsFileUrl(runId, 'xlsx', filter, i18n.language)}
            download
          >
            {t('exchangePairs.pairs.downloadXlsx')}
          </a>
        </div>
      </form>
      {pairs.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {pairs.status === 'error' && <ErrorMessage error={pairs.error} onRetry={pairs.reload} />}
      {pairs.status === 'success' && (
        <>
          <p data-testid="pairs-total">{t('exchangePairs.pairs.count', { count: pairs.data.total })}</p>
          {pairs.data.items.length === 0 && <p className="muted">{t('exchangePairs.pairs.none')}</p>}
          {pairs.data.items.map((pair) => (
            <article
              key={pair.id}
              className="card review-pair"
              data-testid="run-pair"
              data-status={pair.status}
            >
              <h2 dir="auto">
                {t('exchange.review.pairHeading', {
                  left: pair.missing.displayName,
                  right: pair.held.displayName,
                })}
              </h2>
              <p>
                <span className={`badge pair-${pair.status}`} data-testid="pair-status">
                  {statusLabel(pair.status)}
                </span>{' '}
                {t('exchange.review.probability', {
                  percent: formatPercentNumber(pair.probability, i18n.language),
                })}
                {pair.decision && (
                  <span className="muted">
                    {' '}
                    — {labels.decision(pair.decision.decision)}, {pair.decision.decidedBy}
                    {pair.decision.note ? `: ${pair.decision.note}` : ''}
                  </span>
                )}
              </p>
              <PairRecords missing={pair.missing} held={pair.held} />
              {pair.explanation ? (
                <details className="explanation">
                  <summary>{t('exchange.review.why')}</summary>
                  <MatchWaterfall explanation={pair.explanation} />
                </details>
              ) : (
                <p className="muted">{t('exchangePairs.pairs.confirmedByPerson')}</p>
              )}
              <PairActions pair={pair} onChanged={pairs.reload} />
            </article>
          ))}
          <Pager offset={offset} limit={PAGE_SIZE} total={pairs.data.total} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
