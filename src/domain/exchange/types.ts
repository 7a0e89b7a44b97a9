/** A list a party submits: people of the other side it holds, or its own people it is looking for. */
export const LIST_KINDS = ['held', 'missing'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Serviceman or civilian, as GC III / GC IV distinguish them. */
export const PERSON_CATEGORIES = ['serviceman', 'civilian'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/**
 * Where a person stands in the exchange. The main line runs listed → located → verified → included →
 * handed_over → returned; released, deceased and remains_handed_over end it early.
 */
export const PERSON_STATUSES = [
  'listed',
  'located',
  'verified',
  'included',
  'handed_over',
  'returned',
  'released',
  'deceased',
  'remains_handed_over',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** What happened to a person; each event moves the status along one allowed edge. */
export const STATUS_EVENTS = [
  'locate',
  'unlocate',
  'verify',
  'include',
  'exclude',
  'hand_over',
  'return',
  'release',
  'declare_deceased',
  'hand_over_remains',
] as const;
export type StatusEvent = (typeof STATUS_EVENTS)[number];

/** One entry of one list version, as the exchange rules need it (names as written, in their own script). */
export interface ListEntry {
  id: string;
  partyId: string;
  kind: ListKind;
  displayName: string;
  /** The birth date as the list gives it (read by the engine for reports), when it does. */
  birthDate?: string;
  /** The party's identifier of the person in its list (`source_id`), when it gives one. */
  listId?: string;
}

/** A pair the reconciliation found between a missing entry of one party and a held entry of the other. */
export interface ClaimLink {
  missingEntryId: string;
  heldEntryId: string;
  probability: number;
}

export const REVIEW_DECISIONS = ['confirmed', 'rejected', 'unsure'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Where a reconciliation run stands. */
export const RECONCILIATION_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

/** What a reviewer found about entries the engine took for one person within one list. */
export const DUPLICATE_RESOLUTIONS = ['same_person', 'different_persons'] as const;
export type DuplicateResolution = (typeof DUPLICATE_RESOLUTIONS)[number];

/** Where an exchange takes place. */
export const PLACE_KINDS = ['checkpoint', 'airfield'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Who confirms an exchange: each party, then the intermediary's coordinator. */
export const CONFIRMATION_KINDS = ['party', 'coordinator'] as const;
export type ConfirmationKind = (typeof CONFIRMATION_KINDS)[number];
