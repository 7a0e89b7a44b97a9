import type { PartyScope, Role } from '../access/types.js';
import { type CaseView, SHARING_LEVELS, type SharingLevel, type TracingCase } from './types.js';

/**
 * What a reader may see of a case: all of it; only the fields that identify the missing person (to search
 * their own records: never the family's names, contact or notes); the case only as part of counts; nothing.
 */
export type CaseVisibility = 'full' | 'search_fields' | 'counts_only' | 'none';

export interface CaseSharing {
  openedByPartyId: string;
  sharingLevel: SharingLevel;
}

export function caseVisibility(reader: PartyScope, sharing: CaseSharing): CaseVisibility {
  switch (reader.role) {
    case 'coordinator':
      return 'full';
    case 'liaison':
      if (reader.partyId === sharing.openedByPartyId) return 'full';
      return sharing.sharingLevel === 'other_party' ? 'search_fields' : 'none';
    case 'observer':
      return countedForObservers(sharing.sharingLevel) ? 'counts_only' : 'none';
    case 'field_officer':
      return 'none';
  }
}

/** Whether the family agreed that the case be counted in the figures observers read. */
export function countedForObservers(level: SharingLevel): boolean {
  return level !== 'intermediary_only';
}

/** The levels whose cases observers' figures count (countedForObservers, as a list for a query). */
export const OBSERVER_COUNTED_LEVELS: readonly SharingLevel[] = SHARING_LEVELS.filter(countedForObservers);

/** Who reads tracing counts, figures that name no one: field officers do not. */
export const TRACING_COUNT_READERS: readonly Role[] = ['coordinator', 'liaison', 'observer'];

/**
 * The sharing levels whose cases `reader`'s counts include: observers only those whose families agreed to it,
 * the coordinator and liaisons every case (undefined: no filter).
 */
export function countedLevelsFor(reader: PartyScope): readonly SharingLevel[] | undefined {
  return reader.role === 'observer' ? OBSERVER_COUNTED_LEVELS : undefined;
}

/** The fields of a case that identify the missing person, and nothing about the family who asked. */
export const SEARCH_FIELDS = [
  'givenName',
  'familyName',
  'patronymic',
  'fullName',
  'sex',
  'birthDate',
  'birthPlace',
  'unit',
  'rank',
  'category',
  'lastSeenOn',
  'lastSeenPlace',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A case's record after the expiry date the family agreed to is purged; a purge leaves only an audit count. */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn < today;
}

/**
 * `tracingCase` as `reader` may see it, or null: in full to those who may; to the other party (when the family
 * agreed) only the person and where they were last seen, never the enquirer, their contact or the notes.
 */
export function caseSeenBy(reader: PartyScope, tracingCase: TracingCase): CaseView | null {
  const visibility = caseVisibility(reader, tracingCase);
  if (visibility === 'full') return { ...tracingCase, visibility };
  if (visibility !== 'search_fields') return null;
  return {
    ...tracingCase,
    visibility,
    enquirer: null,
    circumstances: { ...tracingCase.circumstances, note: null },
    expiresOn: null,
    pfifRecordId: null,
    pfifSourceDate: null,
  };
}
