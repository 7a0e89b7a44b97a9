import { positionProblems } from '../../domain/provisions/position-and-evidence.js';
import type { ImplementationLevel } from '../../domain/provisions/types.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { provisionDetail, unknownProvision } from './provision-status.service.js';
import type { NewPositionBody, ProvisionDetail } from './provisions.schemas.js';

/**
 * A party's liaison states the party's position on a provision (domain positionProblems names each wrong field);
 * the party is the liaison's own, never one named in the body.
 */
export async function statePosition(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  provisionId: string,
  body: NewPositionBody,
  today: string,
): Promise<ProvisionDetail> {
  return store.transaction(async (repos) => {
    const provision = await repos.provisionTracking.provisionContext(provisionId);
    if (!provision) throw unknownProvision();
    if (scope.role !== 'liaison' || !scope.partyId)
      throw new HttpProblem(403, "Only a party's liaison states its position");
    const problems = positionProblems(body, provision.signedOn, today);
    if (problems.length > 0)
      throw new HttpProblem(400, `Invalid position: ${problems.map((p) => p.field).join(', ')}`, {
        type: 'urn:parley:problem:validation',
        errors: problems.map((p) => ({ in: 'body', path: p.field, message: p.reason })),
      });
    await repos.provisionTracking.statePosition(ctx, scope, {
      provisionId,
      partyId: scope.partyId,
      level: body.level as ImplementationLevel | null,
      statement: body.statement.trim(),
      statedOn: body.statedOn,
    });
    return provisionDetail(repos, scope, provisionId, today);
  });
}
