/**
 * How far a family lets its case travel, chosen with them when the case is opened (after ICMP's sharing levels
 * and the ICRC RFL Code of Conduct), each level reaching further than the one before: the intermediary only (not
 * even counted in the figures observers read); counted for observers too (counts only, never a case); and the
 * other party too, so that it can search its records (and counted for observers).
 */
export const SHARING_LEVELS = ['intermediary_only', 'observers_counts', 'other_party'] as const;
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

/** Whether the missing person served: a unit and rank are asked only of the military. */
export const CASE_CATEGORIES = ['military', 'civilian', 'unknown'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** How well a place is known: a point, a settlement, a district, or only the region. */
export const PLACE_PRECISIONS = ['point', 'settlement', 'district', 'region'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const FAMILY_LANGUAGES = ['en', 'ru', 'hy', 'az'] as const;
export type FamilyLanguage = (typeof FAMILY_LANGUAGES)[number];

/** The missing person as the family describes them; names as written, in any script. */
export interface CasePerson {
  givenName: string | null;
  familyName: string | null;
  patronymic: string | null;
  fullName: string | null;
  sex: 'm' | 'f' | null;
  /** A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate: string | null;
  birthPlace: string | null;
  category: CaseCategory;
  unit: string | null;
  rank: string | null;
}

export interface CaseCircumstances {
  lastSeenOn: string | null;
  lastSeenPrecision: DatePrecision | null;
  lastSeenPlace: string | null;
  lastSeenPlacePrecision: PlacePrecision | null;
  note: string | null;
}

export interface Enquirer {
  name: string;
  relation: string;
  contact: string | null;
  /** The language the family reads: their export is written in it. */
  language: FamilyLanguage;
}

export interface CaseInput {
  person: CasePerson;
  circumstances: CaseCircumstances;
  enquirer: Enquirer;
  sharingLevel: SharingLevel;
  /** The day the family agreed the case may be kept until; null: until closed and purged by hand. */
  expiresOn: string | null;
}

export interface TracingCase extends CaseInput {
  id: string;
  reference: string;
  openedByPartyId: string;
  openedBy: string;
  status: CaseStatus;
  aliveState: AliveState | null;
  closeReason: CloseReason | null;
  mergedIntoCaseId: string | null;
  /** The PFIF person_record_id the case came from or goes out as, in its party's domain. */
  pfifRecordId: string | null;
  /** An imported case's PFIF source_date: when the original record was made (null for a case opened here). */
  pfifSourceDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One step of a case's status, and what moved it (a confirmed match, a coordinator's decision, a merge). */
export interface CaseStatusChange {
  id: string;
  caseId: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  aliveState: AliveState | null;
  event: CaseEvent | 'opened' | 'merged';
  reason: string;
  note: string;
  matchId: string | null;
  by: string;
  at: string;
}

/** A note read with a case from PFIF (who said what, and when), kept beside the case's own history. */
export interface CaseNote {
  pfifNoteId: string | null;
  authorName: string;
  text: string;
  status: string | null;
  sourceDate: string;
}

/** A set of remains as recovered, with what was found with them, and where identification stands. */
export interface RemainsInput {
  reference: string;
  recoveredOn: string;
  recoveredPlace: string;
  latitude: number | null;
  longitude: number | null;
  placePrecision: PlacePrecision;
  recoveredBy: string;
  foundWithDocuments: string | null;
  foundWithTokens: string | null;
  clothingNotes: string | null;
  sex: 'm' | 'f' | null;
  /** Names read from documents found with the body, as written: a lead for matching, never an identification. */
  documentName: string | null;
  repatriatedOn: string | null;
}

export interface Remains extends RemainsInput {
  id: string;
  recoveredByPartyId: string;
  heldByPartyId: string;
  exchangeEventId: string | null;
  identification: IdentificationStatus;
  method: IdentificationMethod | null;
  caseId: string | null;
  createdAt: string;
}

export interface IdentificationChange {
  id: string;
  remainsId: string;
  status: IdentificationStatus;
  method: IdentificationMethod | null;
  caseId: string | null;
  on: string;
  note: string;
  by: string;
  at: string;
}

/** What a case is matched against, and the engine's candidates among them. */
export const MATCH_TARGETS = ['list_entry', 'exchange_person', 'remains', 'case'] as const;
export type MatchTarget = (typeof MATCH_TARGETS)[number];

export const MATCH_DECISIONS = ['pending', 'confirmed', 'rejected'] as const;
export type MatchDecision = (typeof MATCH_DECISIONS)[number];

/** A case as one reader may see it (domain `caseSeenBy`): the family's part only where visibility is full. */
export interface CaseView extends Omit<TracingCase, 'enquirer' | 'circumstances' | 'expiresOn'> {
  visibility: 'full' | 'search_fields';
  enquirer: Enquirer | null;
  circumstances: CaseCircumstances;
  expiresOn: string | null;
}

/** Remains carried by an exchange event (domain remains-transfer.ts), as read with their exchange. */
export interface RemainsTransfer {
  id: string;
  remainsId: string;
  reference: string;
  eventId: string;
  eventDate: string;
  eventPlace: string;
  eventStatus: string;
  fromPartyId: string;
  toPartyId: string;
  plannedBy: string;
  plannedAt: string;
  handedOverAt: string | null;
}
