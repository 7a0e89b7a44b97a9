import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../server/routes/users.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { TextField } from '../../../components/form-field.js';
import { ApiError } from '../../../lib/api-client.js';

interface ResetPasswordFormProps {
  user: User;
  onSubmit: (password: string) => Promise<void>;
  onCancel: () => void;
}

export function ResetPasswordForm({ user, onSubmit, onCancel }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const heading = t('users.resetPassword.heading', { username: user.username });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(password);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      {error !== null && <ErrorMessage error={error} />}
      <TextField
        label={t('users.resetPassword.newPassword')}
        name="password"
        type="password"
        value={password}
        onChange={setPassword}
        hint={t('users.form.passwordHint')}
        error={fieldErrors.password}
        autoComplete="new-password"
        required
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('users.resetPassword.button')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
