import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Confirmation, EventStatus, ExchangeEvent } from '../../../server/exchange/events.schemas.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorMessage, Notice } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { EventRemains } from '../tracing/components/event-remains.js';
import { cancelEvent } from './api/cancel-event.js';
import { confirmEvent } from './api/confirm-event.js';
import { confirmOutcome } from './api/confirm-outcome.js';
import { editEvent } from './api/edit-event.js';
import { getEvent, manifestUrl } from './api/get-event.js';
import { recordOutcome } from './api/record-outcome.js';
import { CancelEventForm, EditEventForm, OutcomeForm } from './components/event-forms.js';
import { PersonName } from './components/person-name.js';
import { useExchangeLabels } from './lib/labels.js';

const STAGES = ['planned', 'confirmed', 'carried_out', 'completed'] as const;
const STAGE_KEYS = {
  planned: 'exchangeEvent.stage_planned',
  confirmed: 'exchangeEvent.stage_confirmed',
  carried_out: 'exchangeEvent.stage_carried_out',
  completed: 'exchangeEvent.stage_completed',
} as const;

/** Planned → confirmed → carried out → completed, the current stage marked; or cancelled. */
function EventStages({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const current = STAGES.indexOf(status as (typeof STAGES)[number]);
  return (
    <ol className="event-stages" aria-label={t('exchangeEvent.stages')} data-testid="event-lifecycle">
      {STAGES.map((stage, index) => (
        <li
          key={stage}
          data-done={status !== 'cancelled' && index < current}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(STAGE_KEYS[stage])}
        </li>
      ))}
      {status === 'cancelled' && <li data-cancelled="true">{labels.eventStatus('cancelled')}</li>}
    </ol>
  );
}

/** Who has confirmed a round (plan or outcome) and who has not yet. */
function ConfirmationList({
  event,
  confirmations,
  testId,
}: {
  event: ExchangeEvent;
  confirmations: Confirmation[];
  testId: string;
}) {
  const { t } = useTranslation();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const sides = [
    ...event.partyIds.map((partyId) => ({ kind: 'party' as const, partyId })),
    { kind: 'coordinator' as const, partyId: null },
  ];
  return (
    <ul data-testid={testId}>
      {sides.map((side) => {
        const name =
          side.kind === 'coordinator' ? t('exchange.events.intermediary') : partyName(side.partyId);
        const done = confirmations.find(
          (c) => c.kind === side.kind && (side.kind === 'coordinator' || c.partyId === side.partyId),
        );
        return done ? (
          <li key={`${side.kind}:${side.partyId ?? ''}`} data-confirmed="true">
            {t('exchange.events.confirmedBy', { side: name, by: done.by, at: dates.dateTime(done.at) })}
          </li>
        ) : (
          <li key={`${side.kind}:${side.partyId ?? ''}`} className="muted" data-confirmed="false">
            {t('exchangeEvent.notYetConfirmed', { side: name })}
          </li>
        );
      })}
    </ul>
  );
}

/** A step waiting for its confirmation in the dialog. */
interface PendingStep {
  title: string;
  body: string;
  run: () => Promise<ExchangeEvent>;
  notice: (result: ExchangeEvent) => string;
}

type Form = 'edit' | 'cancel' | 'outcome' | null;

