import { SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import { DEMO_INCIDENTS } from '../../domain/demo/karabakh-2020-incidents.js';
import { nextIncidentStatus } from '../../domain/incidents/incident-status.js';
import type { Repositories } from '../repositories.js';

/** The demo's incidents, written as the liaisons and the coordinator who reported, claimed and reviewed them. */
export async function loadDemoIncidents(
  repos: Repositories,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const users = await repos.users.list(SYSTEM_SCOPE);
  const coordinator = users.find((u) => u.role === 'coordinator');
  const ctxOf = (user: { id: string; username: string } | undefined): WriteContext => ({
    actor: { userId: user?.id ?? null, username: user?.username ?? 'parley-demo', via: 'cli' },
  });
  for (const incident of DEMO_INCIDENTS) {
    let id: string | null = null;
    for (const { partyCode, actorCodes, recordedAt, ...observation } of incident.accounts) {
      const partyId = partyCode ? partyIdOf(partyCode) : null;
      const user = partyId ? users.find((u) => u.role === 'liaison' && u.partyId === partyId) : coordinator;
      const scope = {
        userId: user?.id ?? null,
        role: user?.role ?? 'coordinator',
        partyId: user?.partyId ?? null,
      };
      const account = { ...observation, actorPartyIds: actorCodes.map(partyIdOf) };
      if (id === null) id = await repos.incidents.report(ctxOf(user), scope, partyId, account, recordedAt);
      else await repos.incidents.putAccount(ctxOf(user), scope, id, partyId, account, recordedAt);
    }
    if (id === null) continue;
    let status = (await repos.incidents.findById(SYSTEM_SCOPE, id))?.status ?? 'reported';
    for (const step of incident.review) {
      const change = nextIncidentStatus(status, step.event);
      if (!change.ok) throw new Error(`demo incident: ${step.event} does not apply to ${status}`);
      await repos.incidents.changeStatus(
        ctxOf(coordinator),
        id,
        { from: change.from, to: change.to, event: step.event, note: step.note },
        step.at,
      );
      status = change.to;
    }
  }
}
