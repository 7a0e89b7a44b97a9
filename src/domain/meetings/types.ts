import type { LocalisedText } from '../agreements/types.js';

export const MEETING_KINDS = [
  'trilateral',
  'bilateral',
  'mediation',
  'working_group',
  'field_contact',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** One person in a delegation, with the party they spoke for (null for the intermediary's own staff). */
export interface DelegationMember {
  name: string;
  role: string;
  partyId: string | null;
}

/** Who met whom, where, when, on what, with what outcome; the statement in the languages it was issued in. */
export interface Meeting {
  id: string;
  kind: MeetingKind;
  title: LocalisedText;
  startsAt: string;
  endsAt: string | null;
  placeId: string | null;
  placeName: string;
  delegations: DelegationMember[];
  topicProvisionIds: string[];
  outcome: string;
  statement: LocalisedText | null;
}

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Something a meeting agreed to do, by whom and by when; once done it counts as evidence for its provisions. */
export interface ActionItem {
  id: string;
  meetingId: string;
  description: string;
  ownerPartyId: string | null;
  dueOn: string | null;
  provisionIds: string[];
  status: ActionItemStatus;
  doneOn: string | null;
}

/** One change of an action item's status: who said so (for which party, when a liaison), when, and why. */
export interface ActionItemChange {
  actionItemId: string;
  fromStatus: ActionItemStatus | null;
  toStatus: ActionItemStatus;
  doneOn: string | null;
  note: string;
  by: string;
  byPartyId: string | null;
  at: string;
}
