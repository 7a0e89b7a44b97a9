import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message.js';
import { ApiError } from '../../lib/api-client.js';
import { getParties } from '../../lib/get-parties.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { Localised } from '../agreement/components/localised.js';
import { ActionItem } from '../meetings/action-item.js';
import { assessProvision, getProvision, statePosition } from './api.js';
import { DEADLINE_STATE_KEYS, EVIDENCE_KIND_KEYS, LEVEL_KEYS, partyName } from './labels.js';
import { wordDiff } from './text-diff.js';

async function load(id: string, signal: AbortSignal) {
  const [detail, parties] = await Promise.all([getProvision(id, signal), getParties(signal)]);
  return { detail, parties };
}

/** One provision: its level and history, deadlines, parties' positions beside the assessment, evidence, texts. */
export function ProvisionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const { user } = useCurrentUser();
  const query = useApiQuery((signal) => load(id, signal), [id]);
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { detail, parties } = query.data;
  const name = (partyId: string | null) => partyName(parties, partyId, i18n.language);
  const latestByParty = new Map<string, (typeof detail.positions)[number]>();
  for (const p of detail.positions) if (!latestByParty.has(p.partyId)) latestByParty.set(p.partyId, p);

  return (
    <div className="page" data-testid="provision-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/provisions">{t('provisions.title')}</Link>
        </p>
        <h1>{t('provisions.pointNumber', { number: detail.provision.number })}</h1>
        <p>
          <span className={`badge level-${detail.level}`} data-testid="provision-level">
            {detail.level} · {t(LEVEL_KEYS[detail.level])}
          </span>{' '}
          <span className="muted">
            {t('provisions.responsible')}: {detail.provision.responsiblePartyIds.map(name).join(', ')}
          </span>
        </p>
      </header>

      <section className="card">
        <Localised as="p" text={detail.provision.text} />
        <SourceDiff texts={detail.provision.texts ?? []} />
      </section>

      <section className="card" aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('provisions.positionsHeading')}</h2>
        <table className="table" data-testid="positions">
          <thead>
            <tr>
              <th scope="col">{t('provisions.who')}</th>
              <th scope="col">{t('provisions.levelHeading')}</th>
              <th scope="col">{t('provisions.statement')}</th>
              <th scope="col">{t('dashboard.date')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('provisions.intermediary')}</th>
              <td>{t(LEVEL_KEYS[detail.level])}</td>
              <td>{detail.assessments[0]?.rationale ?? t('common.none')}</td>
              <td>{detail.assessments[0] ? dates.date(detail.assessments[0].effectiveOn) : ''}</td>
            </tr>
            {[...latestByParty.values()].map((p) => (
              <tr key={p.id}>
                <th scope="row">{name(p.partyId)}</th>
                <td>{p.level === null ? t('common.none') : t(LEVEL_KEYS[p.level])}</td>
                <td>{p.statement}</td>
                <td>{dates.date(p.statedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {user.role === 'liaison' && <PositionForm provisionId={id} onDone={query.reload} />}
      </section>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('provisions.historyHeading')}</h2>
        <ol className="history" data-testid="assessments">
          {detail.assessments.map((a) => (
            <li key={a.id}>
              <strong>{dates.date(a.effectiveOn)}</strong> · {a.level} · {t(LEVEL_KEYS[a.level])} —{' '}
              {a.rationale} <span className="muted">({a.author})</span>
            </li>
          ))}
        </ol>
        {user.role === 'coordinator' && <AssessForm provisionId={id} onDone={query.reload} />}
      </section>

      <section className="card" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('provisions.deadlinesHeading')}</h2>
        {detail.deadlines.length === 0 && <p className="muted">{t('common.none')}</p>}
        <ul>
          {detail.deadlines.map((d) => (
            <li key={d.id}>
              {dates.date(d.dueOn)} · <Localised text={d.description} />{' '}
              <span className={`badge deadline-${d.state}`}>{t(DEADLINE_STATE_KEYS[d.state])}</span>
              {d.state === 'overdue' && <> · {t('provisions.daysOverdue', { count: d.daysOverdue })}</>}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('provisions.evidenceHeading')}</h2>
        <ul data-testid="evidence">
          {detail.evidence.map((e) => (
            <li key={e.id}>
              <span className="badge">{t(EVIDENCE_KIND_KEYS[e.kind])}</span> {e.note}
              {e.kind === 'incident' && e.recordId && (
                <>
                  {' '}
                  <Link to={`/incidents/${e.recordId}`}>{t('provisions.open')}</Link>
                </>
              )}
              {e.exchange && (
                <>
                  {' '}
                  · {dates.date(e.exchange.date)} ·{' '}
                  {e.exchange.personsTo
                    .map((p) => t('provisions.personsTo', { count: p.count, party: name(p.partyId) }))
                    .join('; ')}
                </>
              )}
            </li>
          ))}
          {detail.actionItems
            .filter((item) => item.state === 'done')
            .map((item) => (
              <li key={item.id}>
                <span className="badge">{t(EVIDENCE_KIND_KEYS.action_item)}</span> {item.description} ·{' '}
                {item.doneOn ? dates.date(item.doneOn) : ''}
              </li>
            ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="items-heading">
        <h2 id="items-heading">{t('meetings.actionItemsHeading')}</h2>
        <ul>
          {detail.actionItems.map((item) => (
            <ActionItem
              key={item.id}
              item={item}
              parties={parties}
              today={detail.asOf}
              onChanged={query.reload}
            />
          ))}
        </ul>
        <h3>{t('meetings.title')}</h3>
        <ul>
          {detail.meetings.map((m) => (
            <li key={m.id}>
              {dates.date(m.startsAt.slice(0, 10))} · <Localised text={m.title} /> · {m.placeName}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The provision's texts by language and source, with a word diff between any two of them. */
function SourceDiff({ texts }: { texts: { language: string; source: string; text: string }[] }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(Math.min(1, texts.length - 1));
  if (texts.length < 2) return null;
  const label = (i: number) => `${texts[i].language.toUpperCase()} · ${texts[i].source}`;
  return (
    <details className="source-diff" data-testid="source-diff">
      <summary>{t('provisions.compareSources')}</summary>
      <div className="form-row">
        <label>
          {t('provisions.sourceA')}{' '}
          <select value={left} onChange={(e) => setLeft(Number(e.target.value))} name="source-a">
            {texts.map((_, i) => (
              <option key={label(i)} value={i}>
                {label(i)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('provisions.sourceB')}{' '}
          <select value={right} onChange={(e) => setRight(Number(e.target.value))} name="source-b">
            {texts.map((_, i) => (
              <option key={label(i)} value={i}>
                {label(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="diff" data-testid="diff">
        {wordDiff(texts[left].text, texts[right].text).map((part, i) =>
          part.kind === 'same' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <del key={i} title={t('provisions.onlyInA')}>
              {part.text}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <ins key={i} title={t('provisions.onlyInB')}>
              {part.text}
            </ins>
          ),
        )}
      </p>
    </details>
  );
}

function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

function AssessForm({ provisionId, onDone }: { provisionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get('evidence') ?? '').trim();
    try {
      await assessProvision(provisionId, {
        level: Number(form.get('level')),
        effectiveOn: String(form.get('effectiveOn')),
        rationale: String(form.get('rationale')),
        evidence: note ? [{ kind: 'document', recordId: null, note }] : [],
      });
      setErrors({});
      onDone();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid="assess-form">
      <h3>{t('provisions.assess')}</h3>
      <label>
        {t('provisions.levelHeading')}
        <select name="level" defaultValue="2">
          {LEVEL_KEYS.map((key, level) => (
            <option key={key} value={level}>
              {level} · {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('provisions.effectiveOn')}
        <input name="effectiveOn" type="date" required aria-invalid={errors.effectiveOn ? true : undefined} />
      </label>
      {errors.effectiveOn && <p className="field-error">{t('provisions.invalidDate')}</p>}
      <label>
        {t('provisions.rationale')}
        <textarea name="rationale" required />
      </label>
      <label>
        {t('provisions.evidenceNote')}
        <input name="evidence" />
      </label>
      <button type="submit">{t('common.buttons.save')}</button>
    </form>
  );
}

function PositionForm({ provisionId, onDone }: { provisionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const level = String(form.get('level'));
    try {
      await statePosition(provisionId, {
        level: level === '' ? null : Number(level),
        statement: String(form.get('statement')),
        statedOn: String(form.get('statedOn')),
      });
      setFailed(false);
      onDone();
    } catch {
      setFailed(true);
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid="position-form">
      <h3>{t('provisions.statePosition')}</h3>
      <label>
        {t('provisions.levelHeading')}
        <select name="level" defaultValue="">
          <option value="">{t('common.none')}</option>
          {LEVEL_KEYS.map((key, level) => (
            <option key={key} value={level}>
              {level} · {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.date')}
        <input name="statedOn" type="date" required />
      </label>
      <label>
        {t('provisions.statement')}
        <textarea name="statement" required />
      </label>
      {failed && <p className="field-error">{t('provisions.notSaved')}</p>}
      <button type="submit">{t('common.buttons.save')}</button>
    </form>
  );
}
