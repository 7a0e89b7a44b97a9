import type { PartyScope, Store } from '../../store/index.js';
import type { ExportLanguage } from '../exports/export-labels.js';

/** Every party this reader sees by its name in the export's language (for an export written in a worker thread). */
export async function partyNames(
  store: Store,
  scope: PartyScope,
  language: ExportLanguage,
): Promise<Record<string, string>> {
  const parties = await store.repos.parties.list(scope);
  return Object.fromEntries(parties.map((party) => [party.id, party.names[language] || party.names.en]));
}
