import type { PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { provisionDetail, unknownProvision } from './provision-status.service.js';
import type { NewDeadlineBody, ProvisionDetail } from './provisions.schemas.js';

const metInFuture = () =>
  new HttpProblem(400, 'A deadline cannot be met on a day still to come', {
    type: 'urn:parley:problem:validation',
    errors: [{ in: 'body', path: 'metOn', message: 'in_the_future' }],
  });

/** The coordinator sets a deadline of a provision (e.g. Lachin district returned by 1 December 2020). */
export async function addProvisionDeadline(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  provisionId: string,
  body: NewDeadlineBody,
  today: string,
): Promise<ProvisionDetail> {
  return store.transaction(async (repos) => {
    if (!(await repos.provisionTracking.provisionContext(provisionId))) throw unknownProvision();
    if (body.metOn !== null && body.metOn > today) throw metInFuture();
    await repos.provisionTracking.addDeadline(ctx, { provisionId, ...body });
    return provisionDetail(repos, scope, provisionId, today);
  });
}

/** The coordinator marks a deadline met on a day (or not met, with null). */
export async function markDeadlineMet(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  provisionId: string,
  deadlineId: string,
  metOn: string | null,
  today: string,
): Promise<ProvisionDetail> {
  return store.transaction(async (repos) => {
    if (!(await repos.provisionTracking.provisionContext(provisionId))) throw unknownProvision();
    const deadline = await repos.provisionTracking.deadlineById(deadlineId);
    if (!deadline || deadline.provisionId !== provisionId)
      throw new HttpProblem(404, 'Deadline not found', {
        errors: [{ in: 'params', path: 'deadlineId', message: 'no such deadline of this provision' }],
      });
    if (metOn !== null && metOn > today) throw metInFuture();
    await repos.provisionTracking.markDeadlineMet(ctx, deadlineId, metOn);
    return provisionDetail(repos, scope, provisionId, today);
  });
}
