import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import type { RemainsDetail } from '../../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField } from '../../../components/form-field.js';
import { ApiError } from '../../../lib/api-client.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { putRemainsInExchange } from '../api/put-remains-in-exchange.js';

interface ExchangeTransferFormProps {
  remains: RemainsDetail;
  /** The exchanges the coordinator sees; those planned, unconfirmed and with the holding party are offered. */
  events: readonly ExchangeEvent[];
  onSaved: (remains: RemainsDetail) => void;
}

/** The coordinator puts remains in a planned exchange between the party holding them and the other side. */
export function ExchangeTransferForm({ remains, events, onSaved }: ExchangeTransferFormProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const open = events.filter(
    (e) =>
      e.status === 'planned' && e.confirmations.length === 0 && e.partyIds.includes(remains.heldByPartyId),
  );
  const [eventId, setEventId] = useState(open[0]?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  if (open.length === 0) return <p className="muted">{t('tracing.remainsRecord.noPlannedExchange')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await putRemainsInExchange(remains.id, { exchangeEventId: eventId }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="exchange-transfer-form">
      <p className="muted">{t('tracing.remainsRecord.putInExchangeHint')}</p>
      <SelectField
        label={t('tracing.remainsRecord.exchangeEvent')}
        name="exchangeEventId"
        value={eventId}
        error={fieldErrors.exchangeEventId ?? fieldErrors.toPartyId}
        options={open.map((e) => ({ value: e.id, label: `${dates.date(e.date)} · ${e.place}` }))}
        onChange={setEventId}
      />
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button className="button-primary" type="submit" disabled={busy || eventId === ''}>
          {t('tracing.remainsRecord.putInExchangeSave')}
        </button>
      </div>
    </form>
  );
}
