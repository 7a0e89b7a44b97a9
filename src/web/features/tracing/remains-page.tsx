import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RemainsDto } from '../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form-field.js';
import { Pager } from '../../components/pager.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { getRemainsList } from './api/get-remains-list.js';
import { IDENTIFICATION_STATUSES, useTracingLabels } from './lib/labels.js';

const PAGE_SIZE = 50;

/** The remains register: what the reader's party recovered or holds (all of it for the coordinator). */
export function RemainsPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const labels = useTracingLabels();
  const partyName = usePartyNames();
  const [identification, setIdentification] = useState<RemainsDto['identification'] | ''>('');
  const [offset, setOffset] = useState(0);
  const remains = useApiQuery(
    (signal) =>
      getRemainsList(
        {
          identification: identification === '' ? undefined : identification,
          limit: PAGE_SIZE,
          offset,
        },
        signal,
      ),
    [identification, offset],
  );
  return (
    <div className="page" data-testid="tracing-remains">
      <header className="page-header">
        <h1>{t('tracing.remains.title')}</h1>
        <p className="muted">{t('tracing.remains.intro')}</p>
        <Link className="button-primary button-as-link" to="/tracing/remains/new">
          {t('tracing.remains.new')}
        </Link>
      </header>
      <div className="form-grid">
        <SelectField
          label={t('tracing.remains.identification')}
          name="identification"
          value={identification}
          options={[
            { value: '' as const, label: t('tracing.remains.anyIdentification') },
            ...IDENTIFICATION_STATUSES.map((value) => ({ value, label: labels.identification(value) })),
          ]}
          onChange={(value) => {
            setIdentification(value);
            setOffset(0);
          }}
        />
      </div>
      {remains.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {remains.status === 'error' && <ErrorMessage error={remains.error} onRetry={remains.reload} />}
      {remains.status === 'success' &&
        (remains.data.total === 0 ? (
          <p className="muted">{t('tracing.remains.none')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <caption>{t('tracing.remains.count', { count: remains.data.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tracing.remains.reference')}</th>
                    <th scope="col">{t('tracing.remains.recoveredOn')}</th>
                    <th scope="col">{t('tracing.remains.recoveredPlace')}</th>
                    <th scope="col">{t('tracing.remains.heldBy')}</th>
                    <th scope="col">{t('tracing.remains.identification')}</th>
                    <th scope="col">{t('tracing.remains.method')}</th>
                  </tr>
                </thead>
                <tbody>
                  {remains.data.items.map((r) => (
                    <tr key={r.id} data-testid="remains-row">
                      <td data-label={t('tracing.remains.reference')}>
                        <Link to={`/tracing/remains/${encodeURIComponent(r.id)}`}>{r.reference}</Link>
                      </td>
                      <td data-label={t('tracing.remains.recoveredOn')}>{dates.date(r.recoveredOn)}</td>
                      <td data-label={t('tracing.remains.recoveredPlace')} dir="auto">
                        {r.recoveredPlace}
                      </td>
                      <td data-label={t('tracing.remains.heldBy')}>{partyName(r.heldByPartyId)}</td>
                      <td
                        data-label={t('tracing.remains.identification')}
                        data-testid="remains-identification"
                      >
                        {labels.identification(r.identification)}
                      </td>
                      <td data-label={t('tracing.remains.method')}>{labels.method(r.method)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager offset={offset} limit={PAGE_SIZE} total={remains.data.total} onChange={setOffset} />
          </>
        ))}
    </div>
  );
}
