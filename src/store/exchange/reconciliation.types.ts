import type { Thresholds } from '../../domain/exchange/reconciliation.js';
import type { ListKind, ReconciliationStatus, ReviewDecision } from '../../domain/exchange/types.js';
import type { PairExplanation } from '../../engine/index.js';
import type { ExchangeListEntry } from './list.types.js';

export { RECONCILIATION_STATUSES } from '../../domain/exchange/types.js';
export type { ReconciliationStatus };

export interface ReconciliationCounts {
  matched: number;
  review: number;
  /** Per party: its missing entries not located, and its held entries no one claimed. */
  unmatched: { partyId: string; kind: ListKind; count: number }[];
}

export interface ReconciliationRun {
  id: string;
  status: ReconciliationStatus;
  startedAt: string;
  startedBy: string;
  finishedAt: string | null;
  progress: { done: number; total: number; phase: string };
  counts: ReconciliationCounts | null;
  sharedAt: string | null;
  error: string | null;
  partyIds: string[];
  thresholds: Thresholds;
}

/** One entry given to the engine: its id, its key across versions (hash of its fingerprint) and its fields. */
export interface ReconciliationInputEntry {
  id: string;
  key: string;
  displayName: string;
  fields: ExchangeListEntry['fields'];
}

/** A party's list as the run reads it: the version it was at when the run started (none: empty). */
export interface ReconciliationInputList {
  partyId: string;
  kind: ListKind;
  versionId: string | null;
  entries: ReconciliationInputEntry[];
}

export interface ReconciliationInputs {
  runId: string;
  partyIds: [string, string];
  thresholds: Thresholds;
  lists: ReconciliationInputList[];
}

export type PairClass = 'matched' | 'review';

export interface NewReconciliationPair {
  missingEntryId: string;
  heldEntryId: string;
  missingPartyId: string;
  heldPartyId: string;
  missingKey: string;
  heldKey: string;
  probability: number;
  class: PairClass;
  /** The engine's PairExplanation as JSON text (stored as is). */
  explanationJson: string | null;
}

export interface PairDecisionView {
  decision: ReviewDecision;
  note: string;
  decidedBy: string;
  decidedAt: string;
  version: number;
}

export interface ReviewEntry extends ExchangeListEntry {
  partyId: string;
}

export interface ReviewPair {
  id: string;
  probability: number;
  missing: ReviewEntry;
  held: ReviewEntry;
  explanation: PairExplanation | null;
  decision: PairDecisionView | null;
  version: number;
}
