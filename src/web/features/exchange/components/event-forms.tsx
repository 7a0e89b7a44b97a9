import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EventChangesBody,
  ExchangeEvent,
  NotHandedOverReason,
  OutcomeBody,
  PersonOutcomeKind,
  PlaceKind,
} from '../../../../server/exchange/events.schemas.js';
import { DateField } from '../../../components/date-field.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import { getPlan } from '../api/get-plan.js';
import { NOT_HANDED_OVER_REASONS, PLACE_KINDS, useExchangeLabels } from '../lib/labels.js';
import { PersonName } from './person-name.js';

interface FormProps<T> {
  event: ExchangeEvent;
  busy: boolean;
  /** Asks for confirmation (a dialog) before the step is taken. */
  onSubmit: (value: T) => void;
  onClose: () => void;
}

function FormButtons({
  busy,
  submit,
  onClose,
  testId,
}: {
  busy: boolean;
  submit: string;
  onClose: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy} data-testid={testId}>
        {submit}
      </button>
      <button type="button" className="button-secondary" onClick={onClose} disabled={busy}>
        {t('common.buttons.cancel')}
      </button>
    </div>
  );
}

/**
 * Persons the all-for-all plan sends between this exchange's parties who are verified and in no exchange yet: those
 * an edit may add.
 */
function useAddablePersons(event: ExchangeEvent) {
  const plan = useApiQuery(getPlan, []);
  const inEvent = new Set(event.persons.map((p) => p.id));
  const addable =
    plan.status === 'success'
      ? plan.data.directions
          .filter((d) => event.partyIds.includes(d.fromPartyId) && event.partyIds.includes(d.toPartyId))
          .flatMap((d) => d.persons)
          .filter((p) => p.status === 'verified' && !inEvent.has(p.id))
      : [];
  return { plan, addable };
}

