import { IMPLEMENTATION_LEVELS, type ImplementationLevel } from './types.js';

export interface AssessmentInput {
  level: number;
  effectiveOn: string;
  rationale: string;
}

export interface FieldProblem {
  field: keyof AssessmentInput;
  reason: 'outside_scale' | 'not_a_date' | 'in_the_future' | 'before_agreement' | 'required';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function isImplementationLevel(level: number): level is ImplementationLevel {
  return (IMPLEMENTATION_LEVELS as readonly number[]).includes(level);
}

/**
 * What is wrong with a new assessment, field by field: a level off the 0–3 scale, a day that is not a real
 * date, lies ahead of `today` or before the agreement was signed, or no rationale.
 */
export function assessmentProblems(input: AssessmentInput, signedOn: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isImplementationLevel(input.level)) problems.push({ field: 'level', reason: 'outside_scale' });
  if (!isIsoDate(input.effectiveOn)) problems.push({ field: 'effectiveOn', reason: 'not_a_date' });
  else if (input.effectiveOn > today) problems.push({ field: 'effectiveOn', reason: 'in_the_future' });
  else if (input.effectiveOn < signedOn) problems.push({ field: 'effectiveOn', reason: 'before_agreement' });
  if (input.rationale.trim() === '') problems.push({ field: 'rationale', reason: 'required' });
  return problems;
}
