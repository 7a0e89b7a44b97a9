import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../server/routes/common.schemas.js';
import type { Party } from '../../../../server/routes/parties.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { ROLES, useRoleLabel } from '../../../components/role-label.js';
import { ApiError } from '../../../lib/api-client.js';
import { pickLocalised } from '../../../lib/localised-text.js';
import type { NewUser } from '../api/create-user.js';

interface UserFormProps {
  parties: Party[];
  onSubmit: (user: NewUser) => Promise<void>;
  onCancel: () => void;
}

export function UserForm({ parties, onSubmit, onCancel }: UserFormProps) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('liaison');
  const [partyId, setPartyId] = useState('');
  const [post, setPost] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  const partyOptions = [
    { value: '', label: t('common.none') },
    ...parties
      .filter((party) => party.active)
      .map((party) => ({
        value: party.id,
        label: `${party.code} · ${pickLocalised(party.names, i18n.language).value}`,
      })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        username: username.trim(),
        displayName: displayName.trim(),
        role,
        partyId: partyId === '' ? null : partyId,
        post: post.trim() === '' ? null : post.trim(),
        password,
      });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={t('users.form.createHeading')}>
      <h2>{t('users.form.createHeading')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-grid">
        <TextField
          label={t('users.form.username')}
          name="username"
          value={username}
          onChange={setUsername}
          error={fieldErrors.username}
          autoComplete="off"
          required
        />
        <TextField
          label={t('users.form.displayName')}
          name="displayName"
          value={displayName}
          onChange={setDisplayName}
          error={fieldErrors.displayName}
          required
        />
        <SelectField
          label={t('users.form.role')}
          name="role"
          value={role}
          options={ROLES.map((value) => ({ value, label: roleLabel(value) }))}
          onChange={setRole}
          error={fieldErrors.role}
        />
        <SelectField
          label={t('users.form.party')}
          name="partyId"
          value={partyId}
          options={partyOptions}
          onChange={setPartyId}
          hint={role === 'liaison' ? t('users.form.partyHint') : undefined}
          error={fieldErrors.partyId}
        />
        {role === 'field_officer' && (
          <TextField
            label={t('users.form.post')}
            name="post"
            value={post}
            onChange={setPost}
            hint={t('users.form.postHint')}
            error={fieldErrors.post}
          />
        )}
        <TextField
          label={t('users.form.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          hint={t('users.form.passwordHint')}
          error={fieldErrors.password}
          autoComplete="new-password"
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('common.buttons.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
