import type { IncidentAccount } from './types.js';

/**
 * The parties an incident concerns, which decides which liaisons see it before publication: the party that
 * reported it, every party that gave an account, and every party an account names as an actor.
 */
export function partiesConcerned(
  reportingPartyId: string | null,
  accounts: readonly Pick<IncidentAccount, 'partyId' | 'actorPartyIds'>[],
): string[] {
  const parties = new Set<string>();
  if (reportingPartyId) parties.add(reportingPartyId);
  for (const account of accounts) {
    if (account.partyId) parties.add(account.partyId);
    for (const actor of account.actorPartyIds) parties.add(actor);
  }
  return [...parties].sort();
}

/** Monday of the ISO week of an ISO time or day (UTC), the key incidents are counted by on the dashboard. */
export function weekOf(isoTime: string): string {
  const day = new Date(`${isoTime.slice(0, 10)}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}
