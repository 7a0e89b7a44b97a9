import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../lib/session.js';
import { useRoleLabel } from './role-label.js';

export function NotAllowedPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const roleLabel = useRoleLabel();
  return (
    <section className="page page-refused" aria-labelledby="not-allowed-title" data-testid="not-allowed">
      <h1 id="not-allowed-title">{t('common.notAllowed.title')}</h1>
      <p>{t('common.notAllowed.body', { role: roleLabel(user.role) })}</p>
      <p>
        <Link to="/">{t('common.notAllowed.backHome')}</Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.body')}</p>
    </section>
  );
}
