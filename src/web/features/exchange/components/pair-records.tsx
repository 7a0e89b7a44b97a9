import { useTranslation } from 'react-i18next';
import type { PairSide } from '../../../../server/exchange/reconciliation.schemas.js';
import { usePartyNames } from '../../../lib/use-party-names.js';
import { LIST_FIELDS, useExchangeLabels } from '../lib/labels.js';

/** The two records side by side, every field as written in its own script. */
export function PairRecords({ missing, held }: { missing: PairSide; held: PairSide }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const partyName = usePartyNames();
  const missingSide = t('exchange.review.missingSide', {
    party: partyName(missing.partyId),
    row: missing.row,
  });
  const heldSide = t('exchange.review.heldSide', { party: partyName(held.partyId), row: held.row });
  const fields = LIST_FIELDS.filter(
    (field) => (missing.fields[field] ?? '') !== '' || (held.fields[field] ?? '') !== '',
  );
  return (
    <div className="table-wrap pair-records" data-testid="pair-records">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('exchange.upload.field')}</th>
            <th scope="col">{missingSide}</th>
            <th scope="col">{heldSide}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const left = missing.fields[field] ?? '';
            const right = held.fields[field] ?? '';
            return (
              <tr key={field}>
                <th scope="row">{labels.field(field)}</th>
                <td
                  dir="auto"
                  className="as-written"
                  data-label={missingSide}
                  data-testid={`missing-${field}`}
                >
                  {left || t('common.none')}
                </td>
                <td dir="auto" className="as-written" data-label={heldSide} data-testid={`held-${field}`}>
                  {right || t('common.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
