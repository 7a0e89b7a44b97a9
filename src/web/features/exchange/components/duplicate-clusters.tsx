import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCluster, DuplicateResolution } from '../../../../server/exchange/lists.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { formatPercentNumber } from '../../../lib/number-format.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { resolveDuplicate } from '../api/resolve-duplicate.js';
import { EntryTable } from './entry-table.js';

interface DuplicateClustersProps {
  clusters: DuplicateCluster[];
  /** Only the owner party's liaison resolves; the coordinator reads. */
  canResolve: boolean;
  onResolved: () => void;
}

function ClusterCard({
  cluster,
  canResolve,
  onResolved,
}: { cluster: DuplicateCluster } & Omit<DuplicateClustersProps, 'clusters'>) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const resolve = async (resolution: DuplicateResolution) => {
    setBusy(true);
    setError(null);
    try {
      await resolveDuplicate(cluster.id, resolution, note.trim());
      onResolved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="card duplicate-cluster" data-testid="duplicate-cluster">
      <EntryTable
        caption={t('exchange.duplicates.cluster', {
          count: cluster.entries.length,
          percent: formatPercentNumber(cluster.probability, i18n.language, 0),
        })}
        rows={cluster.entries.map((entry) => ({ key: entry.id, row: entry.row, fields: entry.fields }))}
      />
      {cluster.resolution ? (
        <p className="muted" data-testid="duplicate-resolution">
          {cluster.resolution === 'same_person'
            ? t('exchange.duplicates.resolvedSame', {
                by: cluster.resolvedBy ?? t('common.none'),
                at: cluster.resolvedAt ? dates.dateTime(cluster.resolvedAt) : t('common.none'),
              })
            : t('exchange.duplicates.resolvedDifferent', {
                by: cluster.resolvedBy ?? t('common.none'),
                at: cluster.resolvedAt ? dates.dateTime(cluster.resolvedAt) : t('common.none'),
              })}
          {cluster.note ? ` — ${cluster.note}` : ''}
        </p>
      ) : canResolve ? (
        <div className="form">
          {error !== null && <ErrorMessage error={error} />}
          <div className="field">
            <label htmlFor={`note-${cluster.id}`}>{t('exchange.note')}</label>
            <input id={`note-${cluster.id}`} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={busy}
              onClick={() => resolve('same_person')}
            >
              {t('exchange.duplicates.samePerson')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => resolve('different_persons')}
            >
              {t('exchange.duplicates.differentPersons')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">{t('exchange.duplicates.unresolved')}</p>
      )}
    </article>
  );
}

export function DuplicateClusters({ clusters, canResolve, onResolved }: DuplicateClustersProps) {
  const { t } = useTranslation();
  if (clusters.length === 0) return <p className="muted">{t('exchange.duplicates.none')}</p>;
  return (
    <div data-testid="duplicates">
      <p>{t('exchange.duplicates.count', { count: clusters.length })}</p>
      {clusters.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} canResolve={canResolve} onResolved={onResolved} />
      ))}
    </div>
  );
}
