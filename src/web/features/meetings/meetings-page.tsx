import { useTranslation } from 'react-i18next';
import type { MeetingList } from '../../../server/meetings/meetings.schemas.js';
import { ErrorMessage } from '../../components/error-message.js';
import { apiRequest } from '../../lib/api-client.js';
import { getParties } from '../../lib/get-parties.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { Localised } from '../agreement/components/localised.js';
import { partyName } from '../provisions/labels.js';
import { ActionItem } from './action-item.js';

const KIND_KEYS = {
  trilateral: 'meetings.kind.trilateral',
  bilateral: 'meetings.kind.bilateral',
  mediation: 'meetings.kind.mediation',
  working_group: 'meetings.kind.working_group',
  field_contact: 'meetings.kind.field_contact',
} as const;

/** Meetings as a timeline, with delegations, statement in the reader's language and action items. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const query = useApiQuery(
    async (signal) => ({
      meetings: (await apiRequest<MeetingList>('GET', '/meetings', { signal })).items,
      parties: await getParties(signal),
    }),
    [],
  );
  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { meetings, parties } = query.data;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="page" data-testid="meetings-page">
      <header className="page-header">
        <h1>{t('meetings.title')}</h1>
      </header>
      <ol className="timeline">
        {meetings.map((m) => (
          <li key={m.id} className="card" data-testid="meeting">
            <p className="eyebrow">
              <time dateTime={m.startsAt}>{dates.date(m.startsAt.slice(0, 10))}</time> ·{' '}
              {t(KIND_KEYS[m.kind])} · {m.placeName}
            </p>
            <h2>
              <Localised text={m.title} />
            </h2>
            <p className="muted">
              {m.delegations
                .map((d) =>
                  d.partyId ? `${d.name} (${partyName(parties, d.partyId, i18n.language)})` : d.name,
                )
                .join(', ')}
            </p>
            {m.outcome && <p>{m.outcome}</p>}
            {m.statement && (
              <blockquote>
                <Localised text={m.statement} />
              </blockquote>
            )}
            {m.actionItems.length > 0 && (
              <>
                <h3>{t('meetings.actionItemsHeading')}</h3>
                <ul>
                  {m.actionItems.map((item) => (
                    <ActionItem
                      key={item.id}
                      item={item}
                      parties={parties}
                      today={today}
                      onChanged={query.reload}
                    />
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
