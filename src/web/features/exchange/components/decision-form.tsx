import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PairDecision,
  ReviewDecision,
  ReviewPair,
} from '../../../../server/exchange/reconciliation.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import type { ApiError } from '../../../lib/api-client.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { decidePair, isStaleDecision } from '../api/decide-pair.js';
import { REVIEW_DECISIONS, useExchangeLabels } from '../lib/labels.js';

interface DecisionFormProps {
  pair: ReviewPair;
  /** Called after a decision is saved: the queue reloads (a decided pair leaves it). */
  onChanged: () => void;
  /** A decision chosen from the keyboard: saved at once with the note typed (a new nonce each time). */
  quick?: { decision: ReviewDecision; nonce: number } | null;
}

/**
 * Confirm, reject or mark unsure, with a note. The pair's version goes with it: when another coordinator decided in
 * the meantime the server refuses (409), the page says who decided what, and keeps what this user typed.
 */
export function DecisionForm({ pair, onChanged, quick = null }: DecisionFormProps) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const dates = useDateFormat();
  const [decision, setDecision] = useState<ReviewDecision | null>(pair.decision?.decision ?? null);
  const [note, setNote] = useState(pair.decision?.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<PairDecision | null>(null);
  const [busy, setBusy] = useState(false);
  // The decision that stands, as last read: the pair's, or the one a refused save (409) named. Saving again
  // sends its version, so a conflict never drops what this user typed and the page does not reload under them.
  const [standing, setStanding] = useState<{ decision: PairDecision | null; version: number }>({
    decision: pair.decision,
    version: pair.version,
  });

  const save = async (chosen: ReviewDecision) => {
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      setSaved(await decidePair(pair.id, { decision: chosen, note: note.trim(), version: standing.version }));
      onChanged();
    } catch (failure) {
      if (isStaleDecision(failure)) {
        const current = ((failure as ApiError).problem as { current?: PairDecision | null }).current;
        setStanding({ decision: current ?? null, version: current?.version ?? standing.version });
        setConflict(true);
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (decision) await save(decision);
  };

  const lastQuick = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new nonce is a new key press, nothing else
  useEffect(() => {
    if (!quick || quick.nonce === lastQuick.current) return;
    lastQuick.current = quick.nonce;
    setDecision(quick.decision);
    void save(quick.decision);
  }, [quick?.nonce]);

  const current = standing.decision;
  const name = `decision-${pair.id}`;
  return (
    <form className="form decision-form" onSubmit={submit} data-testid="decision-form">
      {conflict && (
        <p className="alert alert-error" role="alert" data-testid="decision-conflict">
          {current
            ? t('exchange.review.conflictWith', {
                by: current.decidedBy,
                decision: labels.decision(current.decision),
                at: dates.dateTime(current.decidedAt),
              })
            : t('exchange.review.conflict')}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {current && !conflict && (
        <p className="muted" data-testid="current-decision">
          {t('exchange.review.decidedBy', {
            decision: labels.decision(current.decision),
            by: current.decidedBy,
            at: dates.dateTime(current.decidedAt),
          })}
          {current.note ? ` — ${current.note}` : ''}
        </p>
      )}
      {saved && !conflict && (
        <p className="sr-status visually-hidden" role="status">
          {labels.decision(saved.decision)}
        </p>
      )}
      <fieldset className="decision-choices">
        <legend>{t('exchange.review.decision')}</legend>
        {REVIEW_DECISIONS.map((value) => (
          <label key={value} className="decision-choice">
            <input
              type="radio"
              name={name}
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            {labels.decision(value)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${name}-note`}>{t('exchange.note')}</label>
        <textarea
          id={`${name}-note`}
          name="note"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || decision === null}>
          {t('exchange.review.save')}
        </button>
      </div>
    </form>
  );
}
