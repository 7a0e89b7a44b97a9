import { assessmentProblems } from '../../domain/provisions/assessment-rules.js';
import type { ImplementationLevel } from '../../domain/provisions/types.js';
import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { checkEvidence } from './evidence-check.js';
import { provisionDetail, unknownProvision } from './provision-status.service.js';
import type { NewAssessmentBody, ProvisionDetail } from './provisions.schemas.js';

/**
 * The intermediary assesses a provision on the 0–3 scale (domain assessmentProblems names each wrong field),
 * with the evidence it rests on; assessment and evidence are written together or not at all.
 */
export async function assessProvision(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  provisionId: string,
  body: NewAssessmentBody,
  today: string,
): Promise<ProvisionDetail> {
  return store.transaction(async (repos) => {
    const provision = await repos.provisionTracking.provisionContext(provisionId);
    if (!provision) throw unknownProvision();
    const problems = assessmentProblems(body, provision.signedOn, today);
    if (problems.length > 0)
      throw new HttpProblem(400, `Invalid assessment: ${problems.map((p) => p.field).join(', ')}`, {
        type: 'urn:parley:problem:validation',
        errors: problems.map((p) => ({ in: 'body', path: p.field, message: p.reason })),
      });
    await checkEvidence(repos, body.evidence);
    await repos.provisionTracking.recordAssessment(
      ctx,
      {
        provisionId,
        level: body.level as ImplementationLevel,
        effectiveOn: body.effectiveOn,
        rationale: body.rationale.trim(),
      },
      body.evidence,
    );
    return provisionDetail(repos, scope, provisionId, today);
  });
}
