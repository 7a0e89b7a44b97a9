import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party, PartyKind } from '../../../../server/routes/parties.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { PARTY_KINDS, usePartyKindLabel } from '../../../components/role-label.js';
import { ApiError } from '../../../lib/api-client.js';
import type { NewParty } from '../api/create-party.js';

interface PartyFormProps {
  heading: string;
  initial?: Party;
  submitLabel: string;
  onSubmit: (values: NewParty) => Promise<void>;
  onCancel?: () => void;
}

interface Values {
  code: string;
  kind: PartyKind;
  en: string;
  ru: string;
  hy: string;
  az: string;
}

/** Create or edit a party: its code, kind and its name in each UI language (English required). */
export function PartyForm({ heading, initial, submitLabel, onSubmit, onCancel }: PartyFormProps) {
  const { t } = useTranslation();
  const kindLabel = usePartyKindLabel();
  const [values, setValues] = useState<Values>({
    code: initial?.code ?? '',
    kind: initial?.kind ?? 'party',
    en: initial?.names.en ?? '',
    ru: initial?.names.ru ?? '',
    hy: initial?.names.hy ?? '',
    az: initial?.names.az ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const set = (field: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    try {
      await onSubmit({
        code: values.code.trim(),
        kind: values.kind,
        names: {
          en: values.en.trim(),
          ru: optional(values.ru),
          hy: optional(values.hy),
          az: optional(values.az),
        },
      });
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
      <div className="form-grid">
        <TextField
          label={t('parties.form.code')}
          name="code"
          value={values.code}
          onChange={set('code')}
          hint={t('parties.form.codeHint')}
          error={fieldErrors.code}
          required
        />
        <SelectField
          label={t('parties.form.kind')}
          name="kind"
          value={values.kind}
          options={PARTY_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
          onChange={set('kind')}
          error={fieldErrors.kind}
        />
        <TextField
          label={t('parties.form.nameEn')}
          name="names.en"
          lang="en"
          value={values.en}
          onChange={set('en')}
          error={fieldErrors['names.en'] ?? fieldErrors.names}
          required
        />
        <TextField
          label={t('parties.form.nameRu')}
          name="names.ru"
          lang="ru"
          value={values.ru}
          onChange={set('ru')}
          error={fieldErrors['names.ru']}
        />
        <TextField
          label={t('parties.form.nameHy')}
          name="names.hy"
          lang="hy"
          value={values.hy}
          onChange={set('hy')}
          error={fieldErrors['names.hy']}
        />
        <TextField
          label={t('parties.form.nameAz')}
          name="names.az"
          lang="az"
          value={values.az}
          onChange={set('az')}
          error={fieldErrors['names.az']}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.buttons.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
