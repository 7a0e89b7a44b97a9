import type { Selectable } from 'kysely';

/** One dated assessment of a provision on the 0–3 scale, by whom and why. */
export interface ProvisionAssessmentTable {
  id: string;
  provision_id: string;
  level: number;
  effective_on: string;
  rationale: string;
  author_id: string | null;
  author: string;
  recorded_at: string;
}
export type ProvisionAssessmentRow = Selectable<ProvisionAssessmentTable>;

export interface ProvisionDeadlineTable {
  id: string;
  provision_id: string;
  due_on: string;
  /** LocalisedText as JSON. */
  description: string;
  met_on: string | null;
}
export type ProvisionDeadlineRow = Selectable<ProvisionDeadlineTable>;

/** What a party states about a provision; written only by its liaisons. */
export interface ProvisionPositionTable {
  id: string;
  provision_id: string;
  party_id: string;
  level: number | null;
  statement: string;
  stated_on: string;
  author_id: string | null;
  author: string;
  recorded_at: string;
}
export type ProvisionPositionRow = Selectable<ProvisionPositionTable>;

/** A link from a provision to a record of another module (or a document), optionally made with an assessment. */
export interface ProvisionEvidenceTable {
  id: string;
  provision_id: string;
  assessment_id: string | null;
  record_kind: string;
  record_id: string | null;
  note: string;
  added_by: string;
  added_at: string;
}
export type ProvisionEvidenceRow = Selectable<ProvisionEvidenceTable>;
