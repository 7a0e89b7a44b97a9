import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlaceKind, PlanPage as PlanPageData } from '../../../server/exchange/events.schemas.js';
import type { AllForAllPlan } from '../../../server/exchange/persons.schemas.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DateField } from '../../components/date-field.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { createEvent } from './api/create-event.js';
import { getPlan } from './api/get-plan.js';
import { verifyMatches } from './api/verify-matches.js';
import { PersonName } from './components/person-name.js';
import { PLACE_KINDS, useExchangeLabels } from './lib/labels.js';

function EventForm({ plan }: { plan: AllForAllPlan }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const navigate = useNavigate();
  const everyone = plan.directions.flatMap((direction) => direction.persons.map((person) => person.id));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(everyone));
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [placeKind, setPlaceKind] = useState<PlaceKind>('checkpoint');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createEvent({ date, place: place.trim(), placeKind, personIds: [...chosen] });
      navigate(`/exchange/events/${encodeURIComponent(created.id)}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('exchange.plan.scheduleHeading')}>
      {plan.directions.map((direction) => (
        <section
          key={`${direction.fromPartyId}:${direction.toPartyId}`}
          className="card"
          data-testid="plan-direction"
        >
          <h2>
            {t('exchange.plan.direction', {
              count: direction.count,
              from: partyName(direction.fromPartyId),
              to: partyName(direction.toPartyId),
            })}
          </h2>
          {direction.persons.length === 0 ? (
            <p className="muted">{t('exchange.plan.nobody')}</p>
          ) : (
            <ul className="check-list">
              {direction.persons.map((person) => (
                <li key={person.id}>
                  <label dir="auto">
                    <input
                      type="checkbox"
                      checked={chosen.has(person.id)}
                      onChange={() => toggle(person.id)}
                      name="personIds"
                      value={person.id}
                    />{' '}
                    <PersonName person={person} />{' '}
                    <span className="muted">({labels.status(person.status)})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section className="card">
        <h2>{t('exchange.plan.scheduleHeading')}</h2>
        {error !== null && <ErrorMessage error={error} />}
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
        <div className="form-actions">
          <button
            type="submit"
            className="button-primary"
            disabled={busy || chosen.size === 0 || date === '' || place.trim() === ''}
            data-testid="schedule-exchange"
          >
            {t('exchange.plan.schedule', { count: chosen.size })}
          </button>
        </div>
      </section>
    </form>
  );
}

/** What the plan still waits for, each piece of work with its count. */
function WaitingFor({ plan }: { plan: PlanPageData }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  return (
    <section className="card" aria-labelledby="waiting-heading" data-testid="plan-waiting">
      <h2 id="waiting-heading">{t('exchangeEvent.waiting.heading')}</h2>
      {plan.waitingFor.length === 0 ? (
        <p className="muted">{t('exchangeEvent.waiting.nothing')}</p>
      ) : (
        <ul>
          {plan.waitingFor.map((wait) => (
            <li key={wait.key} data-testid="plan-wait" data-key={wait.key}>
              {labels.planWait(wait)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Verify all confirmed matches" of the latest finished run, with one reason, after a confirmation dialog. */
function VerifyMatchesForm({ runId, onDone }: { runId: string; onDone: (verified: number) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await verifyMatches(runId, reason.trim());
      setReason('');
      onDone(result.verified);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <form
      className="card form"
      aria-label={t('exchangeEvent.verify.heading')}
      data-testid="verify-matches"
      onSubmit={(event) => {
        event.preventDefault();
        setAsking(true);
      }}
    >
      <h2>{t('exchangeEvent.verify.heading')}</h2>
      <p className="muted">{t('exchangeEvent.verify.intro')}</p>
      {error !== null && <ErrorMessage error={error} />}
      <TextField
        label={t('exchangeEvent.verify.reason')}
        name="verifyReason"
        value={reason}
        onChange={setReason}
        required
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy || reason.trim() === ''}
          data-testid="verify-all"
        >
          {t('exchangeEvent.verify.submit')}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('exchangeEvent.verify.dialogTitle')}
        confirmLabel={t('exchangeEvent.dialog.proceed')}
        backLabel={t('exchangeEvent.dialog.back')}
        busy={busy}
        onConfirm={verify}
        onCancel={() => setAsking(false)}
      >
        <p>{t('exchangeEvent.verify.dialogBody', { reason: reason.trim() })}</p>
      </ConfirmDialog>
    </form>
  );
}

/** All for all: who is verified as held and goes back each way, who is still unresolved, and the next exchange. */
export function PlanPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const plan = useApiQuery(getPlan, []);
  const [verified, setVerified] = useState<number | null>(null);

  return (
    <div className="page" data-testid="plan">
      <header className="page-header">
        <h1>{t('exchange.plan.title')}</h1>
        <p className="muted">{t('exchange.plan.intro')}</p>
      </header>
      {plan.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {plan.status === 'error' && <ErrorMessage error={plan.error} onRetry={plan.reload} />}
      {plan.status === 'success' && (
        <>
          {verified !== null && <Notice>{t('exchangeEvent.verify.done', { count: verified })}</Notice>}
          <WaitingFor plan={plan.data} />
          {plan.data.runId !== null && plan.data.waitingFor.some((w) => w.key === 'matchesToVerify') && (
            <VerifyMatchesForm
              runId={plan.data.runId}
              onDone={(count) => {
                setVerified(count);
                plan.reload();
              }}
            />
          )}
          <EventForm key={plan.data.directions.map((d) => d.count).join(':')} plan={plan.data} />
          <section aria-labelledby="unresolved-heading">
            <h2 id="unresolved-heading">
              {t('exchange.plan.unresolved', { count: plan.data.unresolvedCount })}
            </h2>
            {plan.data.unresolvedCount > plan.data.unresolved.length && (
              <p className="muted">
                {t('exchange.plan.unresolvedShown', { shown: plan.data.unresolved.length })}{' '}
                <Link to="/exchange/persons">{t('exchange.persons.title')}</Link>
              </p>
            )}
            {plan.data.unresolved.length > 0 && (
              <ul className="name-list" data-testid="plan-unresolved">
                {plan.data.unresolved.map((person) => (
                  <li key={person.id} dir="auto">
                    <PersonName person={person} /> · {partyName(person.ownPartyId)} ·{' '}
                    {labels.status(person.status)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
