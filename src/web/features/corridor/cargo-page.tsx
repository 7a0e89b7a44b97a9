import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsignmentDto, NewConsignmentBody } from '../../../server/corridor/cargo.schemas.js';
import type { Place } from '../../../server/corridor/layers.schemas.js';
import type { Movement } from '../../../server/corridor/movements.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { todayIso } from '../../lib/today.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import {
  dispatchConsignment,
  getConsignments,
  getMovements,
  getPlaces,
  receiveConsignment,
} from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';

const CATEGORIES = ['food', 'medical', 'shelter_and_construction', 'fuel', 'other'] as const;
type Line = {
  category: (typeof CATEGORIES)[number];
  description: string;
  quantity: string;
  unit: string;
  weightKg: string;
};
const emptyLine = (): Line => ({ category: 'food', description: '', quantity: '', unit: '', weightKg: '' });

/** Humanitarian cargo: consignments with their lines, dispatched and received (good, damaged, lost), loss reports. */
export function CargoPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const data = useApiQuery(async (signal) => {
    const [consignments, places, movements] = await Promise.all([
      getConsignments(signal),
      getPlaces(signal),
      getMovements(signal),
    ]);
    return { consignments, places, movements };
  }, []);
  return (
    <div className="page" data-testid="corridor-cargo">
      <header className="page-header">
        <h1>{t('corridor.cargo.pageTitle')}</h1>
      </header>
      {data.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {data.status === 'error' && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {data.status === 'success' && (
        <>
          {user.role === 'coordinator' && (
            <DispatchForm places={data.data.places} movements={data.data.movements} onDone={data.reload} />
          )}
          {data.data.consignments.map((consignment) => (
            <ConsignmentCard
              key={consignment.id}
              consignment={consignment}
              places={data.data.places}
              movement={data.data.movements.find((m) => m.id === consignment.movementId)}
              mayReceive={user.role === 'coordinator'}
              onDone={data.reload}
            />
          ))}
        </>
      )}
    </div>
  );
}

function DispatchForm({
  places,
  movements,
  onDone,
}: {
  places: Place[];
  /** The movements a consignment can go with (not cancelled or completed). */
  movements: Movement[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const [error, setError] = useState<unknown>(null);
  const [form, setForm] = useState({
    reference: '',
    sender: '',
    receiver: '',
    fromPlaceId: 'goris',
    toPlaceId: 'stepanakert',
    dispatchedOn: todayIso(),
    movementId: '',
  });
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: event.target.value }));
  const setLine = (index: number, field: keyof Line) => (event: { target: { value: string } }) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, [field]: event.target.value } : line)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const body: NewConsignmentBody = {
      ...form,
      movementId: form.movementId === '' ? null : form.movementId,
      lines: lines.map((line) => ({
        category: line.category,
        description: line.description,
        quantity: Number(line.quantity),
        unit: line.unit,
        weightKg: Number(line.weightKg),
      })),
    };
    try {
      await dispatchConsignment(body);
      setForm((f) => ({ ...f, reference: '' }));
      setLines([emptyLine()]);
      onDone();
    } catch (cause) {
      setError(cause);
    }
  };
  const placeOptions = places.map((p) => (
    <option key={p.id} value={p.id}>
      {labels.place(p, p.id)}
    </option>
  ));
  return (
    <form className="card form-grid" onSubmit={submit} data-testid="dispatch-consignment">
      <h2 className="form-wide">{t('corridor.cargo.dispatch')}</h2>
      <label>
        {t('corridor.cargo.reference')}
        <input required name="reference" value={form.reference} onChange={set('reference')} />
      </label>
      <label>
        {t('corridor.cargo.sender')}
        <input required name="sender" value={form.sender} onChange={set('sender')} />
      </label>
      <label>
        {t('corridor.cargo.receiver')}
        <input required name="receiver" value={form.receiver} onChange={set('receiver')} />
      </label>
      <label>
        {t('corridor.movements.from')}
        <select name="fromPlaceId" value={form.fromPlaceId} onChange={set('fromPlaceId')}>
          {placeOptions}
        </select>
      </label>
      <label>
        {t('corridor.movements.to')}
        <select name="toPlaceId" value={form.toPlaceId} onChange={set('toPlaceId')}>
          {placeOptions}
        </select>
      </label>
      <label>
        {t('corridor.cargo.dispatchedOn')}
        <input
          required
          type="date"
          name="dispatchedOn"
          value={form.dispatchedOn}
          onChange={set('dispatchedOn')}
        />
      </label>
      <label>
        {t('corridor.cargo.movement')}
        <select name="movementId" value={form.movementId} onChange={set('movementId')}>
          <option value="">{t('corridor.cargo.noMovement')}</option>
          {movements
            .filter((m) => m.status !== 'cancelled' && m.status !== 'completed')
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.reference} · {dates.date(m.windowStart.slice(0, 10))}
              </option>
            ))}
        </select>
      </label>
      <fieldset className="form-wide cargo-lines">
        <legend>{t('corridor.cargo.lines')}</legend>
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity until dispatched
          <div className="cargo-line" key={index} data-testid="cargo-line">
            <select
              aria-label={t('corridor.cargo.category')}
              name="category"
              value={line.category}
              onChange={setLine(index, 'category')}
            >
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`corridor.category.${category}`)}
                </option>
              ))}
            </select>
            <input
              required
              aria-label={t('corridor.cargo.description')}
              placeholder={t('corridor.cargo.description')}
              name="description"
              value={line.description}
              onChange={setLine(index, 'description')}
            />
            <input
              required
              type="number"
              min={0}
              aria-label={t('corridor.cargo.quantity')}
              placeholder={t('corridor.cargo.quantity')}
              name="quantity"
              value={line.quantity}
              onChange={setLine(index, 'quantity')}
            />
            <input
              required
              aria-label={t('corridor.cargo.unit')}
              placeholder={t('corridor.cargo.unit')}
              name="unit"
              value={line.unit}
              onChange={setLine(index, 'unit')}
            />
            <input
              required
              type="number"
              min={0}
              step="any"
              aria-label={t('corridor.cargo.weightKg')}
              placeholder={t('corridor.cargo.weightKg')}
              name="weightKg"
              value={line.weightKg}
              onChange={setLine(index, 'weightKg')}
            />
            {lines.length > 1 && (
              <button
                type="button"
                className="button-link"
                onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
              >
                {t('corridor.cargo.removeLine')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => setLines((all) => [...all, emptyLine()])}
          data-testid="add-line"
        >
          {t('corridor.cargo.addLine')}
        </button>
      </fieldset>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('corridor.cargo.dispatchSubmit')}
        </button>
      </div>
    </form>
  );
}

