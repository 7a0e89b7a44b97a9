import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { checkAccount } from './account-check.js';
import { incidentDetail, unknownIncident } from './incident-detail.service.js';
import type { AccountBody, IncidentDetail } from './incidents.schemas.js';

/**
 * Writes one source's account of an incident the writer may see: the liaison's party's claim, or (coordinator)
 * the monitor's finding. The other accounts stay as they are; a published incident's accounts are final.
 */
export async function recordAccount(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  incidentId: string,
  as: 'claim' | 'finding',
  body: AccountBody,
  now: Date,
): Promise<IncidentDetail> {
  return store.transaction(async (repos) => {
    const incident = await repos.incidents.findById(scope, incidentId);
    if (!incident) throw unknownIncident();
    if (incident.status === 'published')
      throw new HttpProblem(409, 'A published incident is final', {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'params', path: 'id', message: 'published' }],
      });
    const partyId = as === 'claim' ? scope.partyId : null;
    if (as === 'claim' && (scope.role !== 'liaison' || !partyId))
      throw new HttpProblem(403, "Only a party's liaison writes its claim");
    await checkAccount(repos, body, now);
    await repos.incidents.putAccount(ctx, scope, incidentId, partyId, body);
    return incidentDetail(repos, scope, incidentId);
  });
}
