import { useTranslation } from 'react-i18next';
import type { Party } from '../../server/routes/parties.schemas.js';
import { getParties } from './get-parties.js';
import { pickLocalised } from './localised-text.js';
import { useApiQuery } from './use-api-query.js';

// Every signed-in user reads the same parties, and a page names them in many places (each pair of the review
// queue, each side of the report): one request serves them all until it fails.
let parties: Promise<Party[]> | null = null;

function loadParties(): Promise<Party[]> {
  parties ??= getParties().catch((error: unknown) => {
    parties = null;
    throw error;
  });
  return parties;
}

/** A party's name in the UI's language, by id; the id itself until the parties have loaded. */
export function usePartyNames(): (partyId: string | null) => string {
  const { t, i18n } = useTranslation();
  const query = useApiQuery(loadParties, []);
  return (partyId) => {
    if (partyId === null) return t('common.none');
    const party = query.data?.find((candidate) => candidate.id === partyId);
    return party ? pickLocalised(party.names, i18n.language).value : partyId;
  };
}
