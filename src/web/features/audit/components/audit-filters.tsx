import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import { getAuditActions } from '../api/get-audit-actions.js';
import { useAuditLabels } from '../lib/audit-labels.js';

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
  const labels = useAuditLabels();
  const actions = useApiQuery(getAuditActions, []);
  const [values, setValues] = useState(applied);
  // The actions the log holds, by their label; one chosen earlier stays in the list even if the log lacks it.
  const actionCodes = [
    ...new Set([...(actions.data?.items ?? []), ...(applied.action ? [applied.action] : [])]),
  ];
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
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
        <SelectField
          label={t('audit.filters.action')}
          name="action"
          value={values.action}
          options={[
            { value: '', label: t('audit.filters.anyAction') },
            ...actionCodes.map((code) => ({ value: code, label: labels.action(code) })).sort(byLabel),
          ]}
          onChange={set('action')}
          error={fieldErrors.action}
        />
        <SelectField
          label={t('audit.filters.entityType')}
          name="entityType"
          value={values.entityType}
          options={[
            { value: '', label: t('audit.filters.anyEntityType') },
            ...[...new Set([...labels.entityTypes, ...(applied.entityType ? [applied.entityType] : [])])]
              .map((type) => ({ value: type, label: labels.entity(type) }))
              .sort(byLabel),
          ]}
          onChange={set('entityType')}
          error={fieldErrors.entityType}
        />
        <DateField
          label={t('audit.filters.from')}
          name="from"
          value={values.from}
          onChange={set('from')}
          error={fieldErrors.from}
        />
        <DateField
          label={t('audit.filters.to')}
          name="to"
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
