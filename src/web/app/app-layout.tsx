import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { describeError } from '../components/error-message.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { useRoleLabel } from '../components/role-label.js';
import { TimeZoneSwitch } from '../components/time-zone-switch.js';
import { pickLocalised } from '../lib/localised-text.js';
import { useCurrentUser, useSession } from '../lib/session.js';
import { moduleOfPath, navigationFor } from './navigation.js';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { user, party } = useCurrentUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const [logoutError, setLogoutError] = useState<unknown>(null);
  const { pathname } = useLocation();
  const modules = navigationFor(user.role);
  const current = moduleOfPath(modules, pathname);
  const [menuOpen, setMenuOpen] = useState(false);
  // On a phone the menu folds away again once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger, not a value used
  useEffect(() => setMenuOpen(false), [pathname]);

  const signOut = async () => {
    try {
      await logout();
      navigate('/', { replace: true });
    } catch (error) {
      setLogoutError(error);
    }
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('common.appName')}</span>
          <span className="brand-tagline">{t('common.tagline')}</span>
        </div>
        <div className="session-box" data-testid="current-user">
          <span className="session-user">
            {/* A person's name is shown as written, in its own script. */}
            {t('layout.currentUser', { name: user.displayName })}
          </span>
          <span className="session-meta">
            {roleLabel(user.role)} ·{' '}
            {party ? pickLocalised(party.names, i18n.language).value : t('layout.noParty')}
          </span>
          <div className="session-actions">
            <LanguageSwitch />
            <button type="button" className="button-secondary" onClick={signOut} data-testid="logout">
              {t('layout.logout')}
            </button>
          </div>
          {logoutError !== null && (
            <span className="field-error" role="alert">
              {describeError(logoutError, t)}
            </span>
          )}
        </div>
      </header>
      <nav className="shell-nav" aria-label={t('layout.mainNavigation')} data-open={menuOpen}>
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="shell-nav-lists"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('layout.menu')}
          {current && <span className="nav-toggle-current">{t(current.key)}</span>}
        </button>
        <div id="shell-nav-lists" className="nav-lists">
          <ul className="nav-modules">
            {modules.map((module) => (
              <li key={module.id}>
                <Link
                  to={module.to}
                  className={module.id === current?.id ? 'active' : undefined}
                  aria-current={module.id === current?.id ? 'true' : undefined}
                >
                  {t(module.key)}
                </Link>
              </li>
            ))}
          </ul>
          {current && current.pages.length > 1 && (
            <ul className="nav-pages" aria-label={t(current.key)}>
              {current.pages.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          )}
        </div>
      </nav>
      <main id="main" className="shell-main">
        <Outlet />
      </main>
      <footer className="shell-footer">
        <TimeZoneSwitch />
      </footer>
    </div>
  );
}
