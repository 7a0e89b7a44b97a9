import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchQueueItem } from '../../../../server/tracing/tracing.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { decideMatch } from '../api/decide-match.js';

interface MatchDecisionProps {
  match: MatchQueueItem;
  /** Called with the decided candidate: the queue reloads (a decided candidate leaves it). */
  onDecided: (decided: MatchQueueItem) => void;
}

/**
 * Confirm or reject a candidate, with a note. A candidate another coordinator decided meanwhile is refused (409)
 * and the page says so; the note typed stays.
 */
export function MatchDecision({ match, onDecided }: MatchDecisionProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'confirmed' | 'rejected') => {
    setBusy(true);
    setError(null);
    try {
      onDecided((await decideMatch(match.id, { decision, note: note.trim() })).match);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const noteId = `match-${match.id}-note`;
  return (
    <div className="form decision-form" data-testid="match-decision">
      {error !== null && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor={noteId}>{t('tracing.matches.note')}</label>
        <textarea
          id={noteId}
          name="note"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => void decide('confirmed')}
        >
          {t('tracing.matches.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('rejected')}>
          {t('tracing.matches.reject')}
        </button>
      </div>
    </div>
  );
}