export function EventPage() {
  const { t, i18n } = useTranslation();
  const { eventId = '' } = useParams();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const event = useApiQuery((signal) => getEvent(eventId, signal), [eventId]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingStep | null>(null);
  const [form, setForm] = useState<Form>(null);

  if (event.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (event.status === 'error') return <ErrorMessage error={event.error} onRetry={event.reload} />;
  const e = event.data;
  const sides = e.partyIds.length + 1;

  const take = async () => {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      const result = await pending.run();
      setNotice(pending.notice(result));
      setForm(null);
      event.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const ask = (step: PendingStep) => {
    setNotice(null);
    setPending(step);
  };

  const explanation =
    e.status === 'planned'
      ? t('exchangeEvent.explain_planned', { done: e.confirmations.length, total: sides })
      : e.status === 'carried_out'
        ? t('exchangeEvent.explain_carried_out', { done: e.outcomeConfirmations.length, total: sides })
        : e.status === 'cancelled' && e.cancelled
          ? t('exchangeEvent.explain_cancelled', {
              by: e.cancelled.by,
              at: dates.dateTime(e.cancelled.at),
              reason: e.cancelled.reason,
            })
          : e.status === 'confirmed'
            ? t('exchangeEvent.explain_confirmed')
            : t('exchangeEvent.explain_completed');

  const directions = e.partyIds.flatMap((from) =>
    e.partyIds
      .filter((to) => to !== from)
      .map((to) => ({
        from,
        to,
        persons: e.persons.filter((p) => p.fromPartyId === from && p.toPartyId === to),
      })),
  );

  return (
    <div className="page" data-testid="exchange-event">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/exchange/events">{t('exchange.events.title')}</Link>
        </p>
        <h1>
          {t('exchange.events.eventTitle', {
            date: dates.date(e.date),
            place: e.place,
            kind: labels.placeKind(e.placeKind),
          })}
        </h1>
        <EventStages status={e.status} />
        <p data-testid="event-state" data-status={e.status}>
          {explanation}
        </p>
      </header>
      {notice && <Notice>{notice}</Notice>}
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        {e.steps.includes('confirm') && (
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            data-testid="event-step-confirm"
            onClick={() =>
              ask({
                title: t('exchangeEvent.dialog.confirmTitle'),
                body: t('exchangeEvent.dialog.confirmBody'),
                run: () => confirmEvent(e.id),
                notice: (r) =>
                  r.status === 'confirmed'
                    ? t('exchangeEvent.notice.planConfirmed')
                    : t('exchangeEvent.notice.confirmed'),
              })
            }
          >
            {t('exchangeEvent.actions.confirm')}
          </button>
        )}
        {e.steps.includes('confirm_outcome') && (
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            data-testid="event-step-confirm_outcome"
            onClick={() =>
              ask({
                title: t('exchangeEvent.dialog.confirmOutcomeTitle'),
                body: t('exchangeEvent.dialog.confirmOutcomeBody'),
                run: () => confirmOutcome(e.id),
                notice: (r) =>
                  r.status === 'completed'
                    ? t('exchangeEvent.notice.completed')
                    : t('exchangeEvent.notice.confirmed'),
              })
            }
          >
            {t('exchangeEvent.actions.confirmOutcome')}
          </button>
        )}
        {e.steps.includes('record_outcome') && (
          <button
            type="button"
            className={e.status === 'confirmed' ? 'button-primary' : 'button-secondary'}
            disabled={busy}
            data-testid="event-step-record_outcome"
            onClick={() => setForm('outcome')}
          >
            {e.status === 'carried_out'
              ? t('exchangeEvent.actions.correctOutcome')
              : t('exchangeEvent.actions.recordOutcome')}
          </button>
        )}
        {e.steps.includes('edit') && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            data-testid="event-step-edit"
            onClick={() => setForm('edit')}
          >
            {t('exchangeEvent.actions.edit')}
          </button>
        )}
        {e.steps.includes('cancel') && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            data-testid="event-step-cancel"
            onClick={() => setForm('cancel')}
          >
            {t('exchangeEvent.actions.cancel')}
          </button>
        )}
        <a className="button-secondary button-as-link" href={manifestUrl(e.id, i18n.language)} download>
          {t('exchange.events.manifest')}
        </a>
      </div>
      {form === 'edit' && (
        <EditEventForm
          event={e}
          busy={busy}
          onClose={() => setForm(null)}
          onSubmit={(changes) =>
            ask({
              title: t('exchangeEvent.dialog.editTitle'),
              body: t('exchangeEvent.dialog.editBody'),
              run: () => editEvent(e.id, changes),
              notice: () => t('exchangeEvent.notice.edited'),
            })
          }
        />
      )}
      {form === 'cancel' && (
        <CancelEventForm
          event={e}
          busy={busy}
          onClose={() => setForm(null)}
          onSubmit={(reason) =>
            ask({
              title: t('exchangeEvent.dialog.cancelTitle'),
              body: t('exchangeEvent.dialog.cancelBody'),
              run: () => cancelEvent(e.id, reason),
              notice: () => t('exchangeEvent.notice.cancelled'),
            })
          }
        />
      )}
      {form === 'outcome' && (
        <OutcomeForm
          event={e}
          busy={busy}
          onClose={() => setForm(null)}
          onSubmit={(body) =>
            ask({
              title: t('exchangeEvent.dialog.outcomeTitle'),
              body: t('exchangeEvent.dialog.outcomeBody', {
                handedOver: body.outcomes.filter((o) => o.outcome === 'handed_over').length,
                notHandedOver: body.outcomes.filter((o) => o.outcome === 'not_handed_over').length,
              }),
              run: () => recordOutcome(e.id, body),
              notice: () => t('exchangeEvent.notice.outcomeRecorded'),
            })
          }
        />
      )}
      {directions.map((direction) => (
        <section key={`${direction.from}:${direction.to}`} className="card" data-testid="event-direction">
          <h2>
            {t('exchange.plan.direction', {
              count: direction.persons.length,
              from: partyName(direction.from),
              to: partyName(direction.to),
            })}
          </h2>
          <ul className="name-list">
            {direction.persons.map((person) => (
              <li key={person.id} dir="auto" data-testid="event-person">
                <PersonName person={person} /> <span className="muted">({labels.status(person.status)})</span>
                {person.outcome && (
                  <span data-testid="person-outcome" data-outcome={person.outcome.outcome}>
                    {' · '}
                    {person.outcome.reason
                      ? t('exchangeEvent.notHandedOverBecause', {
                          reason: labels.notHandedOverReason(person.outcome.reason),
                        })
                      : labels.outcome(person.outcome.outcome)}
                    {person.outcome.note ? ` (${person.outcome.note})` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {/* Remains are read by the coordinator and the liaisons (the register's access), not by observers. */}
      {(user.role === 'coordinator' || user.role === 'liaison') && <EventRemains eventId={e.id} />}
      <h2>{t('exchangeEvent.planConfirmations')}</h2>
      <ConfirmationList event={e} confirmations={e.confirmations} testId="event-confirmations" />
      {e.carriedOut && (
        <>
          <h2>{t('exchangeEvent.outcomeConfirmations')}</h2>
          <p className="muted" data-testid="event-carried-out">
            {t('exchangeEvent.carriedOutBy', { by: e.carriedOut.by, at: dates.dateTime(e.carriedOut.at) })}
          </p>
          <ConfirmationList
            event={e}
            confirmations={e.outcomeConfirmations}
            testId="event-outcome-confirmations"
          />
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.title ?? ''}
        confirmLabel={t('exchangeEvent.dialog.proceed')}
        backLabel={t('exchangeEvent.dialog.back')}
        busy={busy}
        onConfirm={take}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.body}</p>
      </ConfirmDialog>
    </div>
  );
}
