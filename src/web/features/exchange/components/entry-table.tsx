import { useTranslation } from 'react-i18next';
import type { EntryFields } from '../../../../server/exchange/lists.schemas.js';
import type { NameInScripts } from '../../../../server/exchange/persons.schemas.js';
import { LIST_FIELDS, useExchangeLabels } from '../lib/labels.js';
import { transliterationFor } from './person-name.js';

interface EntryTableProps {
  caption: string;
  rows: { key: string; row: number; fields: EntryFields; displayName?: string; names?: NameInScripts }[];
  testId?: string;
}

/** Entries with their row number and only the fields that some row fills, names as written. */
export function EntryTable({ caption, rows, testId }: EntryTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useExchangeLabels();
  const fields = LIST_FIELDS.filter((field) => rows.some((row) => (row.fields[field] ?? '') !== ''));
  // The name in the reader's script, when some row is written in another one.
  const reading = (row: EntryTableProps['rows'][number]) =>
    row.displayName
      ? transliterationFor({ displayName: row.displayName, names: row.names }, i18n.language)
      : null;
  const withReading = rows.some((row) => reading(row) !== null);
  return (
    <div className="table-wrap" data-testid={testId}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.upload.row')}</th>
            {withReading && <th scope="col">{t('identity.transliteration')}</th>}
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
              {withReading && (
                <td data-label={t('identity.transliteration')} data-testid="entry-transliteration">
                  {reading(row) ?? ''}
                </td>
              )}
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
