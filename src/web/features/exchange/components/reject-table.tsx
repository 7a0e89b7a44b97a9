import { useTranslation } from 'react-i18next';
import type { RowReject } from '../../../../server/exchange/lists.schemas.js';
import { useExchangeLabels } from '../lib/labels.js';

/** Every row that cannot be taken, with its row number in the file and why. */
export function RejectTable({ rejects }: { rejects: RowReject[] }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  return (
    <div className="table-wrap" data-testid="rejects">
      <table>
        <caption>{t('exchange.upload.rejectCount', { count: rejects.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.upload.row')}</th>
            <th scope="col">{t('exchange.upload.field')}</th>
            <th scope="col">{t('exchange.upload.column')}</th>
            <th scope="col">{t('exchange.upload.value')}</th>
            <th scope="col">{t('exchange.upload.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rejects.map((reject) => (
            <tr key={`${reject.row}:${reject.field}:${reject.reason}`} data-testid="reject">
              <td data-label={t('exchange.upload.row')}>{reject.row}</td>
              <td data-label={t('exchange.upload.field')}>{labels.field(reject.field)}</td>
              <td data-label={t('exchange.upload.column')}>
                {reject.column}
                {reject.cell ? ` (${reject.cell})` : ''}
              </td>
              <td data-label={t('exchange.upload.value')} className="as-written">
                {reject.value || t('common.none')}
              </td>
              <td data-label={t('exchange.upload.reason')}>
                {labels.rejectReason(reject.reason, { max: reject.maxLength })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
