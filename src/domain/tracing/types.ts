/**
 * How far a family lets its case travel, chosen with them when the case is opened (after ICMP's sharing levels
 * and the ICRC RFL Code of Conduct): the intermediary only; the other party too, so that it can search its
 * records; and, in any case, observers see counts only, never a case.
 */
export const SHARING_LEVELS = ['intermediary_only', 'other_party'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

/**
 * Where a case stands: open → possible match → located alive / located dead, or closed with a reason.
 * A person located alive is further held, exchanged or returned.
 */
export const CASE_STATUSES = ['open', 'possible_match', 'located_alive', 'located_dead', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const ALIVE_STATES = ['held', 'exchanged', 'returned'] as const;
export type AliveState = (typeof ALIVE_STATES)[number];

export const CLOSE_REASONS = [
  'found_by_family',
  'withdrawn_by_family',
  'merged_into_other_case',
  'consent_withdrawn',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CASE_EVENTS = [
  'find_candidate',
  'rule_out',
  'locate_alive',
  'mark_exchanged',
  'mark_returned',
  'locate_dead',
  'close',
  'reopen',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** How well a date or a place is known, for the circumstances of a disappearance. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Identification of remains: nothing yet, presumed (e.g. from documents found on the body), or confirmed. */
export const IDENTIFICATION_STATUSES = ['unidentified', 'presumptive', 'confirmed'] as const;
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];

export const IDENTIFICATION_METHODS = [
  'visual',
  'documents',
  'dental',
  'fingerprints',
  'dna',
  'combined',
] as const;
export type IdentificationMethod = (typeof IDENTIFICATION_METHODS)[number];
