// The JSON shapes of the exchange API (docs/contracts-exchange.md, "Shapes the web reads").

export type ListKind = 'held' | 'missing';
export const LIST_KINDS: readonly ListKind[] = ['held', 'missing'];

/** The record fields a file's columns map to (GC III Art. 17 and 122, plus capture or disappearance facts). */
export const LIST_FIELDS = [
  'full_name',
  'family_name',
  'given_name',
  'fathers_name',
  'sex',
  'birth_date',
  'birth_place',
  'rank',
  'unit',
  'service_number',
  'event_date',
  'event_place',
  'detention_place',
  'category',
  'source_id',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export type ColumnMapping = Partial<Record<ListField, string>>;
export type EntryFields = Partial<Record<ListField, string>>;

export interface VersionSummary {
  number: number;
  uploadedAt: string;
  uploadedBy: string;
  entryCount: number;
}

export interface ExchangeList {
  id: string;
  partyId: string;
  kind: ListKind;
  latestVersion: VersionSummary | null;
}

export interface ListVersion extends VersionSummary {
  id: string;
  listId: string;
  fileName: string;
  mapping: ColumnMapping;
}

export interface ListEntry {
  id: string;
  /** The row number in the uploaded file. */
  row: number;
  displayName: string;
  fields: EntryFields;
  extras: Record<string, string>;
}

export interface Upload {
  uploadId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  headers: string[];
  totalRows: number;
  /** The first rows of the file, one value per header, in header order. */
  sampleRows: { row: number; values: string[] }[];
  suggestedMapping: ColumnMapping;
  /** Spreadsheet cells holding formulas: their saved values are taken. */
  formulaCells: string[];
}

export interface RowReject {
  row: number;
  field: ListField;
  column: string;
  /** A stable reason code; the page translates the ones it knows and shows any other as written. */
  reason: string;
  value: string;
  cell?: string;
}

export interface UploadPreview {
  total: number;
  accepted: number;
  rows: Omit<ListEntry, 'id'>[];
  rejects: RowReject[];
}

export interface ImportResult {
  list: ExchangeList;
  version: ListVersion;
}

export interface ListDiff {
  from: number;
  to: number;
  unchanged: number;
  added: ListEntry[];
  removed: ListEntry[];
  changed: { before: ListEntry; after: ListEntry; fields: ListField[] }[];
}

export type DuplicateResolution = 'same_person' | 'different_persons';

export interface DuplicateCluster {
  id: string;
  listId: string;
  versionNumber: number;
  probability: number;
  entries: ListEntry[];
  resolution: DuplicateResolution | null;
  note: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export type ReconciliationStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ReconciliationCounts {
  matched: number;
  review: number;
  /** Per party: its missing entries not located, and its held entries no one claimed. */
  unmatched: { partyId: string; kind: ListKind; count: number }[];
}

export interface Reconciliation {
  id: string;
  status: ReconciliationStatus;
  startedAt: string;
  startedBy: string;
  finishedAt: string | null;
  progress: { done: number; total: number; phase: string };
  counts: ReconciliationCounts | null;
  sharedAt: string | null;
  error?: string | null;
}

export interface LevelLabel {
  key: string;
  params?: Record<string, string | number>;
}

export interface ExplanationTerm {
  comparison: string;
  levelId: string;
  label: LevelLabel;
  valueLeft: string;
  valueRight: string;
  m: number;
  u: number;
  bayesFactor: number;
  matchWeight: number;
  termFrequencyWeight?: number;
}

export interface PairExplanation {
  leftId: string;
  rightId: string;
  terms: ExplanationTerm[];
  priorWeight: number;
  matchWeight: number;
  matchProbability: number;
}

export type ReviewDecision = 'confirmed' | 'rejected' | 'unsure';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['confirmed', 'rejected', 'unsure'];

export interface PairDecision {
  decision: ReviewDecision;
  note: string;
  decidedBy: string;
  decidedAt: string;
  version: number;
}

export interface PairSide extends ListEntry {
  partyId: string;
}

export interface ReviewPair {
  id: string;
  probability: number;
  /** The missing entry of one party (explanation's left) and the held entry of the other (its right). */
  missing: PairSide;
  held: PairSide;
  /** The engine explains the pairs below the upper threshold; matched ones may come without. */
  explanation: PairExplanation | null;
  decision: PairDecision | null;
  /** Sent back with a decision; a stale one is refused with 409. */
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface NamedCount {
  count: number;
  names: string[];
}

export interface SideDiscrepancy {
  partyId: string;
  otherPartyId: string;
  claimedMissing: NamedCount;
  locatedInOtherList: NamedCount;
  heldButNotClaimed: NamedCount;
  claimedButNotLocated: NamedCount;
}

export interface DiscrepancyReport {
  asOf: string;
  sides: SideDiscrepancy[];
  publishedAt?: string | null;
}

export type PersonStatus =
  | 'listed'
  | 'located'
  | 'verified'
  | 'included'
  | 'handed_over'
  | 'returned'
  | 'released'
  | 'deceased'
  | 'remains_handed_over';

export type StatusEvent =
  | 'locate'
  | 'unlocate'
  | 'verify'
  | 'include'
  | 'exclude'
  | 'hand_over'
  | 'return'
  | 'release'
  | 'declare_deceased'
  | 'hand_over_remains';

export interface ExchangePerson {
  id: string;
  displayName: string;
  ownPartyId: string;
  holdingPartyId: string | null;
  status: PersonStatus;
}

/** Why a status changed: a label key (`exchange.reason.<key>`) and its parameters. */
export interface StatusReason {
  key: string;
  params: Record<string, string>;
}

export interface StatusChange {
  from: PersonStatus | null;
  to: PersonStatus;
  event: StatusEvent | null;
  reason: StatusReason;
  by: string;
  at: string;
}

export interface PersonDetail extends ExchangePerson {
  history: StatusChange[];
  /** The events the person's status allows now (domain availableEvents). */
  availableEvents?: StatusEvent[];
}

export interface TransferDirection {
  fromPartyId: string;
  toPartyId: string;
  persons: ExchangePerson[];
  count: number;
}

export interface AllForAllPlan {
  directions: TransferDirection[];
  unresolved: ExchangePerson[];
}

export type PlaceKind = 'checkpoint' | 'airfield';
export const PLACE_KINDS: readonly PlaceKind[] = ['checkpoint', 'airfield'];

export interface Confirmation {
  kind: 'party' | 'coordinator';
  partyId: string | null;
  by: string;
  at: string;
}

export interface ExchangeEvent {
  id: string;
  date: string;
  place: string;
  placeKind: PlaceKind;
  partyIds: string[];
  persons: (ExchangePerson & { fromPartyId: string; toPartyId: string })[];
  confirmations: Confirmation[];
  complete: boolean;
}
