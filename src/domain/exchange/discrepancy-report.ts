import { type PersonIdentity, personIdentity } from './person-identity.js';
import type { ClaimLink, ListEntry, ReviewDecision } from './types.js';

/**
 * A pair of a run counts as a link in the report when the coordinator confirmed it, or when the engine matched it
 * (at or above the upper threshold) and no one rejected it.
 */
export function isAcceptedLink(pairClass: 'matched' | 'review', decision: ReviewDecision | null): boolean {
  return decision === 'confirmed' || (pairClass === 'matched' && decision !== 'rejected');
}

/** One person of a report: the name as written and what tells namesakes apart (one list entry, one list id). */
export interface ReportPerson {
  name: string;
  names: PersonIdentity['names'];
  birthDate: string | null;
  listId: string | null;
}

export interface NamedCount {
  count: number;
  names: string[];
  /** The same persons in the same order, with their identity (reports published before it was kept lack it). */
  persons?: ReportPerson[];
}

/** What one party claimed and what the other side's holdings say about it, as of a date. */
export interface SideDiscrepancy {
  partyId: string;
  /** The other party, whose held list was searched. */
  otherPartyId: string;
  claimedMissing: NamedCount;
  locatedInOtherList: NamedCount;
  heldButNotClaimed: NamedCount;
  claimedButNotLocated: NamedCount;
}

export interface DiscrepancyReport {
  asOf: string;
  sides: SideDiscrepancy[];
}

export interface DiscrepancyInput {
  asOf: string;
  partyIds: readonly [string, string];
  entries: readonly ListEntry[];
  /** Accepted links only: matched above the upper threshold or confirmed, never rejected ones. */
  links: readonly ClaimLink[];
}

function named(entries: readonly ListEntry[]): NamedCount {
  const sorted = [...entries].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const persons = sorted.map((entry): ReportPerson => {
    const identity = personIdentity(entry.displayName, [
      { birth_date: entry.birthDate, source_id: entry.listId },
    ]);
    return {
      name: entry.displayName,
      names: identity.names,
      birthDate: identity.birthDate,
      listId: identity.listIds[0] ?? null,
    };
  });
  return { count: sorted.length, names: sorted.map((entry) => entry.displayName), persons };
}

function side(partyId: string, otherPartyId: string, input: DiscrepancyInput): SideDiscrepancy {
  const claimed = input.entries.filter((entry) => entry.partyId === partyId && entry.kind === 'missing');
  const heldByOther = input.entries.filter(
    (entry) => entry.partyId === otherPartyId && entry.kind === 'held',
  );
  const claimedIds = new Set(claimed.map((entry) => entry.id));
  const heldIds = new Set(heldByOther.map((entry) => entry.id));
  const relevant = input.links.filter(
    (link) => claimedIds.has(link.missingEntryId) && heldIds.has(link.heldEntryId),
  );
  const locatedIds = new Set(relevant.map((link) => link.missingEntryId));
  const claimedHeldIds = new Set(relevant.map((link) => link.heldEntryId));
  return {
    partyId,
    otherPartyId,
    claimedMissing: named(claimed),
    locatedInOtherList: named(claimed.filter((entry) => locatedIds.has(entry.id))),
    heldButNotClaimed: named(heldByOther.filter((entry) => !claimedHeldIds.has(entry.id))),
    claimedButNotLocated: named(claimed.filter((entry) => !locatedIds.has(entry.id))),
  };
}

/**
 * The discrepancy report, per side: persons a party claims missing, of them those located in the other side's held
 * list, persons the other side holds that the party did not claim, and persons claimed but not located.
 */
export function buildDiscrepancyReport(input: DiscrepancyInput): DiscrepancyReport {
  const [a, b] = input.partyIds;
  return { asOf: input.asOf, sides: [side(a, b, input), side(b, a, input)] };
}
