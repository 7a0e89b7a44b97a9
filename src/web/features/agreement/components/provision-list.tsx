import { useTranslation } from 'react-i18next';
import type { Provision } from '../../../../server/routes/agreements.schemas.js';
import type { Party } from '../../../../server/routes/parties.schemas.js';
import { pickLocalised } from '../../../lib/localised-text.js';
import { Localised } from './localised.js';
import { ProvisionStatus } from './provision-status.js';

/** Where the text shown comes from: an official publication, or Parley's translation (said as such). */
function TextSource({ provision }: { provision: Provision }) {
  const { t, i18n } = useTranslation();
  const shown = pickLocalised(provision.text, i18n.language);
  const language = shown.fallback ? 'en' : i18n.language;
  const text = provision.texts?.find(
    (candidate) => candidate.language === language && candidate.text === shown.value,
  );
  if (!text) return null;
  return (
    <p className="provision-source muted small" data-testid="provision-source">
      {text.source === 'parley:translation:ru'
        ? t('agreement.provisions.parleyTranslation')
        : t('agreement.provisions.source', { source: text.source })}
    </p>
  );
}

export function ProvisionList({ provisions, parties }: { provisions: Provision[]; parties: Party[] }) {
  const { t, i18n } = useTranslation();
  const partyName = (id: string) => {
    const party = parties.find((candidate) => candidate.id === id);
    return party ? pickLocalised(party.names, i18n.language).value : id;
  };
  const ordered = [...provisions].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="provisions-heading">
      <h2 id="provisions-heading">
        {t('agreement.provisions.heading')}{' '}
        <span className="count">{t('agreement.provisions.count', { count: provisions.length })}</span>
      </h2>
      <ol className="provision-list">
        {ordered.map((provision) => (
          <li key={provision.id} className="provision" data-testid="provision">
            <div className="provision-head">
              <span className="provision-number">
                {t('agreement.provisions.point', { number: provision.number })}
              </span>
              <ProvisionStatus status={provision.status} />
            </div>
            <Localised text={provision.text} as="p" />
            <TextSource provision={provision} />
            <p className="provision-responsible">
              <span className="muted">{t('agreement.provisions.responsible')}: </span>
              {provision.responsiblePartyIds.length > 0
                ? provision.responsiblePartyIds.map(partyName).join(', ')
                : t('agreement.provisions.noResponsible')}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
