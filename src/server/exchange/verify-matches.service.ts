import { isVerifiableMatch } from '../../domain/exchange/plan-readiness.js';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { notFound } from '../problem.js';
import { stepConflict } from './event-step.js';

export interface VerifiedMatches {
  runId: string;
  verified: number;
  personIds: string[];
}

/**
 * The coordinator verifies, at once and with one reason, every located person whose pair in a finished run is
 * confirmed, or matched by the engine with no decision (domain isVerifiableMatch). One transaction: each person
 * verified along the status machine with the reason in their history, and one audit entry per person.
 */
export async function verifyMatches(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  runId: string,
  reason: string,
): Promise<VerifiedMatches> {
  return store.transaction(async (repos) => {
    const run = await repos.reconciliations.findById(scope, runId);
    if (!run) throw notFound('Reconciliation');
    if (run.status !== 'done') {
      throw stepConflict(
        `The reconciliation is ${run.status}: verify its matches once it is done`,
        run.status,
        'status',
      );
    }
    const matches = await repos.exchangeMatches.locatedMatches(scope, runId);
    const personIds = [
      ...new Set(matches.filter((m) => isVerifiableMatch(m.pairClass, m.decision)).map((m) => m.personId)),
    ];
    const why = statusReason('note', { text: reason.trim() });
    for (const personId of personIds) {
      await repos.exchangePersons.changeStatus(ctx, personId, 'verify', why);
    }
    return { runId, verified: personIds.length, personIds };
  });
}
