import type { Selectable } from 'kysely';

export interface ReturnCountTable {
  id: string;
  date: string;
  origin_place_id: string | null;
  destination_place_id: string;
  /** The destination's first-level administrative area, as the source gave it (HXL #adm1+name). */
  region: string;
  individuals: number;
  households: number | null;
  mode: string;
  movement_id: string | null;
  source: string;
  created_by: string;
  created_at: string;
}
export type ReturnCountRow = Selectable<ReturnCountTable>;
