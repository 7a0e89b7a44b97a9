import { useTranslation } from 'react-i18next';
import { getParties } from '../../../lib/get-parties.js';
import { pickLocalised } from '../../../lib/localised-text.js';
import { useApiQuery } from '../../../lib/use-api-query.js';

/** A party's name in the UI's language, by id; its code until the parties have loaded. */
export function usePartyNames(): (partyId: string | null) => string {
  const { t, i18n } = useTranslation();
  const parties = useApiQuery(getParties, []);
  return (partyId) => {
    if (partyId === null) return t('common.none');
    const party = parties.data?.find((candidate) => candidate.id === partyId);
    return party ? pickLocalised(party.names, i18n.language).value : partyId;
  };
}
