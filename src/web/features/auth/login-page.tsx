import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/error-message.js';
import { TextField } from '../../components/form-field.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { ApiError } from '../../lib/api-client.js';
import { useSession } from '../../lib/session.js';

export function LoginPage({ reason }: { reason?: 'signedOut' | 'sessionEnded' }) {
  const { t } = useTranslation();
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (failure) {
      setPassword('');
      // One message for a wrong name or a wrong password: the page never hints which it was.
      if (failure instanceof ApiError && (failure.status === 401 || failure.status === 400)) {
        setError(t('auth.login.invalidCredentials'));
      } else if (failure instanceof ApiError && failure.status === 429) {
        setError(t('auth.login.tooManyAttempts'));
      } else {
        setError(describeError(failure, t));
      }
      setSubmitting(false);
    }
  };

  return (
    <div className="login-screen">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card" id="main">
        <p className="brand-name">{t('common.appName')}</p>
        <p className="brand-tagline">{t('common.tagline')}</p>
        <h1>{t('auth.login.title')}</h1>
        <p className="muted">{t('auth.login.intro')}</p>
        {reason && !error && (
          <p className="alert alert-info" role="status">
            {reason === 'signedOut' ? t('auth.login.signedOut') : t('auth.login.sessionEnded')}
          </p>
        )}
        {error && (
          <p className="alert alert-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <form onSubmit={submit} noValidate={false}>
          <TextField
            label={t('auth.login.username')}
            name="username"
            value={username}
            onChange={setUsername}
            autoComplete="username"
            required
          />
          <TextField
            label={t('auth.login.password')}
            name="password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
          />
          <button type="submit" className="button-primary" disabled={submitting}>
            {submitting ? t('auth.login.submitting') : t('auth.login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
