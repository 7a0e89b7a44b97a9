import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { checkEvidence } from './evidence-check.js';
import { provisionDetail, unknownProvision } from './provision-status.service.js';
import type { NewEvidenceBody, ProvisionDetail } from './provisions.schemas.js';

/** The coordinator links evidence to a provision outside an assessment (every link checked, all or none stored). */
export async function addProvisionEvidence(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  provisionId: string,
  body: NewEvidenceBody,
  today: string,
): Promise<ProvisionDetail> {
  return store.transaction(async (repos) => {
    if (!(await repos.provisionTracking.provisionContext(provisionId))) throw unknownProvision();
    await checkEvidence(repos, body.evidence);
    await repos.provisionTracking.addEvidence(ctx, provisionId, body.evidence);
    return provisionDetail(repos, scope, provisionId, today);
  });
}
