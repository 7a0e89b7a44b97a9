import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStatusBody } from '../../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { ApiError } from '../../../lib/api-client.js';
import { changeCaseStatus } from '../api/change-case-status.js';
import { CLOSE_REASONS, useTracingLabels } from '../lib/labels.js';

type CaseEvent = CaseStatusBody['event'];
type CloseReason = NonNullable<CaseStatusBody['closeReason']>;

/**
 * Moves the case by one of the events the server offers this reader (`events`: a liaison closes or reopens its own
 * case, the coordinator decides the rest); closing asks why.
 */
export function CaseStatusForm({ detail, onSaved }: { detail: CaseDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const labels = useTracingLabels();
  const [event, setEvent] = useState<CaseEvent>(detail.events[0] ?? 'close');
  const [closeReason, setCloseReason] = useState<CloseReason>('found_by_family');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await changeCaseStatus(detail.id, {
        event,
        ...(event === 'close' ? { closeReason } : {}),
        note: note.trim(),
      });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="case-status-form">
      <div className="form-grid">
        <SelectField
          label={t('tracing.cases.event')}
          name="event"
          value={event}
          error={fieldErrors.event}
          options={detail.events.map((value) => ({ value, label: labels.event(value) }))}
          onChange={setEvent}
        />
        {event === 'close' && (
          <SelectField
            label={t('tracing.cases.closeReason')}
            name="closeReason"
            value={closeReason}
            error={fieldErrors.closeReason}
            options={CLOSE_REASONS.map((value) => ({ value, label: labels.closeReason(value) }))}
            onChange={setCloseReason}
          />
        )}
        <TextField
          label={t('tracing.cases.note')}
          name="note"
          value={note}
          error={fieldErrors.note}
          onChange={setNote}
        />
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button className="button-primary" type="submit" disabled={busy}>
          {t('tracing.cases.save')}
        </button>
      </div>
    </form>
  );
}
