import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchQueueItem } from '../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CursorPager } from '../../components/pager.js';
import { formatPercentNumber } from '../../lib/number-format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { MatchWaterfall } from '../exchange/components/match-waterfall.js';
import { getMatches } from './api/get-matches.js';
import { MatchDecision } from './components/match-decision.js';
import { useTracingLabels } from './lib/labels.js';

const PAGE_SIZE = 20;

/**
 * The coordinator's review queue for tracing: each case's candidates (a held-list entry of the other side, a person
 * of the exchange, remains found with documents, another case) with the engine's explanation, to confirm or reject.
 */
export function MatchesPage() {
  const { t, i18n } = useTranslation();
  const labels = useTracingLabels();
  const partyName = usePartyNames();
  const [offset, setOffset] = useState(0);
  const [decided, setDecided] = useState<MatchQueueItem | null>(null);
  const matches = useApiQuery((signal) => getMatches({ limit: PAGE_SIZE, offset }, signal), [offset]);
  const items = matches.data?.items ?? [];
  return (
    <div className="page" data-testid="tracing-matches">
      <header className="page-header">
        <h1>{t('tracing.matches.title')}</h1>
        <p className="muted">{t('tracing.matches.intro')}</p>
      </header>
      {decided && (
        <p className="alert alert-success" role="status" data-testid="match-decided">
          {decided.case.reference} · <span dir="auto">{decided.targetLabel}</span>:{' '}
          {t(decided.decision === 'confirmed' ? 'tracing.decision.confirmed' : 'tracing.decision.rejected')}
        </p>
      )}
      {matches.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {matches.status === 'error' && <ErrorMessage error={matches.error} onRetry={matches.reload} />}
      {matches.status === 'success' && items.length === 0 && offset === 0 && (
        <p className="muted">{t('tracing.matches.none')}</p>
      )}
      {items.map((m) => (
        <article
          key={m.id}
          className="card review-pair"
          data-testid="tracing-match"
          data-target-kind={m.targetKind}
          aria-labelledby={`match-${m.id}`}
        >
          <h2 id={`match-${m.id}`} dir="auto">
            {t('tracing.matches.heading', { case: m.case.displayName, target: m.targetLabel })}
          </h2>
          <p>
            {t('tracing.matches.probability', {
              percent: formatPercentNumber(m.probability, i18n.language),
            })}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('tracing.matches.case')}</dt>
              <dd>
                <Link to={`/tracing/cases/${encodeURIComponent(m.caseId)}`}>{m.case.reference}</Link> ·{' '}
                <span dir="auto">{m.case.displayName}</span>
                {m.case.person.birthDate && ` · ${m.case.person.birthDate}`} ·{' '}
                {partyName(m.case.openedByPartyId)}
              </dd>
            </div>
            <div>
              <dt>{t('tracing.matches.target')}</dt>
              <dd data-testid="match-target">
                {labels.target(m.targetKind)}
                {m.targetPartyId && ` (${partyName(m.targetPartyId)})`}:{' '}
                {m.targetKind === 'remains' ? (
                  <Link to={`/tracing/remains/${encodeURIComponent(m.targetId)}`} dir="auto">
                    {m.targetLabel}
                  </Link>
                ) : (
                  <span dir="auto">{m.targetLabel}</span>
                )}
              </dd>
            </div>
          </dl>
          {m.explanation ? (
            <details className="explanation" open>
              <summary>{t('tracing.matches.why')}</summary>
              <MatchWaterfall explanation={m.explanation} />
            </details>
          ) : (
            <p className="muted">{t('tracing.matches.noExplanation')}</p>
          )}
          <MatchDecision
            match={m}
            onDecided={(match) => {
              setDecided(match);
              matches.reload();
            }}
          />
        </article>
      ))}
      {matches.status === 'success' && (
        <CursorPager
          index={offset / PAGE_SIZE}
          limit={PAGE_SIZE}
          shown={items.length}
          hasNext={items.length === PAGE_SIZE}
          onPrevious={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          onNext={() => setOffset(offset + PAGE_SIZE)}
        />
      )}
    </div>
  );
}
