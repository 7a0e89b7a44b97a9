import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ListField } from '../../../../server/exchange/lists.schemas.js';
import { LIST_FIELDS, useExchangeLabels } from '../lib/labels.js';

interface ColumnMappingFormProps {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** One select per record field, offering the file's columns; each column feeds at most one field. */
export function ColumnMappingForm({ headers, mapping, onChange }: ColumnMappingFormProps) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();

  const assign = (field: ListField, column: string) => {
    const next: ColumnMapping = {};
    for (const other of LIST_FIELDS) {
      const current = mapping[other];
      if (other !== field && current !== undefined && current !== column) next[other] = current;
    }
    if (column !== '') next[field] = column;
    onChange(next);
  };

  return (
    <fieldset className="mapping-grid" data-testid="column-mapping">
      <legend>{t('exchange.upload.mappingLegend')}</legend>
      {LIST_FIELDS.map((field) => (
        <label key={field} className="mapping-row">
          <span>{labels.field(field)}</span>
          <select
            name={`mapping.${field}`}
            value={mapping[field] ?? ''}
            onChange={(event) => assign(field, event.target.value)}
          >
            <option value="">{t('exchange.upload.notMapped')}</option>
            {headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
