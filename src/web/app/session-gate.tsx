import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoginPage } from '../features/auth/login-page.js';
import { useSession } from '../lib/session.js';

/** Everything behind it needs a session; without one the login page is shown at the same address. */
export function SessionGate() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'loading') {
    return (
      <p className="page-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'anonymous') return <LoginPage reason={state.reason} />;
  return <Outlet />;
}
