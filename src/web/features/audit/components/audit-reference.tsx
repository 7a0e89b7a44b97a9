import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../server/routes/audit.schemas.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { usePartyNames } from '../../../lib/use-party-names.js';
import { useExchangeLabels } from '../../exchange/lib/labels.js';
import { useAuditLabels } from '../lib/audit-labels.js';

const ROUTES: Record<string, (id: string) => string> = {
  exchange_person: (id) => `/exchange/persons/${encodeURIComponent(id)}`,
  reconciliation: (id) => `/exchange/reconciliations/${encodeURIComponent(id)}`,
  exchange_event: (id) => `/exchange/events/${encodeURIComponent(id)}`,
};

/**
 * What an entry is about, in words: the kind of record, then its name, party, date or run start as the server read
 * them; the id stays in the tooltip for whoever needs it.
 */
export function AuditReference({
  entry,
}: {
  entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'reference'>;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const exchange = useExchangeLabels();
  const partyName = usePartyNames();
  const dates = useDateFormat();
  const ref = entry.reference;
  const words: string[] = [];
  if (ref?.partyId) words.push(partyName(ref.partyId));
  if (ref?.kind === 'held' || ref?.kind === 'missing') words.push(exchange.kind(ref.kind));
  if (ref?.name) words.push(ref.name);
  if (ref?.number !== undefined) words.push(t('audit.reference.provision', { number: ref.number }));
  if (ref?.date) {
    words.push(
      entry.entityType === 'published_report'
        ? t('audit.reference.reportAsOf', { date: dates.date(ref.date) })
        : dates.date(ref.date),
    );
  } else if (ref?.at) {
    words.push(
      entry.entityType === 'reconciliation'
        ? t('audit.reference.runStarted', { at: dates.dateTime(ref.at) })
        : dates.dateTime(ref.at),
    );
  }
  const text = words.join(' · ');
  const route = entry.entityId ? ROUTES[entry.entityType]?.(entry.entityId) : undefined;
  return (
    <span title={entry.entityId ?? undefined} data-testid="audit-reference">
      <span className="muted small">{labels.entity(entry.entityType)}</span>
      {text && ' '}
      {text && (route ? <Link to={route}>{text}</Link> : <span dir="auto">{text}</span>)}
    </span>
  );
}
