import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import type { Party } from '../../../../server/routes/parties.schemas.js';
import type { RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { DateField } from '../../../components/date-field.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField } from '../../../components/form-field.js';
import { ApiError } from '../../../lib/api-client.js';
import { pickLocalised } from '../../../lib/localised-text.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { handOverRemains } from '../api/hand-over-remains.js';

interface HandoverFormProps {
  remains: RemainsDetail;
  parties: readonly Party[];
  /** The exchanges the remains may have gone with (optional). */
  events: readonly ExchangeEvent[];
  today: string;
  onSaved: (remains: RemainsDetail) => void;
}

/** The coordinator records remains handed over to a party, on a day, in an exchange or on their own. */
export function HandoverForm({ remains, parties, events, today, onSaved }: HandoverFormProps) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const others = parties.filter((p) => p.kind === 'party' && p.id !== remains.heldByPartyId);
  const [toPartyId, setToPartyId] = useState(others[0]?.id ?? '');
  const [on, setOn] = useState(today);
  const [eventId, setEventId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await handOverRemains(remains.id, {
          toPartyId,
          on,
          exchangeEventId: eventId === '' ? null : eventId,
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="handover-form">
      <div className="form-grid">
        <SelectField
          label={t('tracing.remainsRecord.toParty')}
          name="toPartyId"
          value={toPartyId}
          error={fieldErrors.toPartyId}
          options={others.map((p) => ({ value: p.id, label: pickLocalised(p.names, i18n.language).value }))}
          onChange={setToPartyId}
        />
        <DateField
          label={t('tracing.remainsRecord.on')}
          name="handoverOn"
          value={on}
          error={fieldErrors.on}
          onChange={setOn}
        />
        <SelectField
          label={t('tracing.remainsRecord.exchange')}
          name="exchangeEventId"
          value={eventId}
          error={fieldErrors.exchangeEventId}
          options={[
            { value: '', label: t('common.none') },
            ...events.map((e) => ({ value: e.id, label: `${dates.date(e.date)} · ${e.place}` })),
          ]}
          onChange={setEventId}
        />
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button className="button-primary" type="submit" disabled={busy}>
          {t('tracing.remainsRecord.handoverSave')}
        </button>
      </div>
    </form>
  );
}
