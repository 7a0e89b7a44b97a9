import type { Selectable } from 'kysely';

export interface MeetingTable {
  id: string;
  kind: string;
  /** LocalisedText as JSON. */
  title: string;
  starts_at: string;
  ends_at: string | null;
  place_id: string | null;
  place_name: string;
  /** DelegationMember[] as JSON (not an access relation: every role reads meetings). */
  delegations: string;
  outcome: string;
  /** LocalisedText as JSON: the statement in the languages it was issued in. */
  statement: string | null;
  created_by: string;
  created_at: string;
}
export type MeetingRow = Selectable<MeetingTable>;

export interface MeetingTopicTable {
  meeting_id: string;
  provision_id: string;
}

export interface ActionItemTable {
  id: string;
  meeting_id: string;
  description: string;
  owner_party_id: string | null;
  due_on: string | null;
  status: string;
  done_on: string | null;
  created_at: string;
  updated_at: string;
}
export type ActionItemRow = Selectable<ActionItemTable>;

export interface ActionItemProvisionTable {
  action_item_id: string;
  provision_id: string;
}

/** Each change of an action item's status: who (and for which party, a liaison's own item), when, with a note. */
export interface ActionItemStatusChangeTable {
  id: string;
  action_item_id: string;
  from_status: string | null;
  to_status: string;
  done_on: string | null;
  note: string;
  by: string;
  by_party_id: string | null;
  at: string;
}
export type ActionItemStatusChangeRow = Selectable<ActionItemStatusChangeTable>;
