import { availableIncidentEvents } from '../../domain/incidents/incident-status.js';
import type { PartyScope, Repositories } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { IncidentDetail } from './incidents.schemas.js';

export const unknownIncident = (): HttpProblem =>
  new HttpProblem(404, 'Incident not found', {
    errors: [{ in: 'params', path: 'id', message: 'no such incident' }],
  });

/** An incident with the accounts and history this reader may see, and the review events open to the reader. */
export async function incidentDetail(
  repos: Repositories,
  scope: PartyScope,
  id: string,
): Promise<IncidentDetail> {
  const incident = await repos.incidents.findById(scope, id);
  if (!incident) throw unknownIncident();
  return {
    incident,
    accounts: await repos.incidents.accounts(scope, id),
    history: await repos.incidents.history(id),
    availableEvents: scope.role === 'coordinator' ? availableIncidentEvents(incident.status) : [],
  };
}
