import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonDetail, StatusEvent } from '../../../server/exchange/persons.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { changePersonStatus } from './api/change-person-status.js';
import { getPerson } from './api/get-person.js';
import { transliterationFor, useBirthDate } from './components/person-name.js';
import { useExchangeLabels } from './lib/labels.js';

function StatusForm({ person, onChanged }: { person: PersonDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const events = person.availableEvents ?? [];
  const [event, setEvent] = useState<StatusEvent | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (events.length === 0) return null;

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    if (event === '') return;
    setBusy(true);
    setError(null);
    try {
      await changePersonStatus(person.id, event, reason.trim());
      setEvent('');
      setReason('');
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-label={t('exchange.person.changeStatus')}>
      <h2>{t('exchange.person.changeStatus')}</h2>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-grid">
        <SelectField
          label={t('exchange.person.event')}
          name="event"
          value={event}
          options={[
            { value: '' as const, label: t('common.none') },
            ...events.map((value) => ({ value, label: labels.statusEvent(value) })),
          ]}
          onChange={setEvent}
        />
        <TextField
          label={t('exchange.person.reason')}
          name="reason"
          value={reason}
          onChange={setReason}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || event === ''}>
          {t('common.buttons.save')}
        </button>
      </div>
    </form>
  );
}

export function PersonPage() {
  const { t, i18n } = useTranslation();
  const birthDate = useBirthDate();
  const { personId = '' } = useParams();
  const { user } = useCurrentUser();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const person = useApiQuery((signal) => getPerson(personId, signal), [personId]);

  if (person.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (person.status === 'error') return <ErrorMessage error={person.error} onRetry={person.reload} />;
  const p = person.data;
  const reading = transliterationFor(p, i18n.language);
  return (
    <div className="page" data-testid="person">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/exchange/persons">{t('exchange.persons.title')}</Link>
        </p>
        <h1 dir="auto">{p.displayName}</h1>
      </header>
      <dl className="facts">
        {reading && (
          <>
            <dt>{t('identity.transliteration')}</dt>
            <dd data-testid="person-transliteration">{reading}</dd>
          </>
        )}
        <dt>{t('identity.birthDate')}</dt>
        <dd data-testid="person-birth-date">{birthDate(p.birthDate) ?? t('common.none')}</dd>
        <dt>{t('identity.listId')}</dt>
        <dd>{p.listIds?.length ? p.listIds.join(', ') : t('common.none')}</dd>
        <dt>{t('exchange.persons.status')}</dt>
        <dd data-testid="person-status">{labels.status(p.status)}</dd>
        <dt>{t('exchange.persons.ownParty')}</dt>
        <dd>{partyName(p.ownPartyId)}</dd>
        <dt>{t('exchange.persons.holdingParty')}</dt>
        <dd>{partyName(p.holdingPartyId)}</dd>
      </dl>
      {user.role === 'coordinator' && <StatusForm person={p} onChanged={person.reload} />}
      <h2>{t('exchange.person.history')}</h2>
      <div className="table-wrap">
        <table data-testid="person-history">
          <thead>
            <tr>
              <th scope="col">{t('exchange.person.when')}</th>
              <th scope="col">{t('exchange.person.change')}</th>
              <th scope="col">{t('exchange.person.reason')}</th>
              <th scope="col">{t('exchange.person.by')}</th>
            </tr>
          </thead>
          <tbody>
            {p.history.map((change) => (
              <tr key={`${change.at}:${change.to}`}>
                <td data-label={t('exchange.person.when')}>
                  <time dateTime={change.at}>{dates.dateTime(change.at)}</time>
                </td>
                <td data-label={t('exchange.person.change')}>
                  {change.from
                    ? t('exchange.person.fromTo', {
                        from: labels.status(change.from),
                        to: labels.status(change.to),
                      })
                    : labels.status(change.to)}
                </td>
                <td data-label={t('exchange.person.reason')}>
                  {labels.statusReason(
                    change.run
                      ? {
                          ...change.reason,
                          params: { ...change.reason.params, run: dates.dateTime(change.run.startedAt) },
                        }
                      : change.reason,
                  ) || t('common.none')}
                  {change.run && (
                    <>
                      {' '}
                      <Link to={`/exchange/reconciliations/${encodeURIComponent(change.run.id)}`}>
                        {t('identity.openRun')}
                      </Link>
                    </>
                  )}
                </td>
                <td data-label={t('exchange.person.by')}>{change.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
