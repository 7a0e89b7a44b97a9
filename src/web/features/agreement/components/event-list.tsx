import { useTranslation } from 'react-i18next';
import type { AgreementEvent } from '../../../../server/routes/agreements.schemas.js';
import type { LocalisedText } from '../../../../server/routes/common.schemas.js';
import { pickLocalised } from '../../../lib/localised-text.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { Localised } from './localised.js';

function EventKind({ kind }: { kind: AgreementEvent['kind'] }) {
  const { t } = useTranslation();
  const labels: Record<AgreementEvent['kind'], string> = {
    meeting: t('agreement.events.kind_meeting'),
    visit: t('agreement.events.kind_visit'),
    statement: t('agreement.events.kind_statement'),
  };
  return <span className="badge">{labels[kind] ?? kind}</span>;
}

export function EventList({ events }: { events: AgreementEvent[] }) {
  const { t, i18n } = useTranslation();
  const inLanguage = (text: LocalisedText) => pickLocalised(text, i18n.language).value;
  const dates = useDateFormat();
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const when = (event: AgreementEvent) => {
    const from = dates.date(event.date);
    if (!event.endDate || event.endDate === event.date) return from;
    return t('agreement.events.dateRange', { from, to: dates.date(event.endDate) });
  };
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">
        {t('agreement.events.heading')}{' '}
        <span className="count">{t('agreement.events.count', { count: events.length })}</span>
      </h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('agreement.events.none')}</p>
      ) : (
        <ul className="event-list">
          {ordered.map((event) => (
            <li key={event.id} className="event" data-testid="event">
              <div className="event-head">
                <time dateTime={event.date}>{when(event)}</time>
                <EventKind kind={event.kind} />
              </div>
              <Localised text={event.title} as="h3" />
              <Localised text={event.summary} as="p" />
              <dl className="event-facts">
                {event.place && (
                  <>
                    <dt>{t('agreement.events.place')}</dt>
                    <dd data-testid="event-place">
                      {event.placeText ? <Localised text={event.placeText} /> : event.place}
                    </dd>
                  </>
                )}
                {event.participants.length > 0 && (
                  <>
                    <dt>{t('agreement.events.participants')}</dt>
                    {/* Participants in the reader's language where recorded, else exactly as recorded. */}
                    <dd>
                      {event.participantsText
                        ? event.participantsText.map(inLanguage).join(', ')
                        : event.participants.join(', ')}
                    </dd>
                  </>
                )}
                {event.sourceNote && (
                  <>
                    <dt>{t('agreement.events.source')}</dt>
                    <dd className="small">
                      {event.sourceText ? <Localised text={event.sourceText} /> : event.sourceNote}
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
