import { SYSTEM_SCOPE, type WriteContext } from '../../domain/access/types.js';
import {
  DEMO_ASSESSMENTS,
  DEMO_DEADLINES,
  DEMO_POSITIONS,
} from '../../domain/demo/karabakh-2020-implementation.js';
import type { EvidenceLink } from '../../domain/provisions/types.js';
import type { Repositories } from '../repositories.js';

/**
 * The nine points' assessments through January 2021, their deadlines and the parties' positions, written as the
 * demo coordinator and liaisons (so history shows who wrote what); point 8's December assessment links the demo's
 * past exchange as evidence.
 */
export async function loadDemoProvisions(
  repos: Repositories,
  agreementId: string,
  partyIdOf: (code: string) => string,
): Promise<void> {
  const agreement = await repos.agreements.findById(SYSTEM_SCOPE, agreementId);
  if (!agreement) throw new Error('the demo agreement is missing');
  const provisionId = (number: number): string => {
    const found = agreement.provisions.find((p) => p.number === number);
    if (!found) throw new Error(`the demo agreement has no point ${number}`);
    return found.id;
  };
  const users = await repos.users.list(SYSTEM_SCOPE);
  const ctxOf = (user: { id: string; username: string } | undefined): WriteContext => ({
    actor: { userId: user?.id ?? null, username: user?.username ?? 'parley-demo', via: 'cli' },
  });
  const coordinator = ctxOf(users.find((u) => u.role === 'coordinator'));
  const pastExchange = (await repos.exchangeEvents.list(SYSTEM_SCOPE)).find((e) => e.date === '2020-12-14');
  const incidents = await repos.incidents.list(SYSTEM_SCOPE);

  for (const a of DEMO_ASSESSMENTS) {
    const evidence: EvidenceLink[] = [];
    if (a.withPastExchange && pastExchange)
      evidence.push({ kind: 'exchange_event', recordId: pastExchange.id, note: 'Exchange at the airfield' });
    const incident = a.incidentOn && incidents.find((i) => i.occurredAt.startsWith(a.incidentOn ?? ''));
    if (incident) evidence.push({ kind: 'incident', recordId: incident.id, note: 'Clash near Hadrut' });
    if (a.document) evidence.push({ kind: 'document', recordId: null, note: a.document });
    await repos.provisionTracking.recordAssessment(
      coordinator,
      {
        provisionId: provisionId(a.provision),
        level: a.level,
        effectiveOn: a.effectiveOn,
        rationale: a.rationale,
      },
      evidence,
    );
  }
  for (const d of DEMO_DEADLINES) {
    await repos.provisionTracking.addDeadline(coordinator, {
      provisionId: provisionId(d.provision),
      dueOn: d.dueOn,
      metOn: d.metOn,
      description: d.description,
    });
  }
  for (const p of DEMO_POSITIONS) {
    const partyId = partyIdOf(p.partyCode);
    const liaison = users.find((u) => u.role === 'liaison' && u.partyId === partyId);
    await repos.provisionTracking.statePosition(
      ctxOf(liaison),
      { userId: liaison?.id ?? null, role: 'liaison', partyId },
      {
        provisionId: provisionId(p.provision),
        partyId,
        level: p.level,
        statement: p.statement,
        statedOn: p.statedOn,
      },
    );
  }
}
