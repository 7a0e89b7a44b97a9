/**
 * A movement the intermediary notifies both parties of (a convoy, a mission): after OCHA's Humanitarian
 * Notification System, a notification to be acknowledged, not a request for permission.
 */
export const MOVEMENT_STATUSES = [
  'planned',
  'notified',
  'acknowledged',
  'under_way',
  'completed',
  'cancelled',
] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

/** A convoy (vehicles with people or cargo) or a mission (a team going to see or to do something). */
export const MOVEMENT_KINDS = ['convoy', 'mission'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_EVENTS = ['notify', 'all_acknowledged', 'start', 'complete', 'cancel', 'edit'] as const;
export type MovementEvent = (typeof MOVEMENT_EVENTS)[number];

export const ACKNOWLEDGEMENT_ANSWERS = ['acknowledged', 'objected'] as const;
export type AcknowledgementAnswer = (typeof ACKNOWLEDGEMENT_ANSWERS)[number];

export interface Acknowledgement {
  partyId: string;
  answer: AcknowledgementAnswer;
  reason: string | null;
  at: string;
}

export const CARGO_CATEGORIES = ['food', 'medical', 'shelter_and_construction', 'fuel', 'other'] as const;
export type CargoCategory = (typeof CARGO_CATEGORIES)[number];

/** One line of a consignment, as dispatched and, once received, as counted at the other end. */
export interface CargoLine {
  category: CargoCategory;
  description: string;
  quantity: number;
  unit: string;
  weightKg: number;
  received: { good: number; damaged: number; lost: number } | null;
}

export const INSPECTION_RESULTS = ['passed', 'passed_with_remarks', 'turned_back'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
