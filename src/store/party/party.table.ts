import type { Selectable } from 'kysely';

export interface PartyTable {
  id: string;
  code: string;
  kind: string;
  name_en: string;
  name_ru: string;
  name_hy: string;
  name_az: string;
  active: number;
  created_at: string;
}
export type PartyRow = Selectable<PartyTable>;
