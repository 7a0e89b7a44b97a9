import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { getLists } from './api/get-lists.js';
import { useExchangeLabels } from './lib/labels.js';

export function ListsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const lists = useApiQuery(getLists, []);

  return (
    <div className="page" data-testid="exchange-lists">
      <header className="page-header page-header-row">
        <h1>{t('exchange.lists.title')}</h1>
        {user.role === 'liaison' && (
          <Link className="button-primary button-as-link" to="/exchange/upload">
            {t('exchange.lists.upload')}
          </Link>
        )}
      </header>
      <p className="muted">
        {user.role === 'liaison' ? t('exchange.lists.introLiaison') : t('exchange.lists.introCoordinator')}
      </p>
      {lists.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {lists.status === 'error' && <ErrorMessage error={lists.error} onRetry={lists.reload} />}
      {lists.status === 'success' &&
        (lists.data.length === 0 ? (
          <p className="muted">{t('exchange.lists.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('exchange.lists.count', { count: lists.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.lists.party')}</th>
                  <th scope="col">{t('exchange.lists.kind')}</th>
                  <th scope="col">{t('exchange.lists.version')}</th>
                  <th scope="col">{t('exchange.lists.entries')}</th>
                  <th scope="col">{t('exchange.lists.uploaded')}</th>
                </tr>
              </thead>
              <tbody>
                {lists.data.map((list) => (
                  <tr key={list.id} data-testid="exchange-list-row">
                    <td data-label={t('exchange.lists.party')}>{partyName(list.partyId)}</td>
                    <td data-label={t('exchange.lists.kind')}>
                      <Link to={`/exchange/lists/${encodeURIComponent(list.id)}`}>
                        {labels.kind(list.kind)}
                      </Link>
                    </td>
                    <td data-label={t('exchange.lists.version')}>
                      {list.latestVersion ? list.latestVersion.number : t('common.none')}
                    </td>
                    <td data-label={t('exchange.lists.entries')}>
                      {list.latestVersion ? list.latestVersion.entryCount : t('common.none')}
                    </td>
                    <td data-label={t('exchange.lists.uploaded')}>
                      {list.latestVersion ? (
                        <>
                          <time dateTime={list.latestVersion.uploadedAt}>
                            {dates.dateTime(list.latestVersion.uploadedAt)}
                          </time>{' '}
                          · {list.latestVersion.uploadedBy}
                        </>
                      ) : (
                        t('common.none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
