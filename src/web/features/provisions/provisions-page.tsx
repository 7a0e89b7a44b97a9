import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getAgreements } from '../agreement/api/get-agreements.js';
import { Localised } from '../agreement/components/localised.js';
import { getImplementation } from './api.js';
import { DEADLINE_STATE_KEYS, LEVEL_KEYS } from './labels.js';

async function load(signal: AbortSignal) {
  const [first] = await getAgreements(signal);
  return first ? getImplementation(first.id, signal) : null;
}

/** The agreement's provisions with their level, latest assessment and deadlines. */
export function ProvisionsPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const query = useApiQuery(load, []);
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const implementation = query.data;
  return (
    <div className="page" data-testid="provisions-page">
      <header className="page-header">
        <h1>{t('provisions.title')}</h1>
      </header>
      {implementation === null ? (
        <p className="muted">{t('agreement.noAgreement')}</p>
      ) : (
        <ol className="provision-status-list">
          {implementation.provisions.map((p) => (
            <li key={p.provisionId} className="card" data-testid="provision-row">
              <h2>
                <Link to={`/provisions/${p.provisionId}`}>
                  {t('provisions.pointNumber', { number: p.number })}
                </Link>{' '}
                <span className={`badge level-${p.level}`}>
                  {p.level} · {t(LEVEL_KEYS[p.level])}
                </span>
              </h2>
              <Localised as="p" text={p.text} />
              {p.latest && (
                <p className="muted">
                  {dates.date(p.latest.effectiveOn)} — {p.latest.rationale}
                </p>
              )}
              {p.deadlines.map((d) => (
                <p key={d.id}>
                  {dates.date(d.dueOn)} · <Localised text={d.description} />{' '}
                  <span className={`badge deadline-${d.state}`}>{t(DEADLINE_STATE_KEYS[d.state])}</span>
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
