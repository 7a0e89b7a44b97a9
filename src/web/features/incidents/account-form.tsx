import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../server/corridor/layers.schemas.js';
import type { AccountBody, IncidentAccount } from '../../../server/incidents/incidents.schemas.js';
import type { Party } from '../../../server/routes/parties.schemas.js';
import { DateField } from '../../components/date-field.js';
import { ApiError } from '../../lib/api-client.js';
import { instantInZone, zonedParts } from '../../lib/format-date.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { partyName } from '../provisions/labels.js';
import {
  CASUALTY_KEYS,
  DIRECTION_KEYS,
  EXPLOSION_TYPE_KEYS,
  INCIDENT_KIND_KEYS,
  OBSERVATION_MODE_KEYS,
  PLACE_PRECISION_KEYS,
  PROBLEM_KEYS,
  SHOT_TYPE_KEYS,
  TIME_PRECISION_KEYS,
} from './labels.js';

type Kind = AccountBody['kind'];

/** Kinds whose weapon and calibre can be told (the domain refuses them on any other). */
const ARMED: readonly Kind[] = ['explosion', 'shots'];

/** The problem's field path → the form field it is shown beside. */
function fieldOf(path: string): string {
  if (path.startsWith('casualties.')) return path.slice('casualties.'.length);
  if (path.startsWith('actorPartyIds')) return 'actors';
  if (path.startsWith('sources')) return 'sources';
  if (path === 'place.placeId' || path === 'place') return 'placeId';
  if (path === 'place.latitude') return 'latitude';
  if (path === 'place.longitude') return 'longitude';
  if (path === 'place.precision') return 'placePrecision';
  return path;
}

/**
 * An account of an incident after the SMM's daily reports: a liaison's report or claim, or the monitor's finding.
 * What happened (kind; explosions by type, shots and bursts, weapon and calibre, how many), when (in the reader's
 * zone, with how well it is known), where (a gazetteer place or coordinates, with precision), how it was observed
 * (heard or seen, direction and distance), who acted, casualties by category and sources. The form checks what it
 * can before sending; the server judges every field and names the wrong ones, each shown beside its field.
 */
