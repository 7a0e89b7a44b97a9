import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemPatchBody, ActionItemView } from '../../../server/meetings/meetings.schemas.js';
import type { Party } from '../../../server/routes/parties.schemas.js';
import { DateField } from '../../components/date-field.js';
import { ApiError, apiRequest } from '../../lib/api-client.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { ACTION_STATE_KEYS, partyName } from '../provisions/labels.js';

const STATUS_KEYS = {
  open: 'meetings.status.open',
  done: 'meetings.status.done',
  dropped: 'meetings.status.dropped',
} as const;

const STEP_KEYS = {
  done: 'meetings.markDone',
  open: 'meetings.markOpen',
  dropped: 'meetings.markDropped',
} as const;

function patchActionItem(id: string, body: Partial<ActionItemPatchBody>) {
  return apiRequest('PATCH', `/action-items/${encodeURIComponent(id)}`, { body });
}

/**
 * One action item: what, by whom, by when, where it stands; the steps this reader may take (its owner's liaisons
 * mark it done on a day with a note, or not done after all; the coordinator also drops it), and its history.
 */
export function ActionItem({
  item,
  parties,
  today,
  onChanged,
}: {
  item: ActionItemView;
  parties: Party[];
  today: string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const [doneOn, setDoneOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const owner = item.ownerPartyId
    ? partyName(parties, item.ownerPartyId, i18n.language)
    : t('meetings.noOwner');

  async function step(status: ActionItemView['status']) {
    setBusy(true);
    try {
      await patchActionItem(item.id, { status, doneOn: status === 'done' ? doneOn || null : null, note });
      setErrors({});
      setNote('');
      onChanged();
    } catch (error) {
      const byField = error instanceof ApiError ? error.fieldErrors() : {};
      setErrors(Object.keys(byField).length > 0 ? byField : { form: String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="action-item" data-testid="action-item" data-owner={item.ownerPartyId ?? ''}>
      <p>
        {item.description} · {owner} · {item.dueOn ? dates.date(item.dueOn) : t('common.none')} ·{' '}
        <span className={`badge action-${item.state}`} data-testid="action-state">
          {t(ACTION_STATE_KEYS[item.state])}
        </span>
        {item.doneOn && <> · {t('meetings.doneOn', { date: dates.date(item.doneOn) })}</>}
      </p>
      {item.availableStatuses.length > 0 && (
        <div className="inline-form" data-testid="action-item-form">
          {item.availableStatuses.includes('done') && (
            <DateField
              label={t('meetings.doneOnLabel')}
              name="doneOn"
              value={doneOn}
              onChange={setDoneOn}
              error={errors.doneOn ? t('meetings.doneOnInvalid') : undefined}
              required
            />
          )}
          <label>
            {t('meetings.note')}
            <input name="note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="button-row">
            {item.availableStatuses.map((status) => (
              <button
                key={status}
                type="button"
                disabled={busy}
                data-testid={`action-${status}`}
                onClick={() => step(status)}
              >
                {t(STEP_KEYS[status])}
              </button>
            ))}
          </div>
          {(errors.form || errors.status) && (
            <p className="field-error" role="alert">
              {errors.status ? t('meetings.notYours') : errors.form}
            </p>
          )}
        </div>
      )}
      {item.history.length > 0 && (
        <details className="action-history">
          <summary>{t('meetings.historyHeading')}</summary>
          <ol data-testid="action-history">
            {item.history.map((h) => (
              <li key={`${h.at}-${h.toStatus}`}>
                {dates.dateTime(h.at)} · {t(STATUS_KEYS[h.toStatus])}
                {h.doneOn && ` (${dates.date(h.doneOn)})`} ·{' '}
                {h.byPartyId
                  ? t('meetings.byForParty', {
                      user: h.by,
                      party: partyName(parties, h.byPartyId, i18n.language),
                    })
                  : h.by}
                {h.note && ` — ${h.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