function ConsignmentCard({
  consignment,
  places,
  movement,
  mayReceive,
  onDone,
}: {
  consignment: ConsignmentDto;
  places: Place[];
  /** The movement that carries it, when it goes with one the reader may see. */
  movement: Movement | undefined;
  mayReceive: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const dates = useDateFormat();
  const place = (id: string) =>
    labels.place(
      places.find((p) => p.id === id),
      id,
    );
  const number = (n: number) => n.toLocaleString(labels.language, { maximumFractionDigits: 1 });
  return (
    <section className="card" data-testid="consignment" data-reference={consignment.reference}>
      <h2>{consignment.reference}</h2>
      <p>
        {consignment.sender} → {consignment.receiver} · {place(consignment.fromPlaceId)} →{' '}
        {place(consignment.toPlaceId)} · {t('corridor.cargo.dispatchedOn')}{' '}
        {dates.date(consignment.dispatchedOn)}
        {consignment.receivedOn && (
          <>
            {' '}
            · {t('corridor.cargo.receivedOn')} {dates.date(consignment.receivedOn)}
          </>
        )}
        {movement && (
          <>
            {' '}
            · {t('corridor.cargo.movement')}{' '}
            <Link
              to={`/corridor/movements/${encodeURIComponent(movement.id)}`}
              data-testid="consignment-movement"
            >
              {movement.reference}
            </Link>
          </>
        )}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('corridor.cargo.category')}</th>
              <th scope="col">{t('corridor.cargo.description')}</th>
              <th scope="col">{t('corridor.cargo.quantity')}</th>
              <th scope="col">{t('corridor.cargo.weightKg')}</th>
              <th scope="col">{t('corridor.cargo.good')}</th>
              <th scope="col">{t('corridor.cargo.damaged')}</th>
              <th scope="col">{t('corridor.cargo.lost')}</th>
            </tr>
          </thead>
          <tbody>
            {consignment.lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a consignment's lines keep their order
              <tr key={index}>
                <td>{t(`corridor.category.${line.category}`)}</td>
                <td>{line.description}</td>
                <td>
                  {number(line.quantity)} {line.unit}
                </td>
                <td>{number(line.weightKg)}</td>
                <td>{line.received ? number(line.received.good) : '—'}</td>
                <td>{line.received ? number(line.received.damaged) : '—'}</td>
                <td>{line.received ? number(line.received.lost) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {consignment.lossReport.length > 0 && (
        <div className="alert alert-warning" data-testid="loss-report">
          <strong>{t('corridor.cargo.lossReport')}</strong>
          <ul>
            {consignment.lossReport.map((loss) => (
              <li key={loss.line}>
                {t('corridor.cargo.lossLine', {
                  line: loss.line,
                  description: loss.description,
                  damaged: number(loss.damaged),
                  lost: number(loss.lost),
                  kg: number(loss.weightKgNotDelivered),
                })}
              </li>
            ))}
          </ul>
          {consignment.lossNote && <p>{consignment.lossNote}</p>}
        </div>
      )}
      {mayReceive && consignment.receivedOn === null && (
        <ReceiptForm consignment={consignment} onDone={onDone} />
      )}
    </section>
  );
}

function ReceiptForm({ consignment, onDone }: { consignment: ConsignmentDto; onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [receivedOn, setReceivedOn] = useState(() => todayIso());
  const [lossNote, setLossNote] = useState('');
  const [counts, setCounts] = useState(() =>
    consignment.lines.map((line) => ({ good: String(line.quantity), damaged: '0', lost: '0' })),
  );
  const setCount =
    (index: number, field: 'good' | 'damaged' | 'lost') => (event: { target: { value: string } }) =>
      setCounts((all) => all.map((c, i) => (i === index ? { ...c, [field]: event.target.value } : c)));
  const unbalanced = counts
    .map((c, i) =>
      Number(c.good) + Number(c.damaged) + Number(c.lost) === consignment.lines[i]?.quantity ? null : i + 1,
    )
    .filter((line) => line !== null);
  const anyLoss = counts.some((c) => Number(c.damaged) > 0 || Number(c.lost) > 0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unbalanced.length > 0) return;
    setError(null);
    try {
      await receiveConsignment(consignment.id, {
        receivedOn,
        lossNote: lossNote.trim() === '' ? undefined : lossNote,
        lines: counts.map((c) => ({
          good: Number(c.good),
          damaged: Number(c.damaged),
          lost: Number(c.lost),
        })),
      });
      onDone();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <form className="receipt-form" onSubmit={submit} data-testid="receipt-form">
      <h3>{t('corridor.cargo.receive')}</h3>
      <label>
        {t('corridor.cargo.receivedOn')}
        <input
          required
          type="date"
          name="receivedOn"
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </label>
      {consignment.lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one row per line of the consignment
        <div className="cargo-line" key={index} data-testid="receipt-line">
          <span>
            {index + 1}. {line.description} ({line.quantity} {line.unit})
          </span>
          {(['good', 'damaged', 'lost'] as const).map((field) => (
            <label key={field}>
              {t(`corridor.cargo.${field}`)}
              <input
                type="number"
                min={0}
                name={field}
                value={counts[index]?.[field] ?? ''}
                onChange={setCount(index, field)}
              />
            </label>
          ))}
        </div>
      ))}
      {unbalanced.length > 0 && (
        <p className="field-error" role="alert">
          {t('corridor.cargo.doesNotAddUp', { lines: unbalanced.join(', ') })}
        </p>
      )}
      {anyLoss && (
        <label>
          {t('corridor.cargo.lossNote')}
          <textarea required name="lossNote" value={lossNote} onChange={(e) => setLossNote(e.target.value)} />
        </label>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={unbalanced.length > 0}>
          {t('corridor.cargo.receiveSubmit')}
        </button>
      </div>
    </form>
  );
}
