import { useTranslation } from 'react-i18next';
import type { ListDiff } from '../../../../server/exchange/lists.schemas.js';
import { useExchangeLabels } from '../lib/labels.js';
import { EntryTable } from './entry-table.js';

/** Added, removed and changed persons between two versions, as the engine matched them. */
export function DiffView({ diff }: { diff: ListDiff }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  return (
    <div data-testid="list-diff">
      <p>
        {t('exchange.diff.summary', {
          added: diff.added.length,
          removed: diff.removed.length,
          changed: diff.changed.length,
        })}
      </p>
      {diff.added.length > 0 && (
        <EntryTable
          caption={t('exchange.diff.added', { count: diff.added.length })}
          rows={diff.added.map((entry) => ({ key: entry.id, row: entry.row, fields: entry.fields }))}
          testId="diff-added"
        />
      )}
      {diff.removed.length > 0 && (
        <EntryTable
          caption={t('exchange.diff.removed', { count: diff.removed.length })}
          rows={diff.removed.map((entry) => ({ key: entry.id, row: entry.row, fields: entry.fields }))}
          testId="diff-removed"
        />
      )}
      {diff.changed.length > 0 && (
        <div className="table-wrap" data-testid="diff-changed">
          <table>
            <caption>{t('exchange.diff.changed', { count: diff.changed.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.diff.person')}</th>
                <th scope="col">{t('exchange.upload.field')}</th>
                <th scope="col">{t('exchange.diff.before')}</th>
                <th scope="col">{t('exchange.diff.after')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.flatMap((change) =>
                change.fields.map((field, index) => (
                  <tr key={`${change.after.id}:${field}`}>
                    <td data-label={t('exchange.diff.person')} className="as-written">
                      {index === 0 ? change.after.displayName : ''}
                    </td>
                    <td data-label={t('exchange.upload.field')}>{labels.field(field)}</td>
                    <td data-label={t('exchange.diff.before')} className="as-written">
                      {change.before.fields[field as keyof typeof change.before.fields] ?? ''}
                    </td>
                    <td data-label={t('exchange.diff.after')} className="as-written">
                      {change.after.fields[field as keyof typeof change.after.fields] ?? ''}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
