import type { Selectable } from 'kysely';

export interface ConsignmentTable {
  id: string;
  reference: string;
  sender: string;
  receiver: string;
  from_place_id: string;
  to_place_id: string;
  movement_id: string | null;
  dispatched_on: string;
  received_on: string | null;
  loss_note: string | null;
  created_by: string;
  created_at: string;
  received_by: string | null;
}
export type ConsignmentRow = Selectable<ConsignmentTable>;

export interface ConsignmentLineTable {
  consignment_id: string;
  line: number;
  category: string;
  description: string;
  quantity: number;
  unit: string;
  weight_kg: number;
  /** Counted on receipt; null until then. */
  good: number | null;
  damaged: number | null;
  lost: number | null;
}
export type ConsignmentLineRow = Selectable<ConsignmentLineTable>;
