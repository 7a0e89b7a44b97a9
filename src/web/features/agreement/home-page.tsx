import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.js';
import { getParties } from '../../lib/get-parties.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDateFormat } from '../../lib/use-date-format.js';
import { getAgreement } from './api/get-agreement.js';
import { getAgreements } from './api/get-agreements.js';
import { getEvents } from './api/get-events.js';
import { EventList } from './components/event-list.js';
import { Localised } from './components/localised.js';
import { ProvisionList } from './components/provision-list.js';

async function loadHome(signal: AbortSignal) {
  const [agreements, events, parties] = await Promise.all([
    getAgreements(signal),
    getEvents(signal),
    getParties(signal),
  ]);
  const details = await Promise.all(agreements.map((agreement) => getAgreement(agreement.id, signal)));
  return { agreements: details, events, parties };
}

export function HomePage() {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const query = useApiQuery(loadHome, []);

  if (query.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;

  const { agreements, events, parties } = query.data;
  return (
    <div className="page">
      {agreements.length === 0 && (
        <>
          <h1>{t('agreement.title')}</h1>
          <p className="muted">{t('agreement.noAgreement')}</p>
        </>
      )}
      {agreements.map((agreement) => (
        <article key={agreement.id} className="agreement" data-testid="agreement">
          <header className="page-header">
            <p className="eyebrow">{t('agreement.title')}</p>
            <h1>
              <Localised text={agreement.title} />
            </h1>
            <p className="muted" data-testid="signed-on">
              {t('agreement.signedOn', { date: dates.date(agreement.signedOn) })}
              {agreement.sourceNote && (
                <>
                  {' · '}
                  {t('agreement.source', {
                    source: agreement.sourceText?.[i18n.language as 'en'] || agreement.sourceNote,
                  })}
                </>
              )}
            </p>
          </header>
          <ProvisionList provisions={agreement.provisions} parties={parties} />
        </article>
      ))}
      <EventList events={events} />
    </div>
  );
}
