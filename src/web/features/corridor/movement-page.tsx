import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Movement } from '../../../server/corridor/movements.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { answerMovement, getMovement, getPlaces, stepMovement } from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';

const STEPS = ['notify', 'start', 'complete', 'cancel'] as const;

/** One movement: its details, who has answered and who is awaited, its history, and what the reader may do. */
export function MovementPage() {
  const { t } = useTranslation();
  const { movementId = '' } = useParams();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const [changed, setChanged] = useState<Movement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const data = useApiQuery(
    async (signal) => {
      const [movement, places, parties] = await Promise.all([
        getMovement(movementId, signal),
        getPlaces(signal),
        getParties(signal),
      ]);
      return { movement, places, parties };
    },
    [movementId],
  );
  if (data.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (data.status === 'error') return <ErrorMessage error={data.error} onRetry={data.reload} />;
  const m = changed ?? data.data.movement;
  const party = (id: string) => data.data.parties.find((p) => p.id === id)?.names[labels.language] ?? id;
  const place = (id: string) =>
    labels.place(
      data.data.places.find((p) => p.id === id),
      id,
    );
  const act = async (run: () => Promise<Movement>) => {
    setError(null);
    try {
      setChanged(await run());
      setReason('');
    } catch (cause) {
      setError(cause);
    }
  };
  const myAnswer = m.answers.find((a) => a.partyId === user.partyId);
  return (
    <div className="page" data-testid="corridor-movement">
      <header className="page-header">
        <p className="eyebrow">{labels.kind(m.kind)}</p>
        <h1>{m.reference}</h1>
        <p data-testid="movement-status">{labels.status(m.status)}</p>
      </header>
      <dl className="facts card">
        <dt>{t('corridor.movements.route')}</dt>
        <dd>
          {place(m.fromPlaceId)} → {place(m.toPlaceId)}
        </dd>
        <dt>{t('corridor.movements.window')}</dt>
        <dd>
          {dates.dateTime(m.windowStart)} – {dates.dateTime(m.windowEnd)}
        </dd>
        <dt>{t('corridor.movements.vehicles')}</dt>
        <dd>{m.vehicles}</dd>
        <dt>{t('corridor.movements.people')}</dt>
        <dd>{m.people}</dd>
        <dt>{t('corridor.movements.cargo')}</dt>
        <dd>{m.cargoSummary}</dd>
        <dt>{t('corridor.movements.escort')}</dt>
        <dd>{m.escort}</dd>
        <dt>{t('corridor.movements.pending')}</dt>
        <dd data-testid="movement-pending">{m.pendingPartyIds.map(party).join(', ') || '—'}</dd>
      </dl>
      <section className="card">
        <h2>{t('corridor.movements.answers')}</h2>
        <ul data-testid="movement-answers">
          {m.answers.map((a) => (
            <li key={`${a.partyId}-${a.at}`}>
              {party(a.partyId)}: {labels.answer(a.answer)}
              {a.reason ? ` — ${a.reason}` : ''}{' '}
              <span className="muted">
                ({a.by}, {dates.dateTime(a.at)})
              </span>
            </li>
          ))}
        </ul>
      </section>
      {error !== null && <ErrorMessage error={error} />}
      {user.role === 'coordinator' && m.availableEvents.length > 0 && (
        <section className="card form-actions">
          <label>
            {t('corridor.movements.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} name="reason" />
          </label>
          {STEPS.filter((step) => m.availableEvents.includes(step)).map((step) => (
            <button
              key={step}
              type="button"
              className={step === 'cancel' ? 'button-secondary' : 'button-primary'}
              data-testid={`step-${step}`}
              onClick={() => act(() => stepMovement(m.id, { event: step, ...(reason ? { reason } : {}) }))}
            >
              {t(`corridor.step.${step}`)}
            </button>
          ))}
        </section>
      )}
      {user.role === 'liaison' && m.status === 'notified' && (
        <section className="card form-actions" data-testid="movement-answer">
          <p>
            {myAnswer
              ? t('corridor.movements.answered', { answer: labels.answer(myAnswer.answer) })
              : t('corridor.movements.awaitingYou')}
          </p>
          <button
            type="button"
            className="button-primary"
            data-testid="acknowledge"
            onClick={() => act(() => answerMovement(m.id, { answer: 'acknowledged' }))}
          >
            {t('corridor.movements.acknowledge')}
          </button>
          <label>
            {t('corridor.movements.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} name="reason" />
          </label>
          <button
            type="button"
            className="button-secondary"
            data-testid="object"
            onClick={() => act(() => answerMovement(m.id, { answer: 'objected', reason }))}
          >
            {t('corridor.movements.object')}
          </button>
        </section>
      )}
      <section className="card">
        <h2>{t('corridor.movements.history')}</h2>
        <ol data-testid="movement-history">
          {m.history.map((h) => (
            <li key={`${h.at}-${h.event}-${h.to}`}>
              {dates.dateTime(h.at)} · {labels.event(h.event)} → {labels.status(h.to)}
              {h.reason ? ` (${h.reason})` : ''} <span className="muted">{h.by}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