export function AccountForm({
  parties,
  places,
  initial,
  submitLabel,
  onSubmit,
}: {
  parties: Party[];
  places: Place[];
  /** The account this writer gave before (its party's claim, the monitor's finding): the form starts from it. */
  initial?: IncidentAccount;
  submitLabel: string;
  onSubmit: (body: Partial<AccountBody>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'shots');
  // The time given before, as the wall clock of the reader's zone.
  const at = initial ? zonedParts(Date.parse(initial.occurredAt), dates.timeZone) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const [day, setDay] = useState(at ? `${at.year}-${pad(at.month)}-${pad(at.day)}` : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language as 'en' | 'ru' | 'hy' | 'az';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const number = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
    const chosen = <T extends string>(name: string) => (text(name) === '' ? undefined : (text(name) as T));
    const casualties: Record<string, number> = {};
    for (const category of Object.keys(CASUALTY_KEYS)) {
      const value = number(category);
      if (value !== undefined) casualties[category] = value;
    }
    const time = /^(\d{1,2})[:.](\d{2})$/.exec(text('occurredTime'));
    const local: Record<string, string> = {};
    if (time === null || Number(time[1]) > 23 || Number(time[2]) > 59) local.occurredTime = 'not_a_time';
    const occurred =
      time === null ? null : instantInZone(`${day}T${time[1].padStart(2, '0')}:${time[2]}`, dates.timeZone);
    if (day === '' || (occurred === null && time !== null)) local.occurredAt = 'not_a_time';
    else if (occurred !== null && occurred.getTime() > Date.now()) local.occurredAt = 'in_the_future';
    if (text('description') === '') local.description = 'required';
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    const armed = ARMED.includes(kind);
    setBusy(true);
    try {
      await onSubmit({
        kind,
        occurredAt: occurred?.toISOString() ?? day,
        timePrecision: chosen<AccountBody['timePrecision']>('timePrecision') ?? 'hour',
        place: {
          placeId: text('placeId') || null,
          latitude: number('latitude') ?? null,
          longitude: number('longitude') ?? null,
          precision: chosen<AccountBody['place']['precision']>('placePrecision') ?? 'near',
        },
        explosionType: kind === 'explosion' ? chosen('explosionType') : undefined,
        shotType: kind === 'shots' ? chosen('shotType') : undefined,
        weapon: armed ? text('weapon') || undefined : undefined,
        calibreMm: armed ? number('calibreMm') : undefined,
        count: number('count'),
        observedBy: chosen('observedBy'),
        direction: chosen('direction'),
        distanceKm: number('distanceKm'),
        casualties,
        description: text('description'),
        actorPartyIds: form.getAll('actors').map(String),
        sources: text('sources')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
      });
      setErrors({});
      setFailure(null);
    } catch (error) {
      const byField = error instanceof ApiError ? error.fieldErrors() : {};
      if (Object.keys(byField).length === 0)
        setFailure(error instanceof Error ? error.message : String(error));
      else
        setErrors(
          Object.fromEntries(Object.entries(byField).map(([path, reason]) => [fieldOf(path), reason])),
        );
    } finally {
      setBusy(false);
    }
  }

  const problemText = (reason: string) =>
    reason in PROBLEM_KEYS
      ? t(PROBLEM_KEYS[reason as keyof typeof PROBLEM_KEYS])
      : t('incidents.problem.invalid');

  /** A field's label and control, with its problem (if any) beside it, tied to the control for screen readers. */
  const field = (
    name: string,
    label: string,
    control: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode,
  ) => {
    const reason = errors[name];
    const controlId = `account-${name}`;
    const id = `account-${name}-error`;
    return (
      <div className={reason ? 'form-field has-error' : 'form-field'} key={name}>
        <label htmlFor={controlId}>{label}</label>
        {control(
          reason ? { id: controlId, 'aria-invalid': true, 'aria-describedby': id } : { id: controlId },
        )}
        {reason && (
          <span className="field-error" id={id} data-testid={`error-${name}`}>
            {problemText(reason)}
          </span>
        )}
      </div>
    );
  };
  /** The options of a select, each already in the reader's language; `blank` adds "not said". */
  const options = (labelled: [string, string][], blank: boolean) => (
    <>
      {blank && <option value="">{t('common.none')}</option>}
      {labelled.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
  const errorCount = Object.keys(errors).length;

  return (
    <form className="inline-form account-form" onSubmit={submit} data-testid="account-form" noValidate>
      <fieldset>
        <legend>{t('incidents.form.what')}</legend>
        {field('kind', t('incidents.kindHeading'), (aria) => (
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} {...aria}>
            {options(
              Object.entries(INCIDENT_KIND_KEYS).map(([value, key]) => [value, t(key)]),
              false,
            )}
          </select>
        ))}
        {kind === 'explosion' &&
          field('explosionType', t('incidents.field.explosionType'), (aria) => (
            <select name="explosionType" defaultValue={initial?.explosionType ?? 'undetermined'} {...aria}>
              {options(
                Object.entries(EXPLOSION_TYPE_KEYS).map(([value, key]) => [value, t(key)]),
                false,
              )}
            </select>
          ))}
        {kind === 'shots' &&
          field('shotType', t('incidents.field.shotType'), (aria) => (
            <select name="shotType" defaultValue={initial?.shotType ?? 'undetermined'} {...aria}>
              {options(
                Object.entries(SHOT_TYPE_KEYS).map(([value, key]) => [value, t(key)]),
                false,
              )}
            </select>
          ))}
        {ARMED.includes(kind) && (
          <>
            {field('weapon', t('incidents.field.weaponSystem'), (aria) => (
              <input
                name="weapon"
                defaultValue={initial?.weapon}
                maxLength={200}
                placeholder="D-30"
                {...aria}
              />
            ))}
            {field('calibreMm', t('incidents.field.calibreMm'), (aria) => (
              <input
                name="calibreMm"
                defaultValue={initial?.calibreMm}
                type="number"
                min="4"
                max="1000"
                step="any"
                inputMode="decimal"
                {...aria}
              />
            ))}
          </>
        )}
        {field('count', t('incidents.field.count'), (aria) => (
          <input
            name="count"
            defaultValue={initial?.count}
            type="number"
            min="0"
            step="1"
            inputMode="numeric"
            {...aria}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('incidents.form.when')}</legend>
        <DateField
          label={t('incidents.field.occurredOn')}
          name="occurredOn"
          value={day}
          onChange={setDay}
          error={errors.occurredAt ? problemText(errors.occurredAt) : undefined}
          required
        />
        {field('occurredTime', t('incidents.field.occurredTime', { zone: dates.timeZone }), (aria) => (
          <input
            name="occurredTime"
            defaultValue={at ? `${pad(at.hour)}:${pad(at.minute)}` : undefined}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('incidents.field.timePattern')}
            required
            {...aria}
          />
        ))}
        {field('timePrecision', t('incidents.field.timePrecision'), (aria) => (
          <select name="timePrecision" defaultValue={initial?.timePrecision ?? 'hour'} {...aria}>
            {options(
              Object.entries(TIME_PRECISION_KEYS).map(([value, key]) => [value, t(key)]),
              false,
            )}
          </select>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('incidents.form.where')}</legend>
        {field('placeId', t('incidents.field.place'), (aria) => (
          <input
            name="placeId"
            defaultValue={initial?.place.placeId ?? undefined}
            list="incident-places"
            autoComplete="off"
            placeholder="hadrut"
            {...aria}
          />
        ))}
        <datalist id="incident-places">
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {(p.names[language] ?? p.names.en).join(' / ')}
            </option>
          ))}
        </datalist>
        {field('latitude', t('incidents.field.latitude'), (aria) => (
          <input
            name="latitude"
            defaultValue={initial?.place.latitude ?? undefined}
            type="number"
            min="-90"
            max="90"
            step="any"
            inputMode="decimal"
            {...aria}
          />
        ))}
        {field('longitude', t('incidents.field.longitude'), (aria) => (
          <input
            name="longitude"
            defaultValue={initial?.place.longitude ?? undefined}
            type="number"
            min="-180"
            max="180"
            step="any"
            inputMode="decimal"
            {...aria}
          />
        ))}
        {field('placePrecision', t('incidents.field.placePrecision'), (aria) => (
          <select name="placePrecision" defaultValue={initial?.place.precision ?? 'near'} {...aria}>
            {options(
              Object.entries(PLACE_PRECISION_KEYS).map(([value, key]) => [value, t(key)]),
              false,
            )}
          </select>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('incidents.form.how')}</legend>
        {field('observedBy', t('incidents.field.observedBy'), (aria) => (
          <select name="observedBy" defaultValue={initial?.observedBy ?? ''} {...aria}>
            {options(
              Object.entries(OBSERVATION_MODE_KEYS).map(([value, key]) => [value, t(key)]),
              true,
            )}
          </select>
        ))}
        {field('direction', t('incidents.field.direction'), (aria) => (
          <select name="direction" defaultValue={initial?.direction ?? ''} {...aria}>
            {options(
              Object.entries(DIRECTION_KEYS).map(([value, key]) => [value, t(key)]),
              true,
            )}
          </select>
        ))}
        {field('distanceKm', t('incidents.field.distanceKm'), (aria) => (
          <input
            name="distanceKm"
            defaultValue={initial?.distanceKm}
            type="number"
            min="0"
            max="100"
            step="any"
            inputMode="decimal"
            {...aria}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('incidents.actors')}</legend>
        {parties
          .filter((p) => p.kind === 'party')
          .map((p) => (
            <label key={p.id} className="choice">
              <input
                type="checkbox"
                name="actors"
                value={p.id}
                defaultChecked={initial?.actorPartyIds.includes(p.id)}
              />{' '}
              {partyName(parties, p.id, i18n.language)}
            </label>
          ))}
        {errors.actors && (
          <span className="field-error" data-testid="error-actors">
            {t(PROBLEM_KEYS.not_a_party)}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('incidents.casualtiesHeading')}</legend>
        {Object.entries(CASUALTY_KEYS).map(([category, key]) =>
          field(category, t(key), (aria) => (
            <input
              name={category}
              defaultValue={initial?.casualties[category as keyof IncidentAccount['casualties']]}
              type="number"
              min="0"
              step="1"
              inputMode="numeric"
              {...aria}
            />
          )),
        )}
      </fieldset>
      {field('description', t('incidents.description'), (aria) => (
        <textarea
          name="description"
          defaultValue={initial?.description}
          required
          maxLength={4000}
          {...aria}
        />
      ))}
      {field('sources', t('incidents.field.sourcesPerLine'), (aria) => (
        <textarea name="sources" defaultValue={initial?.sources.join('\n')} rows={2} {...aria} />
      ))}
      {errorCount > 0 && (
        <p className="field-error" role="alert" data-testid="account-errors">
          {t('incidents.form.fieldsToCheck', { count: errorCount })}
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
