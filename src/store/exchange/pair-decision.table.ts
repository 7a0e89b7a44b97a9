import type { Selectable } from 'kysely';

export interface PairDecisionTable {
  id: string;
  missing_key: string;
  held_key: string;
  decision: string;
  note: string;
  decided_by_user_id: string | null;
  decided_by: string;
  decided_at: string;
  version: number;
}
export type PairDecisionRow = Selectable<PairDecisionTable>;
