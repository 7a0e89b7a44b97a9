import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckpointPosts, Passage } from '../../../server/corridor/passages.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getCheckpointPosts, getMovements, getPassages } from './api/corridor-api.js';
import { useCorridorLabels } from './lib/labels.js';
import {
  type DevicePassage,
  editPassage,
  keepDeviceVersion,
  keepStoredVersion,
  type PassageEntry,
} from './lib/passage-sync.js';
import { useDevicePassages } from './lib/use-device-passages.js';

type Post = CheckpointPosts['items'][number];

/** The passage log: a field officer's form (also offline) and device queue; the log as stored for every reader. */
export function PassagesPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  return (
    <div className="page" data-testid="corridor-passages">
      <header className="page-header">
        <h1>{t('corridor.passages.title')}</h1>
      </header>
      {user.role === 'field_officer' ? <FieldOfficerLog userId={user.id} /> : <StoredLog />}
    </div>
  );
}

/** The checkpoints last offered to this officer, kept on the device so that the form opens without a link. */
function useCheckpointPosts(userId: string) {
  const memory = `parley.corridor.posts.${userId}`;
  return useApiQuery(
    async (signal) => {
      try {
        const posts = await getCheckpointPosts(signal);
        localStorage.setItem(memory, JSON.stringify(posts));
        return posts;
      } catch (error) {
        const kept = localStorage.getItem(memory);
        if (kept === null) throw error;
        return JSON.parse(kept) as Post[];
      }
    },
    [memory],
  );
}

