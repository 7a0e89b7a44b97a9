import { useTranslation } from 'react-i18next';
import type { EntryFields } from '../../../../server/exchange/lists.schemas.js';
import { LIST_FIELDS, useExchangeLabels } from '../lib/labels.js';

interface EntryTableProps {
  caption: string;
  rows: { key: string; row: number; fields: EntryFields }[];
  testId?: string;
}

/** Entries with their row number and only the fields that some row fills, names as written. */
export function EntryTable({ caption, rows, testId }: EntryTableProps) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const fields = LIST_FIELDS.filter((field) => rows.some((row) => (row.fields[field] ?? '') !== ''));
  return (
    <div className="table-wrap" data-testid={testId}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.upload.row')}</th>
            {fields.map((field) => (
              <th scope="col" key={field}>
                {labels.field(field)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="entry-row">
              <td data-label={t('exchange.upload.row')}>{row.row}</td>
              {fields.map((field) => (
                <td key={field} data-label={labels.field(field)} className="as-written">
                  {row.fields[field] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
