import type { LocalisedText } from '../agreements/types.js';

/**
 * Implementation of a provision on the Peace Accords Matrix scale: 0 not started, 1 minimal, 2 intermediate,
 * 3 full. A provision's status is its latest assessment; the history keeps every earlier one.
 */
export const IMPLEMENTATION_LEVELS = [0, 1, 2, 3] as const;
export type ImplementationLevel = (typeof IMPLEMENTATION_LEVELS)[number];

export const IMPLEMENTATION_LEVEL_KEYS = ['not_started', 'minimal', 'intermediate', 'full'] as const;
export type ImplementationLevelKey = (typeof IMPLEMENTATION_LEVEL_KEYS)[number];

export const FULL_IMPLEMENTATION: ImplementationLevel = 3;

/** One dated assessment of a provision by the intermediary, with who made it and why. */
export interface ProvisionAssessment {
  id: string;
  provisionId: string;
  level: ImplementationLevel;
  /** The day the assessment holds from (ISO date), which may be earlier than when it was written. */
  effectiveOn: string;
  rationale: string;
  authorId: string | null;
  /** The author's username as it was when they wrote it. */
  author: string;
  recordedAt: string;
}

/** A date by which part of a provision must be done (e.g. "Kalbajar district returned by 15 November 2020"). */
export interface ProvisionDeadline {
  id: string;
  provisionId: string;
  dueOn: string;
  description: LocalisedText;
  /** The day it was done, if it was. */
  metOn: string | null;
}

/** What a party says about a provision, kept beside the intermediary's own assessment. */
export interface PartyPosition {
  id: string;
  provisionId: string;
  partyId: string;
  level: ImplementationLevel | null;
  statement: string;
  statedOn: string;
  author: string;
  recordedAt: string;
}

/** Where evidence for a provision comes from: a record of another module, or a note with its source. */
export const EVIDENCE_KINDS = [
  'exchange_event',
  'movement',
  'observation_post',
  'returns',
  'meeting',
  'action_item',
  'incident',
  'document',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence as it is given: a record of another module by id, or a document described by its note. */
export interface EvidenceLink {
  kind: EvidenceKind;
  recordId: string | null;
  note: string;
}

/** What an exchange event linked as evidence amounts to, counted from the exchange itself. */
export interface ExchangeEvidenceSummary {
  date: string;
  place: string;
  complete: boolean;
  /** Persons handed over to each party. */
  personsTo: { partyId: string; count: number }[];
}

export interface ProvisionEvidence extends EvidenceLink {
  id: string;
  provisionId: string;
  assessmentId: string | null;
  addedBy: string;
  addedAt: string;
  /** Counts computed from the linked record, for the kinds that have them. */
  exchange: ExchangeEvidenceSummary | null;
}
