import type { Selectable } from 'kysely';

/** Which checkpoint (a `map_feature` of the checkpoint layer) a field officer is posted at. */
export interface CheckpointOfficerTable {
  user_id: string;
  checkpoint_id: string;
}

export interface CorridorPassageTable {
  id: string;
  /** Chosen by the device that recorded the passage: a retry with the same key is the same entry. */
  idempotency_key: string;
  checkpoint_id: string;
  movement_id: string | null;
  direction: string;
  time_in: string;
  time_out: string | null;
  vehicles: number;
  inspection: string;
  remarks: string;
  version: number;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}
export type CorridorPassageRow = Selectable<CorridorPassageTable>;
