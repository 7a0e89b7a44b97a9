import { placeById } from '../../domain/gazetteer/gazetteer.js';
import { observationProblems } from '../../domain/incidents/observation-rules.js';
import { type Repositories, SYSTEM_SCOPE } from '../../store/index.js';
import { HttpProblem, type ProblemFieldError } from '../problem.js';
import type { AccountBody } from './incidents.schemas.js';

/**
 * Refuses an account the domain finds wrong (a time ahead of `now`, coordinates off the globe, details of another
 * kind, counts that are not counts), a place not in the gazetteer, or an actor that is not a party: every field
 * at fault named, nothing written.
 */
export async function checkAccount(repos: Repositories, body: AccountBody, now: Date): Promise<void> {
  const errors: ProblemFieldError[] = observationProblems(body, now).map((p) => ({
    in: 'body',
    path: p.field,
    message: p.reason,
  }));
  if (body.place.placeId !== null && !placeById(body.place.placeId))
    errors.push({ in: 'body', path: 'place.placeId', message: 'not_in_gazetteer' });
  const parties = new Set(
    (await repos.parties.list(SYSTEM_SCOPE)).filter((p) => p.kind === 'party').map((p) => p.id),
  );
  body.actorPartyIds.forEach((id, index) => {
    if (!parties.has(id)) errors.push({ in: 'body', path: `actorPartyIds.${index}`, message: 'not_a_party' });
  });
  if (errors.length > 0)
    throw new HttpProblem(400, `Invalid account: ${errors.map((e) => e.path).join(', ')}`, {
      type: 'urn:parley:problem:validation',
      errors,
    });
}
