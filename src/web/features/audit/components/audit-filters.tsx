import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field.js';

export interface AuditFilterValues {
  actor: string;
  action: string;
  entityType: string;
  /** Calendar days (`YYYY-MM-DD`) in the reader's time zone, both included. */
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterValues = { actor: '', action: '', entityType: '', from: '', to: '' };

interface AuditFiltersProps {
  applied: AuditFilterValues;
  fieldErrors: Record<string, string>;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ applied, fieldErrors, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(applied);
  const set = (field: keyof AuditFilterValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form className="card form filters" onSubmit={submit} aria-label={t('audit.filters.heading')}>
      <div className="form-grid form-grid-compact">
        <TextField
          label={t('audit.filters.actor')}
          name="actor"
          type="search"
          value={values.actor}
          onChange={set('actor')}
          error={fieldErrors.actor}
        />
        <TextField
          label={t('audit.filters.action')}
          name="action"
          type="search"
          value={values.action}
          onChange={set('action')}
          error={fieldErrors.action}
        />
        <TextField
          label={t('audit.filters.entityType')}
          name="entityType"
          type="search"
          value={values.entityType}
          onChange={set('entityType')}
          error={fieldErrors.entityType}
        />
        <TextField
          label={t('audit.filters.from')}
          name="from"
          type="date"
          value={values.from}
          onChange={set('from')}
          error={fieldErrors.from}
        />
        <TextField
          label={t('audit.filters.to')}
          name="to"
          type="date"
          value={values.to}
          onChange={set('to')}
          error={fieldErrors.to}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('common.buttons.apply')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setValues(EMPTY_FILTER);
            onApply(EMPTY_FILTER);
          }}
        >
          {t('common.buttons.clear')}
        </button>
      </div>
    </form>
  );
}
