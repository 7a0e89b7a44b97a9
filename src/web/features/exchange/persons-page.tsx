import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonStatus } from '../../../server/exchange/persons.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form-field.js';
import { CursorPager } from '../../components/pager.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { getPersons } from './api/get-persons.js';
import { PersonName } from './components/person-name.js';
import { PERSON_STATUSES, useExchangeLabels } from './lib/labels.js';

// A page as long as the API gives: the demo's persons fit on one.
const PAGE_SIZE = 1000;

/** The persons in name order, a page at a time, of one status or any. */
export function PersonsPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const [status, setStatus] = useState<PersonStatus | ''>('');
  const pages = useCursorPages(status);
  const persons = useApiQuery(
    (signal) =>
      getPersons(
        { status: status === '' ? undefined : status, after: pages.after, limit: PAGE_SIZE },
        signal,
      ),
    [status, pages.after],
  );
  const shown = persons.data?.items ?? [];
  return (
    <div className="page" data-testid="persons">
      <header className="page-header">
        <h1>{t('exchange.persons.title')}</h1>
        <p className="muted">{t('exchange.persons.intro')}</p>
      </header>
      <div className="form-grid">
        <SelectField
          label={t('exchange.persons.status')}
          name="status"
          value={status}
          options={[
            { value: '' as const, label: t('exchange.persons.anyStatus') },
            ...PERSON_STATUSES.map((value) => ({ value, label: labels.status(value) })),
          ]}
          onChange={setStatus}
        />
      </div>
      {persons.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {persons.status === 'error' && <ErrorMessage error={persons.error} onRetry={persons.reload} />}
      {persons.status === 'success' &&
        (shown.length === 0 ? (
          <p className="muted">{t('exchange.persons.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('exchange.persons.count', { count: shown.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.persons.name')}</th>
                  <th scope="col">{t('exchange.persons.ownParty')}</th>
                  <th scope="col">{t('exchange.persons.holdingParty')}</th>
                  <th scope="col">{t('exchange.persons.status')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((person) => (
                  <tr key={person.id} data-testid="person-row">
                    <td data-label={t('exchange.persons.name')} dir="auto">
                      <PersonName
                        person={person}
                        link={(name) => (
                          <Link to={`/exchange/persons/${encodeURIComponent(person.id)}`}>{name}</Link>
                        )}
                      />
                    </td>
                    <td data-label={t('exchange.persons.ownParty')}>{partyName(person.ownPartyId)}</td>
                    <td data-label={t('exchange.persons.holdingParty')}>
                      {partyName(person.holdingPartyId)}
                    </td>
                    <td data-label={t('exchange.persons.status')} data-testid="person-status">
                      {labels.status(person.status)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {persons.status === 'success' && (
        <CursorPager
          index={pages.index}
          limit={PAGE_SIZE}
          shown={shown.length}
          hasNext={persons.data.next !== null}
          onPrevious={pages.previous}
          onNext={() => persons.data.next && pages.next(persons.data.next)}
        />
      )}
    </div>
  );
}