function FieldOfficerLog({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const posts = useCheckpointPosts(userId);
  // Movements name the convoy a passage belongs to; without a link (and nothing kept) the field stays empty.
  const movements = useApiQuery((signal) => getMovements(signal).catch(() => []), []);
  const device = useDevicePassages(userId);
  const [editing, setEditing] = useState<DevicePassage | null>(null);
  const queued = device.passages.filter((p) => p.state === 'queued').length;

  return (
    <>
      <p
        className={`alert ${device.online ? 'alert-info' : 'alert-warning'}`}
        role="status"
        data-testid="link-status"
        data-online={device.online ? 'true' : 'false'}
      >
        {device.online ? t('corridor.passages.online') : t('corridor.passages.offline')}{' '}
        {queued > 0 && t('corridor.passages.waiting', { count: queued })}
      </p>
      {device.storageError !== null && <ErrorMessage error={device.storageError} />}
      {posts.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {posts.status === 'error' && <ErrorMessage error={posts.error} onRetry={posts.reload} />}
      {posts.status === 'success' &&
        (posts.data.length === 0 ? (
          <p className="muted">{t('corridor.passages.noPost')}</p>
        ) : (
          <PassageForm
            key={editing?.key ?? 'new'}
            posts={posts.data}
            movements={movements.status === 'success' ? movements.data : []}
            editing={editing}
            onCancel={() => setEditing(null)}
            onSave={async (entry) => {
              if (editing) await device.save(editPassage(editing, entry, new Date().toISOString()));
              else await device.add(entry);
              setEditing(null);
            }}
          />
        ))}
      <section className="card">
        <h2>{t('corridor.passages.onDevice')}</h2>
        {device.passages.length === 0 ? (
          <p className="muted">{t('corridor.passages.noneOnDevice')}</p>
        ) : (
          <ul className="device-passages">
            {device.passages.map((passage) => (
              <DevicePassageItem
                key={passage.key}
                passage={passage}
                posts={posts.status === 'success' ? posts.data : []}
                onEdit={() => setEditing(passage)}
                onKeepMine={() => device.save(keepDeviceVersion(passage))}
                onKeepStored={() => device.save(keepStoredVersion(passage))}
                onDiscard={() => device.discard(passage.key)}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const localInput = (iso: string | null) => {
  if (iso === null) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function PassageForm({
  posts,
  movements,
  editing,
  onSave,
  onCancel,
}: {
  posts: Post[];
  movements: { id: string; reference: string }[];
  editing: DevicePassage | null;
  onSave: (entry: PassageEntry) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const start = editing?.entry;
  const [form, setForm] = useState({
    checkpointId: start?.checkpointId ?? posts[0]?.id ?? '',
    movementId: start?.movementId ?? '',
    direction: start?.direction ?? ('inbound' as PassageEntry['direction']),
    timeIn: localInput(start?.timeIn ?? new Date().toISOString()),
    timeOut: localInput(start?.timeOut ?? null),
    vehicles: String(start?.vehicles ?? 0),
    inspection: start?.inspection ?? ('passed' as PassageEntry['inspection']),
    remarks: start?.remarks ?? '',
  });
  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(false), 4000);
    return () => window.clearTimeout(timer);
  }, [saved]);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: event.target.value }));
  const timeOutBeforeIn = form.timeOut !== '' && new Date(form.timeOut) < new Date(form.timeIn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (timeOutBeforeIn) return;
    setError(null);
    try {
      await onSave({
        checkpointId: form.checkpointId,
        movementId: form.movementId === '' ? null : form.movementId,
        direction: form.direction,
        timeIn: new Date(form.timeIn).toISOString(),
        timeOut: form.timeOut === '' ? null : new Date(form.timeOut).toISOString(),
        vehicles: Number(form.vehicles),
        inspection: form.inspection,
        remarks: form.remarks,
      });
      setSaved(true);
      setForm((f) => ({
        ...f,
        vehicles: '0',
        remarks: '',
        timeOut: '',
        timeIn: localInput(new Date().toISOString()),
      }));
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <form className="card form-grid passage-form" onSubmit={submit} data-testid="passage-form">
      <h2>{editing ? t('corridor.passages.edit') : t('corridor.passages.record')}</h2>
      <label>
        {t('corridor.passages.checkpoint')}
        <select name="checkpointId" value={form.checkpointId} onChange={set('checkpointId')}>
          {posts.map((post) => (
            <option key={post.id} value={post.id}>
              {labels.name(post.names)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('corridor.passages.movement')}
        <select name="movementId" value={form.movementId} onChange={set('movementId')}>
          <option value="">{t('corridor.passages.noMovement')}</option>
          {movements.map((m) => (
            <option key={m.id} value={m.id}>
              {m.reference}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('corridor.passages.direction')}
        <select name="direction" value={form.direction} onChange={set('direction')}>
          <option value="inbound">{t('corridor.direction.inbound')}</option>
          <option value="outbound">{t('corridor.direction.outbound')}</option>
        </select>
      </label>
      <label>
        {t('corridor.passages.timeIn')}
        <input required type="datetime-local" name="timeIn" value={form.timeIn} onChange={set('timeIn')} />
      </label>
      <label>
        {t('corridor.passages.timeOut')}
        <input
          type="datetime-local"
          name="timeOut"
          value={form.timeOut}
          onChange={set('timeOut')}
          aria-invalid={timeOutBeforeIn}
        />
        {timeOutBeforeIn && <span className="field-error">{t('corridor.passages.outBeforeIn')}</span>}
      </label>
      <label>
        {t('corridor.passages.vehicles')}
        <input
          required
          type="number"
          min={0}
          max={10000}
          name="vehicles"
          value={form.vehicles}
          onChange={set('vehicles')}
        />
      </label>
      <label>
        {t('corridor.passages.inspection')}
        <select name="inspection" value={form.inspection} onChange={set('inspection')}>
          <option value="passed">{t('corridor.inspection.passed')}</option>
          <option value="passed_with_remarks">{t('corridor.inspection.passed_with_remarks')}</option>
          <option value="turned_back">{t('corridor.inspection.turned_back')}</option>
        </select>
      </label>
      <label className="form-wide">
        {t('corridor.passages.remarks')}
        <textarea name="remarks" maxLength={2000} value={form.remarks} onChange={set('remarks')} />
      </label>
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={timeOutBeforeIn}>
          {t('corridor.passages.save')}
        </button>
        {editing && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.buttons.cancel')}
          </button>
        )}
        {saved && (
          <span role="status" data-testid="passage-saved">
            {t('corridor.passages.savedOnDevice')}
          </span>
        )}
      </div>
    </form>
  );
}

function DevicePassageItem({
  passage,
  posts,
  onEdit,
  onKeepMine,
  onKeepStored,
  onDiscard,
}: {
  passage: DevicePassage;
  posts: Post[];
  onEdit: () => void;
  onKeepMine: () => void;
  onKeepStored: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCorridorLabels();
  const post = posts.find((p) => p.id === passage.entry.checkpointId);
  return (
    <li className="card device-passage" data-testid="device-passage" data-state={passage.state}>
      <p>
        <strong>{post ? labels.name(post.names) : passage.entry.checkpointId}</strong>
        {' · '}
        <span className={`badge passage-${passage.state}`} data-testid="device-passage-state">
          {t(`corridor.passages.state_${passage.state}`, { version: passage.stored?.version ?? '' })}
        </span>
      </p>
      {passage.state === 'conflict' && passage.stored ? (
        <div className="passage-versions" data-testid="passage-conflict">
          <PassageFacts title={t('corridor.passages.deviceVersion')} entry={passage.entry} />
          <PassageFacts title={t('corridor.passages.storedVersion')} entry={passage.stored} />
        </div>
      ) : (
        <PassageFacts entry={passage.entry} />
      )}
      {passage.state === 'rejected' && <p className="alert alert-error">{passage.problem}</p>}
      <div className="form-actions">
        {passage.state === 'conflict' && (
          <>
            <button type="button" className="button-primary" onClick={onKeepMine} data-testid="keep-mine">
              {t('corridor.passages.keepMine')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={onKeepStored}
              data-testid="keep-stored"
            >
              {t('corridor.passages.keepStored')}
            </button>
          </>
        )}
        {(passage.state === 'sent' || passage.state === 'queued' || passage.state === 'rejected') && (
          <button type="button" className="button-secondary" onClick={onEdit} data-testid="edit-passage">
            {t('corridor.passages.editButton')}
          </button>
        )}
        {(passage.state === 'sent' || passage.state === 'rejected') && (
          <button type="button" className="button-link" onClick={onDiscard}>
            {passage.state === 'sent' ? t('corridor.passages.forget') : t('corridor.passages.discard')}
          </button>
        )}
      </div>
    </li>
  );
}

function PassageFacts({ title, entry }: { title?: string; entry: PassageEntry | Passage }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <div>
      {title && <h3>{title}</h3>}
      <dl className="facts">
        <dt>{t('corridor.passages.direction')}</dt>
        <dd>{t(`corridor.direction.${entry.direction}`)}</dd>
        <dt>{t('corridor.passages.timeIn')}</dt>
        <dd>{dates.dateTime(entry.timeIn)}</dd>
        {entry.timeOut !== null && (
          <>
            <dt>{t('corridor.passages.timeOut')}</dt>
            <dd>{dates.dateTime(entry.timeOut)}</dd>
          </>
        )}
        <dt>{t('corridor.passages.vehicles')}</dt>
        <dd data-testid="passage-vehicles">{entry.vehicles}</dd>
        <dt>{t('corridor.passages.inspection')}</dt>
        <dd>{t(`corridor.inspection.${entry.inspection}`)}</dd>
        {entry.remarks !== '' && (
          <>
            <dt>{t('corridor.passages.remarks')}</dt>
            <dd data-testid="passage-remarks">{entry.remarks}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** The log as the server holds it, for the coordinator and observers. */
function StoredLog() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const data = useApiQuery(getPassages, []);
  if (data.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (data.status === 'error') return <ErrorMessage error={data.error} onRetry={data.reload} />;
  if (data.data.length === 0) return <p className="muted">{t('corridor.passages.noneStored')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="stored-passages">
        <thead>
          <tr>
            <th scope="col">{t('corridor.passages.timeIn')}</th>
            <th scope="col">{t('corridor.passages.direction')}</th>
            <th scope="col">{t('corridor.passages.vehicles')}</th>
            <th scope="col">{t('corridor.passages.inspection')}</th>
            <th scope="col">{t('corridor.passages.remarks')}</th>
            <th scope="col">{t('corridor.passages.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {data.data.map((p) => (
            <tr key={p.id}>
              <td data-label={t('corridor.passages.timeIn')}>{dates.dateTime(p.timeIn)}</td>
              <td data-label={t('corridor.passages.direction')}>{t(`corridor.direction.${p.direction}`)}</td>
              <td data-label={t('corridor.passages.vehicles')}>{p.vehicles}</td>
              <td data-label={t('corridor.passages.inspection')}>
                {t(`corridor.inspection.${p.inspection}`)}
              </td>
              <td data-label={t('corridor.passages.remarks')}>{p.remarks}</td>
              <td data-label={t('corridor.passages.recordedBy')}>{p.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
