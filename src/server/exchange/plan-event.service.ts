import { exchangeCandidateProblem } from '../../domain/exchange/exchange-plan.js';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import type {
  ExchangeEventView,
  ExchangePerson,
  NewExchangeEvent,
  PartyScope,
  Repositories,
  Store,
  WriteContext,
} from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';

const refuse = (status: 400 | 409, detail: string, personId: string) =>
  new HttpProblem(status, detail, {
    type: `urn:parley:problem:${status === 400 ? 'invalid' : 'conflict'}`,
    errors: [{ in: 'body', path: 'personIds', message: personId }],
  });

/**
 * The persons asked for, each checked by the domain (exchangeCandidateProblem): verified (or already included in
 * `exceptEventId`), held by one of the exchange's parties, and in no other exchange under way. Refuses the first
 * that is not, naming them.
 */
export async function checkedCandidates(
  repos: Repositories,
  personIds: readonly string[],
  partyIds: readonly string[],
  exceptEventId: string | null = null,
): Promise<ExchangePerson[]> {
  const candidates = await repos.exchangeEvents.candidates(personIds, exceptEventId);
  return personIds.map((personId) => {
    const candidate = candidates.get(personId);
    if (!candidate) throw refuse(400, 'No such person', personId);
    const { person } = candidate;
    const problem = exchangeCandidateProblem(person, partyIds, candidate.inPlannedExchange);
    if (problem === 'not_verified')
      throw refuse(409, `${person.displayName} is ${person.status}, not verified`, personId);
    if (problem === 'not_located')
      throw refuse(400, `${person.displayName} is not located with a party`, personId);
    if (problem) throw refuse(409, `${person.displayName} is already in a planned exchange`, personId);
    return person;
  });
}

/** Who goes from which party to which: from the party holding the person to their own. */
export const directionOf = (p: ExchangePerson) => ({
  personId: p.id,
  fromPartyId: p.holdingPartyId ?? '',
  toPartyId: p.ownPartyId,
});

/**
 * The coordinator plans an exchange of verified persons (domain exchangeCandidateProblem): in one transaction the
 * exchange is written, each person going from the party holding them to their own, and each is included in it.
 */
export async function planEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  input: NewExchangeEvent,
): Promise<ExchangeEventView> {
  return store.transaction(async (repos) => {
    const partyIds = await repos.reconciliations.partyIds();
    const persons = await checkedCandidates(repos, [...new Set(input.personIds)], partyIds);
    const eventId = await repos.exchangeEvents.create(ctx, {
      date: input.date,
      place: input.place,
      placeKind: input.placeKind,
      partyIds,
      persons: persons.map(directionOf),
    });
    const reason = statusReason('includedInExchange', { date: input.date });
    for (const person of persons.filter((p) => p.status === 'verified')) {
      await repos.exchangePersons.move(ctx, person.id, 'include', reason, eventId);
    }
    const event = await repos.exchangeEvents.findById(scope, eventId);
    if (!event) throw notFound('Exchange');
    return event;
  });
}
