import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { DateField } from '../../../components/date-field.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { ApiError } from '../../../lib/api-client.js';
import { identifyRemains } from '../api/identify-remains.js';
import { IDENTIFICATION_METHODS, IDENTIFICATION_STATUSES, useTracingLabels } from '../lib/labels.js';

type Status = RemainsDetail['identification'];
type Method = NonNullable<RemainsDetail['method']>;

interface IdentificationFormProps {
  remains: RemainsDetail;
  /** The cases the reader may see, to name the one the remains resolve. */
  cases: readonly CaseSummary[];
  today: string;
  onSaved: (remains: RemainsDetail) => void;
}

/**
 * One identification step: the status, the method (only a scientific one confirms, the server says so by field),
 * the case it resolves and the day. A confirmation locates that case dead.
 */
export function IdentificationForm({ remains, cases, today, onSaved }: IdentificationFormProps) {
  const { t } = useTranslation();
  const labels = useTracingLabels();
  const [status, setStatus] = useState<Status>(remains.identification);
  const [method, setMethod] = useState<Method | ''>(remains.method ?? '');
  const [caseId, setCaseId] = useState(remains.caseId ?? '');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await identifyRemains(remains.id, {
        status,
        method: method === '' ? null : method,
        caseId: caseId === '' ? null : caseId,
        on,
        note: note.trim(),
      });
      setNote('');
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="identification-form">
      <div className="form-grid">
        <SelectField
          label={t('tracing.remains.identification')}
          name="status"
          value={status}
          error={fieldErrors.status}
          options={IDENTIFICATION_STATUSES.map((value) => ({ value, label: labels.identification(value) }))}
          onChange={setStatus}
        />
        <SelectField
          label={t('tracing.remains.method')}
          name="method"
          value={method}
          error={fieldErrors.method}
          options={[
            { value: '' as const, label: t('common.none') },
            ...IDENTIFICATION_METHODS.map((value) => ({ value, label: labels.method(value) })),
          ]}
          onChange={setMethod}
        />
        <SelectField
          label={t('tracing.remainsRecord.case')}
          name="caseId"
          value={caseId}
          error={fieldErrors.caseId}
          options={[
            { value: '', label: t('tracing.remainsRecord.noCase') },
            ...cases.map((c) => ({ value: c.id, label: `${c.reference} · ${c.displayName}` })),
          ]}
          onChange={setCaseId}
        />
        <DateField
          label={t('tracing.remainsRecord.on')}
          name="on"
          value={on}
          error={fieldErrors.on}
          onChange={setOn}
        />
        <TextField
          label={t('tracing.remainsRecord.note')}
          name="note"
          value={note}
          error={fieldErrors.note}
          onChange={setNote}
        />
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button className="button-primary" type="submit" disabled={busy}>
          {t('tracing.remainsRecord.save')}
        </button>
      </div>
    </form>
  );
}
