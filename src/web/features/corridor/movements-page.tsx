import type { ChartConfiguration } from 'chart.js';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MovementDetailsBody } from '../../../server/corridor/movements.schemas.js';
import { ChartCanvas } from '../../components/chart-canvas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getMovements, getPlaces, getTonnage, planMovement } from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';

const CATEGORY_COLOURS = {
  food: '#1f6b3a',
  medical: '#a52a2a',
  shelter_and_construction: '#8a4f00',
  fuel: '#6a3d9a',
  other: '#8a8f98',
} as const;

/** Movements through the corridor: the coordinator plans them; everyone sees their status and who is awaited. */
export function MovementsPage() {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const data = useApiQuery(async (signal) => {
    const [movements, places, parties, tonnage] = await Promise.all([
      getMovements(signal),
      getPlaces(signal),
      getParties(signal),
      getTonnage(signal),
    ]);
    return { movements, places, parties, tonnage };
  }, []);
  const tonnageChart = useMemo((): ChartConfiguration | null => {
    if (data.status !== 'success') return null;
    const weeks = data.data.tonnage.weeks;
    return {
      type: 'bar',
      data: {
        labels: weeks.map((w) => w.week),
        datasets: (Object.keys(CATEGORY_COLOURS) as (keyof typeof CATEGORY_COLOURS)[]).map((category) => ({
          label: t(`corridor.category.${category}`),
          data: weeks.map((w) => Math.round(w.tonnes[category] * 10) / 10),
          backgroundColor: CATEGORY_COLOURS[category],
        })),
      },
      options: {
        scales: {
          x: { stacked: true },
          y: { stacked: true, title: { display: true, text: t('corridor.cargo.tonnes') } },
        },
      },
    };
  }, [data, t]);
  return (
    <div className="page" data-testid="corridor-movements">
      <header className="page-header">
        <h1>{t('corridor.movements.title')}</h1>
      </header>
      {data.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {data.status === 'success' && (
        <>
          {user.role === 'coordinator' && <PlanForm places={data.data.places} />}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('corridor.movements.reference')}</th>
                  <th scope="col">{t('corridor.movements.window')}</th>
                  <th scope="col">{t('corridor.movements.route')}</th>
                  <th scope="col">{t('corridor.movements.status')}</th>
                  <th scope="col">{t('corridor.movements.pending')}</th>
                </tr>
              </thead>
              <tbody>
                {data.data.movements.map((m) => (
                  <tr key={m.id} data-testid="movement-row">
                    <td data-label={t('corridor.movements.reference')}>
                      <Link to={`/corridor/movements/${encodeURIComponent(m.id)}`}>{m.reference}</Link>
                      <span className="muted"> · {labels.kind(m.kind)}</span>
                    </td>
                    <td data-label={t('corridor.movements.window')}>{dates.dateTime(m.windowStart)}</td>
                    <td data-label={t('corridor.movements.route')}>
                      {labels.place(
                        data.data.places.find((p) => p.id === m.fromPlaceId),
                        m.fromPlaceId,
                      )}{' '}
                      →{' '}
                      {labels.place(
                        data.data.places.find((p) => p.id === m.toPlaceId),
                        m.toPlaceId,
                      )}
                    </td>
                    <td data-label={t('corridor.movements.status')}>{labels.status(m.status)}</td>
                    <td data-label={t('corridor.movements.pending')}>
                      {m.pendingPartyIds
                        .map((id) => data.data.parties.find((p) => p.id === id)?.names[labels.language] ?? id)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="card">
            <h2>{t('corridor.cargo.title')}</h2>
            {tonnageChart && (
              <ChartCanvas config={tonnageChart} label={t('corridor.cargo.title')} testId="tonnage-chart" />
            )}
          </section>
        </>
      )}
    </div>
  );
}

function PlanForm({
  places,
}: {
  places: { id: string; names: { en: string[] } & Record<string, string[]> }[];
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [form, setForm] = useState({
    kind: 'convoy' as MovementDetailsBody['kind'],
    reference: '',
    fromPlaceId: 'goris',
    toPlaceId: 'stepanakert',
    windowStart: '',
    windowEnd: '',
    vehicles: '0',
    people: '0',
    cargoSummary: '',
    escort: '',
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await planMovement({
        ...form,
        windowStart: new Date(form.windowStart).toISOString(),
        windowEnd: new Date(form.windowEnd).toISOString(),
        vehicles: Number(form.vehicles),
        people: Number(form.people),
      });
      navigate(`/corridor/movements/${encodeURIComponent(created.id)}`);
    } catch (cause) {
      setError(cause);
    }
  };
  const placeOptions = places.map((p) => (
    <option key={p.id} value={p.id}>
      {labels.place(p as never, p.id)}
    </option>
  ));
  return (
    <form className="card form-grid" onSubmit={submit} data-testid="plan-movement">
      <h2>{t('corridor.movements.plan')}</h2>
      <label>
        {t('corridor.movements.kind')}
        <select value={form.kind} onChange={set('kind')}>
          <option value="convoy">{labels.kind('convoy')}</option>
          <option value="mission">{labels.kind('mission')}</option>
        </select>
      </label>
      <label>
        {t('corridor.movements.reference')}
        <input required value={form.reference} onChange={set('reference')} name="reference" />
      </label>
      <label>
        {t('corridor.movements.from')}
        <select value={form.fromPlaceId} onChange={set('fromPlaceId')}>
          {placeOptions}
        </select>
      </label>
      <label>
        {t('corridor.movements.to')}
        <select value={form.toPlaceId} onChange={set('toPlaceId')}>
          {placeOptions}
        </select>
      </label>
      <label>
        {t('corridor.movements.windowStart')}
        <input
          required
          type="datetime-local"
          value={form.windowStart}
          onChange={set('windowStart')}
          name="windowStart"
        />
      </label>
      <label>
        {t('corridor.movements.windowEnd')}
        <input
          required
          type="datetime-local"
          value={form.windowEnd}
          onChange={set('windowEnd')}
          name="windowEnd"
        />
      </label>
      <label>
        {t('corridor.movements.vehicles')}
        <input type="number" min={0} value={form.vehicles} onChange={set('vehicles')} name="vehicles" />
      </label>
      <label>
        {t('corridor.movements.people')}
        <input type="number" min={0} value={form.people} onChange={set('people')} name="people" />
      </label>
      <label>
        {t('corridor.movements.cargo')}
        <input value={form.cargoSummary} onChange={set('cargoSummary')} name="cargoSummary" />
      </label>
      <label>
        {t('corridor.movements.escort')}
        <input value={form.escort} onChange={set('escort')} name="escort" />
      </label>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('corridor.movements.planSubmit')}
        </button>
      </div>
    </form>
  );
}
