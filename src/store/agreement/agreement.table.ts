import type { Selectable } from 'kysely';

export interface AgreementTable {
  id: string;
  code: string;
  title: string;
  signed_on: string;
  source_note: string;
  created_at: string;
}
export type AgreementRow = Selectable<AgreementTable>;

export interface ProvisionTable {
  id: string;
  agreement_id: string;
  number: number;
  text: string;
  responsible_party_ids: string;
  status: string;
}
export type ProvisionRow = Selectable<ProvisionTable>;

export interface AgreementEventTable {
  id: string;
  kind: string;
  date: string;
  end_date: string | null;
  title: string;
  place: string;
  participants: string;
  summary: string;
  source_note: string;
  created_at: string;
}
export type AgreementEventRow = Selectable<AgreementEventTable>;
