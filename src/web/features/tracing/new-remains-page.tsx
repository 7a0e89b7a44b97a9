import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RemainsBody } from '../../../server/tracing/tracing.schemas.js';
import { DateField } from '../../components/date-field.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { ApiError } from '../../lib/api-client.js';
import { getParties } from '../../lib/get-parties.js';
import { pickLocalised } from '../../lib/localised-text.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { registerRemains } from './api/register-remains.js';
import { PLACE_PRECISIONS, useTracingLabels } from './lib/labels.js';

type PlacePrecision = RemainsBody['placePrecision'];

const FIELDS = [
  'reference',
  'recoveredPlace',
  'latitude',
  'longitude',
  'recoveredBy',
  'foundWithDocuments',
  'foundWithTokens',
  'clothingNotes',
  'documentName',
] as const;
type TextName = (typeof FIELDS)[number];

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const coordinate = (value: string) => {
  const n = Number(value.replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? null : n;
};

/**
 * Registers remains as recovered: when, where (with coordinates and how well the place is known), by whom, and what
 * was found with them. A liaison registers its own party's; the coordinator names the party. One column, for a phone.
 */
export function NewRemainsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentUser();
  const labels = useTracingLabels();
  const navigate = useNavigate();
  const parties = useApiQuery((signal) => getParties(signal), []);
  const [text, setText] = useState<Record<TextName, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<TextName, string>,
  );
  const [recoveredOn, setRecoveredOn] = useState('');
  const [repatriatedOn, setRepatriatedOn] = useState('');
  const [placePrecision, setPlacePrecision] = useState<PlacePrecision>('settlement');
  const [sex, setSex] = useState<'' | 'm' | 'f'>('');
  const [partyId, setPartyId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const sides = (parties.data ?? []).filter((p) => p.kind === 'party' && p.active);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: RemainsBody = {
      reference: text.reference.trim(),
      recoveredOn,
      recoveredPlace: text.recoveredPlace.trim(),
      latitude: coordinate(text.latitude),
      longitude: coordinate(text.longitude),
      placePrecision,
      recoveredBy: text.recoveredBy.trim(),
      foundWithDocuments: orNull(text.foundWithDocuments),
      foundWithTokens: orNull(text.foundWithTokens),
      clothingNotes: orNull(text.clothingNotes),
      sex: sex === '' ? null : sex,
      documentName: orNull(text.documentName),
      repatriatedOn: repatriatedOn === '' ? null : repatriatedOn,
      ...(user.role === 'coordinator' && partyId !== '' ? { partyId } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      const registered = await registerRemains(body);
      navigate(`/tracing/remains/${encodeURIComponent(registered.id)}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: TextName, label: string) => (
    <TextField
      label={label}
      name={name}
      value={text[name]}
      error={fieldErrors[name]}
      onChange={(value) => setText((current) => ({ ...current, [name]: value }))}
    />
  );
  return (
    <div className="page" data-testid="tracing-new-remains" style={{ maxWidth: '36rem' }}>
      <h1>{t('tracing.remainsForm.title')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('tracing.remainsForm.recovery')}</legend>
          {user.role === 'coordinator' && (
            <SelectField
              label={t('tracing.remainsForm.party')}
              name="partyId"
              value={partyId}
              error={fieldErrors.partyId}
              options={[
                { value: '', label: t('common.none') },
                ...sides.map((p) => ({ value: p.id, label: pickLocalised(p.names, i18n.language).value })),
              ]}
              onChange={setPartyId}
            />
          )}
          {field('reference', t('tracing.remainsForm.reference'))}
          <DateField
            label={t('tracing.remainsForm.recoveredOn')}
            name="recoveredOn"
            value={recoveredOn}
            error={fieldErrors.recoveredOn}
            onChange={setRecoveredOn}
          />
          {field('recoveredPlace', t('tracing.remainsForm.recoveredPlace'))}
          {field('latitude', t('tracing.remainsForm.latitude'))}
          {field('longitude', t('tracing.remainsForm.longitude'))}
          <SelectField
            label={t('tracing.remainsForm.placePrecision')}
            name="placePrecision"
            value={placePrecision}
            options={PLACE_PRECISIONS.map((value) => ({ value, label: labels.placePrecision(value) }))}
            onChange={setPlacePrecision}
          />
          {field('recoveredBy', t('tracing.remainsForm.recoveredBy'))}
        </fieldset>
        <fieldset>
          <legend>{t('tracing.remainsForm.foundWith')}</legend>
          {field('foundWithDocuments', t('tracing.remainsForm.documents'))}
          {field('documentName', t('tracing.remainsForm.documentName'))}
          {field('foundWithTokens', t('tracing.remainsForm.tokens'))}
          {field('clothingNotes', t('tracing.remainsForm.clothing'))}
          <SelectField
            label={t('tracing.remainsForm.sex')}
            name="sex"
            value={sex}
            options={[
              { value: '' as const, label: t('common.none') },
              { value: 'm' as const, label: t('tracing.form.male') },
              { value: 'f' as const, label: t('tracing.form.female') },
            ]}
            onChange={setSex}
          />
          <DateField
            label={t('tracing.remainsForm.repatriatedOn')}
            name="repatriatedOn"
            value={repatriatedOn}
            error={fieldErrors.repatriatedOn}
            onChange={setRepatriatedOn}
          />
        </fieldset>
        {error !== null && <ErrorMessage error={error} />}
        <div className="form-actions">
          <button className="button-primary" type="submit" disabled={busy}>
            {t('tracing.remainsForm.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
