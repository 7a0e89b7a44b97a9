import { isImplementationLevel } from './assessment-rules.js';
import type { EvidenceKind, EvidenceLink } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export interface PositionInput {
  level: number | null;
  statement: string;
  statedOn: string;
}

export interface PositionProblem {
  field: keyof PositionInput;
  reason: 'outside_scale' | 'not_a_date' | 'in_the_future' | 'before_agreement' | 'required';
}

/**
 * What is wrong with a party's stated position: a level off the 0–3 scale (none is allowed: a party may state a
 * position without a level), a day that is not a date, ahead of `today` or before the agreement, no statement.
 */
export function positionProblems(input: PositionInput, signedOn: string, today: string): PositionProblem[] {
  const problems: PositionProblem[] = [];
  if (input.level !== null && !isImplementationLevel(input.level))
    problems.push({ field: 'level', reason: 'outside_scale' });
  if (!isIsoDate(input.statedOn)) problems.push({ field: 'statedOn', reason: 'not_a_date' });
  else if (input.statedOn > today) problems.push({ field: 'statedOn', reason: 'in_the_future' });
  else if (input.statedOn < signedOn) problems.push({ field: 'statedOn', reason: 'before_agreement' });
  if (input.statement.trim() === '') problems.push({ field: 'statement', reason: 'required' });
  return problems;
}

export interface EvidenceProblem {
  index: number;
  field: 'recordId' | 'note';
  reason: 'required' | 'not_for_a_document' | 'no_such_record';
}

/**
 * What is wrong with evidence links, by index: a document is described by its note and points at no record;
 * every other kind points at a record, which must exist (`exists` answers for the kinds and ids given).
 */
export function evidenceProblems(
  links: readonly EvidenceLink[],
  exists: (kind: EvidenceKind, recordId: string) => boolean,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  links.forEach((link, index) => {
    if (link.kind === 'document') {
      if (link.recordId !== null) problems.push({ index, field: 'recordId', reason: 'not_for_a_document' });
      if (link.note.trim() === '') problems.push({ index, field: 'note', reason: 'required' });
      return;
    }
    if (link.recordId === null || link.recordId.trim() === '')
      problems.push({ index, field: 'recordId', reason: 'required' });
    else if (!exists(link.kind, link.recordId))
      problems.push({ index, field: 'recordId', reason: 'no_such_record' });
  });
  return problems;
}
