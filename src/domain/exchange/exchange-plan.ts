import type { PersonIdentity } from './person-identity.js';
import type { PersonStatus } from './types.js';

/**
 * A person as the exchange sees them: whose person they are and who holds them; lists of persons carry their
 * identity too (names in each script, birth date, list identifiers).
 */
export interface ExchangePerson extends Partial<PersonIdentity> {
  id: string;
  displayName: string;
  /** The party the person belongs to (their side). */
  ownPartyId: string;
  /** The party that holds the person, once located. */
  holdingPartyId: string | null;
  status: PersonStatus;
}

export interface TransferDirection<P extends ExchangePerson = ExchangePerson> {
  fromPartyId: string;
  toPartyId: string;
  persons: P[];
  count: number;
}

export interface AllForAllPlan<P extends ExchangePerson = ExchangePerson> {
  directions: TransferDirection<P>[];
  /** Listed or located but not verified yet: the intermediary still has work to do on them. */
  unresolved: P[];
  /** How many are unresolved (a caller may pass only the first of them, by name). */
  unresolvedCount: number;
}

/** The statuses of a person who goes home in the next exchange. */
export const TO_HAND_OVER: readonly PersonStatus[] = ['verified', 'included'];
/** Listed or located, not verified yet. */
export const UNRESOLVED: readonly PersonStatus[] = ['listed', 'located'];

const byName = (a: ExchangePerson, b: ExchangePerson) => a.displayName.localeCompare(b.displayName);

/**
 * "All for all": everyone verified as held by one side goes back to the other, in both directions. `persons` must
 * hold everyone to hand over; of the unresolved it may hold only the first, `unresolvedCount` saying how many there
 * are (default: those given).
 */
export function planAllForAll<P extends ExchangePerson>(
  persons: readonly P[],
  partyIds: readonly [string, string],
  unresolvedCount?: number,
): AllForAllPlan<P> {
  const [a, b] = partyIds;
  const direction = (fromPartyId: string, toPartyId: string): TransferDirection<P> => {
    const going = persons
      .filter(
        (p) =>
          p.holdingPartyId === fromPartyId && p.ownPartyId === toPartyId && TO_HAND_OVER.includes(p.status),
      )
      .sort(byName);
    return { fromPartyId, toPartyId, persons: going, count: going.length };
  };
  const unresolved = persons.filter((p) => UNRESOLVED.includes(p.status)).sort(byName);
  return {
    directions: [direction(a, b), direction(b, a)],
    unresolved,
    unresolvedCount: unresolvedCount ?? unresolved.length,
  };
}

export type ExchangeCandidateProblem = 'not_verified' | 'not_located' | 'in_planned_exchange';

/**
 * Whether a person can go in a planned exchange between `partyIds`: verified (or already included), held by one of
 * those parties, and in no other planned exchange. Null when they can.
 */
export function exchangeCandidateProblem(
  person: ExchangePerson,
  partyIds: readonly string[],
  inPlannedExchange: boolean,
): ExchangeCandidateProblem | null {
  if (person.status !== 'verified' && person.status !== 'included') return 'not_verified';
  if (!person.holdingPartyId || !partyIds.includes(person.holdingPartyId)) return 'not_located';
  return inPlannedExchange ? 'in_planned_exchange' : null;
}
