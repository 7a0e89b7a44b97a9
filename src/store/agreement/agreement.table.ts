import type { Selectable } from 'kysely';

export interface AgreementTable {
  id: string;
  code: string;
  title: string;
  signed_on: string;
  source_note: string;
  created_at: string;
  /** JSON text of the source note in each language (migration 2026_12_03_1710); null when only English. */
  source_text: string | null;
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
  /** JSON text of the place, the participants (a list) and the source in each language; null when not recorded. */
  place_text: string | null;
  participants_text: string | null;
  source_text: string | null;
}
export type AgreementEventRow = Selectable<AgreementEventTable>;

/** One text of a provision by language and source (migration 2026_12_03_1700). */
export interface ProvisionTextTable {
  provision_id: string;
  language: string;
  source: string;
  text: string;
}
