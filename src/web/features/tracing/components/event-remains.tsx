import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import { usePartyNames } from '../../../lib/use-party-names.js';
import { getRemainsList } from '../api/get-remains-list.js';
import { useTracingLabels } from '../lib/labels.js';

/** At most this many remains are listed on an exchange's page; the register lists them all. */
const SHOWN = 200;

/**
 * The remains an exchange carries, as its page shows them to the coordinator and the liaisons (the register's
 * access: a liaison sees the remains its party recovered or holds): each with where it is now and how far it is
 * identified. Nothing when the exchange carries none.
 */
export function EventRemains({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const labels = useTracingLabels();
  const partyName = usePartyNames();
  const remains = useApiQuery(
    (signal) => getRemainsList({ exchangeEventId: eventId, limit: SHOWN, offset: 0 }, signal),
    [eventId],
  );
  if (remains.status === 'loading') return null;
  if (remains.status === 'error') return <ErrorMessage error={remains.error} onRetry={remains.reload} />;
  if (remains.data.total === 0) return null;
  return (
    <section className="card" data-testid="event-remains">
      <h2>{t('tracing.remains.inExchange', { count: remains.data.total })}</h2>
      <ul className="name-list">
        {remains.data.items.map((r) => (
          <li key={r.id} data-testid="event-remains-item">
            <Link to={`/tracing/remains/${encodeURIComponent(r.id)}`}>{r.reference}</Link>{' '}
            <span className="muted">
              ({t('tracing.remains.heldBy')}: {partyName(r.heldByPartyId)} ·{' '}
              {labels.identification(r.identification)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
