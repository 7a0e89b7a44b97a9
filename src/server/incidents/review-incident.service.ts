import { eventNeedsFinding, nextIncidentStatus } from '../../domain/incidents/incident-status.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { incidentDetail, unknownIncident } from './incident-detail.service.js';
import type { IncidentDetail, StatusBody } from './incidents.schemas.js';

const conflict = (detail: string, path: string, message: string, extensions: Record<string, unknown> = {}) =>
  new HttpProblem(409, detail, {
    type: 'urn:parley:problem:conflict',
    errors: [{ in: 'body', path, message }],
    extensions,
  });

/**
 * The monitor moves an incident through review (domain nextIncidentStatus): a finding must be recorded before
 * the review closes as verified, not verified or disputed; publishing shows it to observers.
 */
export async function reviewIncident(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  incidentId: string,
  body: StatusBody,
): Promise<IncidentDetail> {
  return store.transaction(async (repos) => {
    const incident = await repos.incidents.findById(scope, incidentId);
    if (!incident) throw unknownIncident();
    const change = nextIncidentStatus(incident.status, body.event);
    if (!change.ok)
      throw conflict(
        `${body.event} does not apply to a ${incident.status} incident`,
        'event',
        'not_allowed',
        {
          current: incident.status,
          allowedFrom: change.allowedFrom,
        },
      );
    if (eventNeedsFinding(body.event) && !(await repos.incidents.hasFinding(incidentId)))
      throw conflict('Record the finding before closing the review', 'finding', 'required');
    const moved = await repos.incidents.changeStatus(ctx, incidentId, {
      from: change.from,
      to: change.to,
      event: body.event,
      note: body.note,
    });
    if (!moved) throw conflict('The incident was moved meanwhile; reload it', 'event', 'stale');
    return incidentDetail(repos, scope, incidentId);
  });
}
