import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { getCases } from './api/get-cases.js';

/** The cases the reader may see: its party's in full, the other party's shared ones by the person only. */
export function CasesPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const cases = useApiQuery((signal) => getCases(signal), []);
  return (
    <div className="page" data-testid="tracing-cases">
      <header className="page-header">
        <h1>{t('tracing.cases.title')}</h1>
        {user.role === 'liaison' && (
          <Link className="button-primary button-as-link" to="/tracing/cases/new">
            {t('tracing.cases.new')}
          </Link>
        )}
      </header>
      {cases.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {cases.status === 'error' && <ErrorMessage error={cases.error} onRetry={cases.reload} />}
      {cases.status === 'success' && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('tracing.cases.reference')}</th>
                <th scope="col">{t('tracing.cases.name')}</th>
                <th scope="col">{t('tracing.cases.status')}</th>
                <th scope="col">{t('tracing.cases.sharing')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/tracing/cases/${c.id}`}>{c.reference}</Link>
                  </td>
                  <td>{c.displayName}</td>
                  <td>{t(`tracing.status.${c.status}`)}</td>
                  <td>{t(`tracing.sharing.${c.sharingLevel}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
