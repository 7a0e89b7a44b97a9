import type { Party, PartyScope, Store } from '../../store/index.js';
import type { ExportLanguage } from '../exports/export-labels.js';

/** Party names in the export's language, falling back to English, then to the id. */
export async function partyNamer(
  store: Store,
  scope: PartyScope,
  language: ExportLanguage,
): Promise<(partyId: string) => string> {
  const parties = new Map<string, Party>((await store.repos.parties.list(scope)).map((p) => [p.id, p]));
  return (partyId) => {
    const party = parties.get(partyId);
    return party ? party.names[language] || party.names.en : partyId;
  };
}

/** Every party this reader sees by its name in the export's language (for an export written in a worker thread). */
export async function partyNames(
  store: Store,
  scope: PartyScope,
  language: ExportLanguage,
): Promise<Record<string, string>> {
  const parties = await store.repos.parties.list(scope);
  return Object.fromEntries(parties.map((party) => [party.id, party.names[language] || party.names.en]));
}
