import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ExchangeList, ListVersion } from '../../../server/exchange/lists.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { NotFoundPage } from '../../components/not-allowed-page.js';
import { Pager } from '../../components/pager.js';
import { useCurrentUser } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useCursorPages } from '../../lib/use-cursor-pages.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { usePartyNames } from '../../lib/use-party-names.js';
import { getDiff } from './api/get-diff.js';
import { getDuplicates } from './api/get-duplicates.js';
import { getEntries } from './api/get-entries.js';
import { getLists } from './api/get-lists.js';
import { getVersions } from './api/get-versions.js';
import { DiffView } from './components/diff-view.js';
import { DuplicateClusters } from './components/duplicate-clusters.js';
import { EntryTable } from './components/entry-table.js';
import { useExchangeLabels } from './lib/labels.js';

const PAGE_SIZE = 50;

async function loadList(listId: string, signal: AbortSignal) {
  const [lists, versions] = await Promise.all([getLists(signal), getVersions(listId, signal)]);
  return { list: lists.find((candidate) => candidate.id === listId) ?? null, versions };
}

function Entries({ listId, version }: { listId: string; version: number }) {
  const { t } = useTranslation();
  const pages = useCursorPages(`${listId}/${version}`);
  const entries = useApiQuery(
    (signal) => getEntries(listId, version, { after: pages.after, limit: PAGE_SIZE }, signal),
    [listId, version, pages.after],
  );
  if (entries.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (entries.status === 'error') return <ErrorMessage error={entries.error} onRetry={entries.reload} />;
  return (
    <>
      <EntryTable
        caption={t('exchange.list.entriesCaption', { count: entries.data.total, version })}
        rows={entries.data.items.map((entry) => ({
          key: entry.id,
          row: entry.row,
          fields: entry.fields,
          displayName: entry.displayName,
          names: entry.names,
        }))}
        testId="list-entries"
      />
      <Pager
        offset={pages.index * PAGE_SIZE}
        limit={PAGE_SIZE}
        total={entries.data.total}
        onChange={(offset) =>
          offset > pages.index * PAGE_SIZE && entries.data.next
            ? pages.next(entries.data.next)
            : pages.previous()
        }
      />
    </>
  );
}

function Diff({ listId, versions }: { listId: string; versions: ListVersion[] }) {
  const { t } = useTranslation();
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? numbers[0]);
  const [to, setTo] = useState(numbers[numbers.length - 1]);
  const diff = useApiQuery((signal) => getDiff(listId, from, to, signal), [listId, from, to]);
  const options = numbers.map((number) => (
    <option key={number} value={number}>
      {t('exchange.list.versionNumber', { number })}
    </option>
  ));
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('exchange.diff.title')}</h2>
      <div className="form-grid">
        <label className="field">
          <span>{t('exchange.diff.from')}</span>
          <select name="diffFrom" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {options}
          </select>
        </label>
        <label className="field">
          <span>{t('exchange.diff.to')}</span>
          <select name="diffTo" value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {options}
          </select>
        </label>
      </div>
      {diff.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {diff.status === 'error' && <ErrorMessage error={diff.error} onRetry={diff.reload} />}
      {diff.status === 'success' && <DiffView diff={diff.data} />}
    </section>
  );
}

function Duplicates({ list, version }: { list: ExchangeList; version: number }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const duplicates = useApiQuery((signal) => getDuplicates(list.id, version, signal), [list.id, version]);
  return (
    <section aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t('exchange.duplicates.title')}</h2>
      {duplicates.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {duplicates.status === 'error' && <ErrorMessage error={duplicates.error} onRetry={duplicates.reload} />}
      {duplicates.status === 'success' && (
        <DuplicateClusters
          clusters={duplicates.data}
          canResolve={user.role === 'liaison' && user.partyId === list.partyId}
          onResolved={duplicates.reload}
        />
      )}
    </section>
  );
}

export function ListPage() {
  const { t } = useTranslation();
  const { listId = '' } = useParams();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const query = useApiQuery((signal) => loadList(listId, signal), [listId]);
  const [chosen, setChosen] = useState<number | null>(null);

  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { list, versions } = query.data;
  if (!list) return <NotFoundPage />;
  const latest = versions.reduce<number | null>(
    (max, v) => (max === null || v.number > max ? v.number : max),
    null,
  );
  const version = chosen ?? latest;

  return (
    <div className="page" data-testid="exchange-list">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/exchange/lists">{t('exchange.lists.title')}</Link>
        </p>
        <h1>{t('exchange.list.title', { kind: labels.kind(list.kind), party: partyName(list.partyId) })}</h1>
      </header>
      {versions.length === 0 ? (
        <p className="muted">{t('exchange.list.noVersions')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="list-versions">
              <caption>{t('exchange.list.versionCount', { count: versions.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.lists.version')}</th>
                  <th scope="col">{t('exchange.list.fileName')}</th>
                  <th scope="col">{t('exchange.lists.entries')}</th>
                  <th scope="col">{t('exchange.lists.uploaded')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.number} aria-current={v.number === version ? 'true' : undefined}>
                    <td data-label={t('exchange.lists.version')}>{v.number}</td>
                    <td data-label={t('exchange.list.fileName')}>{v.fileName}</td>
                    <td data-label={t('exchange.lists.entries')}>{v.entryCount}</td>
                    <td data-label={t('exchange.lists.uploaded')}>
                      <time dateTime={v.uploadedAt}>{dates.dateTime(v.uploadedAt)}</time> · {v.uploadedBy}
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button-link" onClick={() => setChosen(v.number)}>
                        {t('exchange.list.show')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {version !== null && <Entries listId={list.id} version={version} />}
          {versions.length > 1 && <Diff listId={list.id} versions={versions} />}
          {version !== null && <Duplicates list={list} version={version} />}
        </>
      )}
    </div>
  );
}
