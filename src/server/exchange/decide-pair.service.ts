import { randomUUID } from 'node:crypto';
import { decisionPersonFacts, planPersonChanges } from '../../domain/exchange/person-changes.js';
import type { DecisionInput, PairDecisionView, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';

/**
 * The coordinator decides a pair; in one transaction the decision is kept (or refused as stale: 409 with the
 * decision that stands) and the persons are brought in step (a confirmation joins, a rejection parts).
 */
export async function decidePair(
  store: Store,
  ctx: WriteContext,
  pairId: string,
  input: DecisionInput,
): Promise<PairDecisionView> {
  const result = await store.transaction(async (repos) => {
    const decided = await repos.pairDecisions.decide(ctx, pairId, input);
    if (!decided?.ok) return decided;
    const known = await repos.exchangePersons.tracked({
      missing: [decided.missing.key],
      held: [decided.held.key],
    });
    const facts = decisionPersonFacts(input.decision, decided.missing, decided.held, input.note);
    await repos.exchangePersons.applyChanges(
      ctx.actor,
      planPersonChanges(known, facts, randomUUID, decided.runId),
    );
    return decided;
  });
  if (!result) throw notFound('Pair');
  if (!result.ok) {
    const who = result.current
      ? `${result.current.decidedBy} decided "${result.current.decision}"`
      : 'the decision changed';
    throw new HttpProblem(
      409,
      `Someone decided this pair meanwhile: ${who}. Nothing of yours was lost; read it again.`,
      {
        type: 'urn:parley:problem:conflict',
        extensions: { current: result.current },
      },
    );
  }
  return result.decision;
}