/** The plan's date, place and persons; persons are taken out by unticking them, and added from those verified since. */
export function EditEventForm({ event, busy, onSubmit, onClose }: FormProps<EventChangesBody>) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const [date, setDate] = useState(event.date);
  const [place, setPlace] = useState(event.place);
  const [placeKind, setPlaceKind] = useState<PlaceKind>(event.placeKind);
  const [chosen, setChosen] = useState(() => new Set(event.persons.map((p) => p.id)));
  const { plan, addable } = useAddablePersons(event);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ date, place: place.trim(), placeKind, personIds: [...chosen] });
  };
  return (
    <form
      className="card form"
      onSubmit={submit}
      aria-label={t('exchangeEvent.form.editHeading')}
      data-testid="edit-event"
    >
      <h2>{t('exchangeEvent.form.editHeading')}</h2>
      <div className="form-grid">
        <DateField label={t('exchange.events.date')} name="date" value={date} onChange={setDate} required />
        <TextField
          label={t('exchange.events.place')}
          name="place"
          value={place}
          onChange={setPlace}
          required
        />
        <SelectField
          label={t('exchange.events.placeKind')}
          name="placeKind"
          value={placeKind}
          options={PLACE_KINDS.map((value) => ({ value, label: labels.placeKind(value) }))}
          onChange={setPlaceKind}
        />
      </div>
      <fieldset>
        <legend>{t('exchangeEvent.form.keep')}</legend>
        <ul className="check-list">
          {event.persons.map((person) => (
            <li key={person.id}>
              <label dir="auto">
                <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} />{' '}
                <PersonName person={person} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset data-testid="event-add-persons">
        <legend>{t('exchangeEvent.form.add')}</legend>
        {plan.status === 'loading' && <p role="status">{t('common.loading')}</p>}
        {plan.status === 'error' && <ErrorMessage error={plan.error} onRetry={plan.reload} />}
        {plan.status === 'success' && addable.length === 0 && (
          <p className="muted">{t('exchangeEvent.form.noneToAdd')}</p>
        )}
        <ul className="check-list">
          {addable.map((person) => (
            <li key={person.id}>
              <label dir="auto">
                <input
                  type="checkbox"
                  name="addPersonIds"
                  checked={chosen.has(person.id)}
                  onChange={() => toggle(person.id)}
                />{' '}
                <PersonName person={person} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormButtons
        busy={busy || chosen.size === 0 || date === '' || place.trim() === ''}
        submit={t('exchangeEvent.form.save')}
        onClose={onClose}
        testId="save-event"
      />
    </form>
  );
}

/** Why the exchange is cancelled. */
export function CancelEventForm({ busy, onSubmit, onClose }: FormProps<string>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(reason.trim());
  };
  return (
    <form
      className="card form"
      onSubmit={submit}
      aria-label={t('exchangeEvent.form.cancelHeading')}
      data-testid="cancel-event"
    >
      <h2>{t('exchangeEvent.form.cancelHeading')}</h2>
      <TextField
        label={t('exchangeEvent.form.cancelReason')}
        name="cancelReason"
        value={reason}
        onChange={setReason}
        required
      />
      <FormButtons
        busy={busy || reason.trim() === ''}
        submit={t('exchangeEvent.actions.cancel')}
        onClose={onClose}
        testId="submit-cancel-event"
      />
    </form>
  );
}

interface OutcomeDraft {
  outcome: PersonOutcomeKind | '';
  reason: NotHandedOverReason | '';
  note: string;
}

/** Each person handed over or not, with the reason when not; starts from the outcome recorded before, if any. */
export function OutcomeForm({ event, busy, onSubmit, onClose }: FormProps<OutcomeBody>) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const [drafts, setDrafts] = useState<Record<string, OutcomeDraft>>(() =>
    Object.fromEntries(
      event.persons.map((p) => [
        p.id,
        { outcome: p.outcome?.outcome ?? '', reason: p.outcome?.reason ?? '', note: p.outcome?.note ?? '' },
      ]),
    ),
  );
  const set = (id: string, change: Partial<OutcomeDraft>) =>
    setDrafts((current) => ({ ...current, [id]: { ...current[id], ...change } }));
  const complete = event.persons.every((p) => {
    const d = drafts[p.id];
    return d.outcome === 'handed_over' || (d.outcome === 'not_handed_over' && d.reason !== '');
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      outcomes: event.persons.map((p) => {
        const d = drafts[p.id];
        const notHanded = d.outcome === 'not_handed_over';
        return {
          personId: p.id,
          outcome: d.outcome === '' ? 'handed_over' : d.outcome,
          reason: notHanded && d.reason !== '' ? d.reason : null,
          note: d.note.trim() || null,
        };
      }),
    });
  };
  return (
    <form
      className="card form"
      onSubmit={submit}
      aria-label={t('exchangeEvent.form.outcomeHeading')}
      data-testid="outcome-form"
    >
      <h2>{t('exchangeEvent.form.outcomeHeading')}</h2>
      <p className="muted">{t('exchangeEvent.form.outcomeIntro')}</p>
      {event.persons.map((person) => {
        const d = drafts[person.id];
        return (
          <div key={person.id} className="outcome-row" data-testid="outcome-row" data-person={person.id}>
            <span dir="auto">
              <PersonName person={person} />
            </span>
            <fieldset>
              <legend className="visually-hidden">{t('exchangeEvent.form.outcome')}</legend>
              {(['handed_over', 'not_handed_over'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`outcome-${person.id}`}
                    value={value}
                    checked={d.outcome === value}
                    onChange={() =>
                      set(person.id, { outcome: value, ...(value === 'handed_over' ? { reason: '' } : {}) })
                    }
                  />{' '}
                  {labels.outcome(value)}
                </label>
              ))}
            </fieldset>
            <label>
              <span className="visually-hidden">{t('exchangeEvent.form.reason')}</span>
              <select
                name={`reason-${person.id}`}
                value={d.reason}
                disabled={d.outcome !== 'not_handed_over'}
                required={d.outcome === 'not_handed_over'}
                aria-label={t('exchangeEvent.form.reason')}
                onChange={(e) => set(person.id, { reason: e.target.value as NotHandedOverReason | '' })}
              >
                <option value="">{t('exchangeEvent.form.chooseReason')}</option>
                {NOT_HANDED_OVER_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {labels.notHandedOverReason(reason)}
                  </option>
                ))}
              </select>
            </label>
            <input
              name={`note-${person.id}`}
              value={d.note}
              maxLength={2000}
              placeholder={t('exchangeEvent.form.note')}
              aria-label={t('exchangeEvent.form.note')}
              onChange={(e) => set(person.id, { note: e.target.value })}
            />
          </div>
        );
      })}
      <FormButtons
        busy={busy || !complete}
        submit={t('exchangeEvent.form.saveOutcome')}
        onClose={onClose}
        testId="submit-outcome"
      />
    </form>
  );
}
