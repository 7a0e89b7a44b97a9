import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { usePartyNames } from '../../../lib/use-party-names.js';
import { useAuditLabels } from '../lib/audit-labels.js';

type Change = { from: unknown; to: unknown };

function isChange(value: unknown): value is Change {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'from' in value && 'to' in value
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What changed, as the server recorded it, as fields: each name translated, parties named, dates in the reader's
 * words, `{ from, to }` as `from → to`, nested records as nested fields; never raw JSON.
 */
export function AuditSummary({ summary }: { summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'string') {
      // An id reads as a party's name when it is one, else as its first eight characters (`#85620c3f`).
      if (UUID.test(value)) {
        const named = partyName(value);
        return named !== value ? named : `#${value.slice(0, 8)}`;
      }
      if (INSTANT.test(value)) return dates.dateTime(value);
      if (DAY.test(value)) return dates.date(value);
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => show(field, item)).join(', ');
    return String(value);
  };

  const render = (record: Record<string, unknown>) => {
    const entries = Object.entries(record);
    if (entries.length === 0) return null;
    return (
      <dl className="audit-summary">
        {entries.map(([field, value]) => (
          <div key={field}>
            <dt>{labels.field(field)}</dt>
            <dd dir="auto">
              {isChange(value)
                ? `${show(field, value.from)} → ${show(field, value.to)}`
                : typeof value === 'object' && value !== null && !Array.isArray(value)
                  ? render(value as Record<string, unknown>)
                  : show(field, value)}
            </dd>
          </div>
        ))}
      </dl>
    );
  };

  return render(summary);
}
