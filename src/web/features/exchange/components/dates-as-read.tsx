import { useTranslation } from 'react-i18next';
import type { DateAsRead, DateOrder } from '../../../../server/exchange/lists.schemas.js';
import { SelectField } from '../../../components/form-field.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { useExchangeLabels } from '../lib/labels.js';

const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * The file's date order (the import applies it), each date of the rows shown as written and as read (a full date
 * with its month in words, so that 02.04.1994 cannot be misread), and the dates whose day and month could swap.
 */
export function DatesAsRead({
  dateOrder,
  onDateOrder,
  dates,
  ambiguous,
  disabled,
}: {
  dateOrder: DateOrder;
  onDateOrder: (order: DateOrder) => void;
  dates: DateAsRead[];
  ambiguous: { count: number; examples: DateAsRead[] };
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const format = useDateFormat();
  const orderLabels: Record<DateOrder, string> = {
    dmy: t('exchangeImport.dateOrder_dmy'),
    mdy: t('exchangeImport.dateOrder_mdy'),
    ymd: t('exchangeImport.dateOrder_ymd'),
  };
  const shown = [
    ...dates,
    ...ambiguous.examples.filter((a) => !dates.some((d) => d.row === a.row && d.field === a.field)),
  ];
  return (
    <div data-testid="dates-as-read">
      <fieldset disabled={disabled} className="form-grid">
        <SelectField
          label={t('exchangeImport.dateOrder')}
          name="dateOrder"
          value={dateOrder}
          options={DATE_ORDERS.map((value) => ({ value, label: orderLabels[value] }))}
          onChange={onDateOrder}
          hint={t('exchangeImport.dateOrderHint')}
        />
      </fieldset>
      {ambiguous.count > 0 && (
        <p className="alert alert-warning" role="status" data-testid="ambiguous-dates">
          {t('exchangeImport.ambiguous', { count: ambiguous.count })}
        </p>
      )}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('exchangeImport.datesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.upload.row')}</th>
                <th scope="col">{t('exchangeImport.field')}</th>
                <th scope="col">{t('exchangeImport.written')}</th>
                <th scope="col">{t('exchangeImport.read')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((date) => (
                <tr
                  key={`${date.row}:${date.field}`}
                  data-testid="date-as-read"
                  data-ambiguous={date.ambiguous ? 'true' : undefined}
                >
                  <td data-label={t('exchange.upload.row')}>{date.row}</td>
                  <td data-label={t('exchangeImport.field')}>{labels.field(date.field)}</td>
                  <td data-label={t('exchangeImport.written')} className="as-written">
                    {date.written}
                  </td>
                  <td data-label={t('exchangeImport.read')}>
                    <span data-testid="date-read">{format.date(date.read)}</span>
                    {date.ambiguous && (
                      <span className="badge badge-warning"> {t('exchangeImport.ambiguousFlag')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
