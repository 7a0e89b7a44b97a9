import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../server/routes/users.schemas.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { useRoleLabel } from '../../components/role-label.js';
import { getParties } from '../../lib/get-parties.js';
import { pickLocalised } from '../../lib/localised-text.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { createUser } from './api/create-user.js';
import { getUsers } from './api/get-users.js';
import { resetPassword } from './api/reset-password.js';
import { updateUser } from './api/update-user.js';
import { ResetPasswordForm } from './components/reset-password-form.js';
import { UserForm } from './components/user-form.js';

async function loadUsersAndParties(signal: AbortSignal) {
  const [users, parties] = await Promise.all([getUsers(signal), getParties(signal)]);
  return { users, parties };
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const { user: me } = useCurrentUser();
  const dates = useDateFormat();
  const query = useApiQuery(loadUsersAndParties, []);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rowError, setRowError] = useState<unknown>(null);

  const toggleActive = async (user: User) => {
    if (user.active && !window.confirm(t('users.confirmDeactivate', { username: user.username }))) return;
    setRowError(null);
    try {
      const saved = await updateUser(user.id, { active: !user.active });
      setNotice(
        saved.active
          ? t('users.activated', { username: saved.username })
          : t('users.deactivated', { username: saved.username }),
      );
      query.reload();
    } catch (error) {
      setRowError(error);
    }
  };

  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { users, parties } = query.data;
  const partyName = (id: string | null) => {
    const party = id ? parties.find((candidate) => candidate.id === id) : undefined;
    return party ? pickLocalised(party.names, i18n.language).value : t('common.none');
  };

  return (
    <div className="page">
      <header className="page-header page-header-row">
        <h1>{t('users.title')}</h1>
        {!creating && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setCreating(true);
              setResetting(null);
              setNotice(null);
            }}
          >
            {t('users.form.createHeading')}
          </button>
        )}
      </header>
      {notice && <Notice>{notice}</Notice>}
      {rowError !== null && <ErrorMessage error={rowError} />}
      {creating && (
        <UserForm
          parties={parties}
          onCancel={() => setCreating(false)}
          onSubmit={async (values) => {
            const created = await createUser(values);
            setCreating(false);
            setNotice(t('users.created', { username: created.username }));
            query.reload();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordForm
          key={resetting.id}
          user={resetting}
          onCancel={() => setResetting(null)}
          onSubmit={async (password) => {
            await resetPassword(resetting.id, password);
            setNotice(t('users.resetPassword.done', { username: resetting.username }));
            setResetting(null);
          }}
        />
      )}
      {users.length === 0 ? (
        <p className="muted">{t('users.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('users.count', { count: users.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.columns.username')}</th>
                <th scope="col">{t('users.columns.displayName')}</th>
                <th scope="col">{t('users.columns.role')}</th>
                <th scope="col">{t('users.columns.party')}</th>
                <th scope="col">{t('users.columns.post')}</th>
                <th scope="col">{t('users.columns.status')}</th>
                <th scope="col">{t('users.columns.createdAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className={user.active ? undefined : 'row-inactive'}>
                  <td data-label={t('users.columns.username')}>
                    <code>{user.username}</code>
                  </td>
                  <td data-label={t('users.columns.displayName')}>{user.displayName}</td>
                  <td data-label={t('users.columns.role')}>{roleLabel(user.role)}</td>
                  <td data-label={t('users.columns.party')}>{partyName(user.partyId)}</td>
                  <td data-label={t('users.columns.post')}>{user.post ?? t('common.none')}</td>
                  <td data-label={t('users.columns.status')}>
                    {user.active ? t('common.active') : t('common.inactive')}
                  </td>
                  <td data-label={t('users.columns.createdAt')}>
                    <time dateTime={user.createdAt}>{dates.dateTime(user.createdAt)}</time>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => {
                        setResetting(user);
                        setCreating(false);
                        setNotice(null);
                      }}
                    >
                      {t('users.resetPassword.button')}
                    </button>
                    {user.id !== me.id && (
                      <button type="button" className="button-link" onClick={() => toggleActive(user)}>
                        {user.active ? t('common.buttons.deactivate') : t('common.buttons.activate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">{t('common.timeZoneNote', { timeZone: dates.timeZone })}</p>
    </div>
  );
}
