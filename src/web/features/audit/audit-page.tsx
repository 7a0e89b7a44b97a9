import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { Pager } from '../../components/pager.js';
import { ApiError } from '../../lib/api-client.js';
import { startOfDayInZone } from '../../lib/format-date.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { type AuditFilter, getAudit } from './api/get-audit.js';
import { AuditFilters, type AuditFilterValues, EMPTY_FILTER } from './components/audit-filters.js';
import { AuditReference } from './components/audit-reference.js';
import { AuditSummary } from './components/audit-summary.js';
import { VerifyChain } from './components/verify-chain.js';
import { useAuditLabels } from './lib/audit-labels.js';

const PAGE_SIZE = 50;
const FILTER_FIELDS = Object.keys(EMPTY_FILTER) as (keyof AuditFilterValues)[];

/** The days chosen in the reader's zone become the UTC instants the API filters on; `to` includes its whole day. */
function toApiFilter(values: AuditFilterValues, offset: number, timeZone: string): AuditFilter {
  const from = values.from ? startOfDayInZone(values.from, timeZone) : null;
  const nextDay = values.to ? startOfDayInZone(values.to, timeZone, 1) : null;
  return {
    actor: values.actor || undefined,
    action: values.action || undefined,
    entityType: values.entityType || undefined,
    from: from?.toISOString(),
    to: nextDay ? new Date(nextDay.getTime() - 1).toISOString() : undefined,
    limit: PAGE_SIZE,
    offset,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const dates = useDateFormat();
  const timeZone = dates.timeZone;
  const [params, setParams] = useSearchParams();
  const applied: AuditFilterValues = { ...EMPTY_FILTER };
  for (const field of FILTER_FIELDS) applied[field] = params.get(field) ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const filter = toApiFilter(applied, offset, timeZone);
  const query = useApiQuery((signal) => getAudit(filter, signal), [params.toString(), timeZone]);

  const apply = (values: AuditFilterValues, nextOffset = 0) => {
    const next = new URLSearchParams();
    for (const field of FILTER_FIELDS) if (values[field]) next.set(field, values[field]);
    if (nextOffset > 0) next.set('offset', String(nextOffset));
    setParams(next);
  };

  const fieldErrors =
    query.status === 'error' && query.error instanceof ApiError ? query.error.fieldErrors() : {};

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </header>
      <VerifyChain />
      <AuditFilters key={params.toString()} applied={applied} fieldErrors={fieldErrors} onApply={apply} />
      {query.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {query.status === 'error' && <ErrorMessage error={query.error} onRetry={query.reload} />}
      {query.status === 'success' &&
        (query.data.items.length === 0 ? (
          <p className="muted">{t('audit.none')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="audit-table">
                <caption>{t('audit.count', { count: query.data.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.seq')}</th>
                    <th scope="col">{t('audit.columns.at')}</th>
                    <th scope="col">{t('audit.columns.actor')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.entity')}</th>
                    <th scope="col">{t('audit.columns.summary')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((entry) => (
                    <tr key={entry.id}>
                      <td data-label={t('audit.columns.seq')}>{entry.seq}</td>
                      <td data-label={t('audit.columns.at')}>
                        <time dateTime={entry.at}>{dates.dateTime(entry.at)}</time>
                      </td>
                      <td data-label={t('audit.columns.actor')}>
                        <code>{entry.actor.username}</code>{' '}
                        <span className="muted small">{entry.actor.via}</span>
                      </td>
                      <td data-label={t('audit.columns.action')} title={entry.action}>
                        {labels.action(entry.action)}
                      </td>
                      <td data-label={t('audit.columns.entity')}>
                        <AuditReference entry={entry} />
                      </td>
                      <td data-label={t('audit.columns.summary')}>
                        <AuditSummary summary={entry.summary} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              offset={offset}
              limit={PAGE_SIZE}
              total={query.data.total}
              onChange={(next) => apply(applied, next)}
            />
          </>
        ))}
      <p className="muted small">{t('common.timeZoneNote', { timeZone })}</p>
    </div>
  );
}
