import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountBody } from '../../../server/incidents/incidents.schemas.js';
import type { Party } from '../../../server/routes/parties.schemas.js';
import { ApiError } from '../../lib/api-client.js';
import { partyName } from '../provisions/labels.js';
import { CASUALTY_KEYS, INCIDENT_KIND_KEYS } from './labels.js';

const FIELD_KEYS = {
  occurredAt: 'incidents.field.occurredAt',
  'place.latitude': 'incidents.field.latitude',
  'place.longitude': 'incidents.field.longitude',
  'place.placeId': 'incidents.field.place',
  place: 'incidents.field.place',
} as const;

/**
 * An account of an incident: a liaison's report or claim, or the monitor's finding. The server judges every field
 * and names the wrong ones, shown beside the form.
 */
export function AccountForm({
  parties,
  submitLabel,
  onSubmit,
}: {
  parties: Party[];
  submitLabel: string;
  onSubmit: (body: Partial<AccountBody>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => (form.get(name) === '' ? null : Number(form.get(name)));
    const casualties: Record<string, number> = {};
    for (const category of Object.keys(CASUALTY_KEYS)) {
      const value = number(category);
      if (value !== null) casualties[category] = value;
    }
    setBusy(true);
    try {
      await onSubmit({
        kind: String(form.get('kind')) as AccountBody['kind'],
        occurredAt: new Date(String(form.get('occurredAt'))).toISOString(),
        timePrecision: 'hour',
        place: {
          placeId: String(form.get('placeId')).trim() || null,
          latitude: number('latitude'),
          longitude: number('longitude'),
          precision: 'near',
        },
        casualties,
        description: String(form.get('description')),
        actorPartyIds: form.getAll('actors').map(String),
        sources: String(form.get('sources')).trim() ? [String(form.get('sources')).trim()] : [],
      });
      setErrors([]);
    } catch (error) {
      setErrors(error instanceof ApiError ? Object.keys(error.fieldErrors()) : ['form']);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid="account-form" noValidate>
      <label>
        {t('incidents.kindHeading')}
        <select name="kind" defaultValue="shots">
          {Object.entries(INCIDENT_KIND_KEYS).map(([kind, key]) => (
            <option key={kind} value={kind}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incidents.field.occurredAt')}
        <input name="occurredAt" type="datetime-local" required />
      </label>
      <label>
        {t('incidents.field.place')}
        <input name="placeId" placeholder="hadrut" />
      </label>
      <label>
        {t('incidents.field.latitude')}
        <input name="latitude" type="number" step="any" />
      </label>
      <label>
        {t('incidents.field.longitude')}
        <input name="longitude" type="number" step="any" />
      </label>
      <fieldset>
        <legend>{t('incidents.actors')}</legend>
        {parties
          .filter((p) => p.kind === 'party')
          .map((p) => (
            <label key={p.id}>
              <input type="checkbox" name="actors" value={p.id} /> {partyName(parties, p.id, i18n.language)}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>{t('incidents.casualtiesHeading')}</legend>
        {Object.entries(CASUALTY_KEYS).map(([category, key]) => (
          <label key={category}>
            {t(key)} <input name={category} type="number" min="0" step="1" />
          </label>
        ))}
      </fieldset>
      <label>
        {t('incidents.description')}
        <textarea name="description" required />
      </label>
      <label>
        {t('incidents.sources')}
        <input name="sources" />
      </label>
      {errors.length > 0 && (
        <ul className="field-error" role="alert" data-testid="account-errors">
          {errors.map((field) => (
            <li key={field}>
              {t('incidents.invalidField', {
                field: field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field,
              })}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
