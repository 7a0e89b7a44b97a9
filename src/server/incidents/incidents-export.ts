import { placeById } from '../../domain/gazetteer/gazetteer.js';
import { ACLED_COLUMNS, acledRow } from '../../domain/incidents/acled-row.js';
import { csvText } from '../../platform/tables/index.js';
import { type Store, SYSTEM_SCOPE } from '../../store/index.js';

/**
 * Published incidents as an ACLED-style table (ACLED's columns and codes, domain acledRow), one row per monitor's
 * finding: only what is published, whoever asks.
 */
export async function acledCsv(store: Store): Promise<string> {
  const [published, parties] = await Promise.all([
    store.repos.incidents.publishedFindings(),
    store.repos.parties.list(SYSTEM_SCOPE),
  ]);
  const nameOf = new Map(parties.map((p) => [p.id, p.names.en]));
  const rows = published.map(({ incident, finding }) => {
    const place = finding.place.placeId ? placeById(finding.place.placeId) : undefined;
    const row = acledRow(finding, {
      eventId: `PRL-${incident.id.slice(0, 8)}`,
      actorNames: finding.actorPartyIds.map((id) => nameOf.get(id) ?? id),
      admin1: '',
      location: place?.names.en[0] ?? '',
      latitude: finding.place.latitude ?? place?.coordinates.lat ?? null,
      longitude: finding.place.longitude ?? place?.coordinates.lon ?? null,
    });
    return ACLED_COLUMNS.map((column) => row[column]);
  });
  return csvText(ACLED_COLUMNS, rows);
}
