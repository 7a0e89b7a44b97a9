import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { checkAccount } from './account-check.js';
import { incidentDetail } from './incident-detail.service.js';
import type { AccountBody, IncidentDetail } from './incidents.schemas.js';

/**
 * A party's liaison reports an incident with its party's claim, or the coordinator with the monitor's own account;
 * the incident starts as reported and joins the review queue.
 */
export async function reportIncident(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  body: AccountBody,
  now: Date,
): Promise<IncidentDetail> {
  return store.transaction(async (repos) => {
    const partyId = scope.role === 'liaison' ? scope.partyId : null;
    if (scope.role === 'liaison' && !partyId)
      throw new HttpProblem(403, 'A liaison without a party reports no incident');
    await checkAccount(repos, body, now);
    const id = await repos.incidents.report(ctx, scope, partyId, body);
    return incidentDetail(repos, scope, id);
  });
}
