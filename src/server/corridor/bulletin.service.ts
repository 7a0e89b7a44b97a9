import { type DailyBulletin, dailyBulletin } from '../../domain/corridor/daily-bulletin.js';
import type { PartyScope, Store } from '../../store/index.js';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

/**
 * The bulletin of one day from what the reader may see: the layers' posts, the movements whose window overlaps the
 * day, the consignments received up to it, the returns up to it, and the incidents published.
 */
export async function bulletinOf(store: Store, scope: PartyScope, date: string): Promise<DailyBulletin> {
  const { mapLayers, corridorMovements, cargo, returnCounts, incidents } = store.repos;
  const [posts, checkpoints, movements, consignments, returns, published] = await Promise.all([
    mapLayers.list(scope, 'observation_post'),
    mapLayers.list(scope, 'checkpoint'),
    corridorMovements.list(scope, { overlapping: { from: `${date}T00:00:00.000Z`, to: nextDay(date) } }),
    cargo.received(scope, { to: date }),
    returnCounts.dailyTotals(scope, date),
    incidents.list(scope, { status: 'published', occurredOn: date }),
  ]);
  return dailyBulletin({
    date,
    observationPosts: posts,
    checkpoints: checkpoints.length,
    movements,
    consignments,
    returns,
    incidents: published,
  });
}
