import { parsePartialDate } from '../../engine/index.js';
import type { CaseInput, RemainsInput } from './types.js';

/** A field at fault in a case or remains record, named by its path in the input (`person.birthDate`). */
export interface InputProblem {
  field: string;
  reason: 'name_required' | 'unreadable_date' | 'date_in_future' | 'coordinates_incomplete' | 'required';
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) that is a real day; anything else cannot be read. */
export function isReadablePartialDate(value: string): boolean {
  return PARTIAL.test(value) && parsePartialDate(value) !== null;
}

export function isReadableDay(value: string): boolean {
  return FULL_DAY.test(value) && parsePartialDate(value) !== null;
}

function dateProblem(field: string, value: string | null, today: string, partial: boolean): InputProblem[] {
  if (value === null) return [];
  if (!(partial ? isReadablePartialDate(value) : isReadableDay(value)))
    return [{ field, reason: 'unreadable_date' }];
  return value > today ? [{ field, reason: 'date_in_future' }] : [];
}

const blank = (value: string | null): boolean => value === null || value.trim() === '';

/**
 * What is wrong with a case as entered: the person needs at least one name (given, family, or the full name as
 * written); every date is a partial ISO date that exists and is not after today; the enquirer is named.
 */
export function caseInputProblems(input: CaseInput, today: string): InputProblem[] {
  const { person, circumstances, enquirer } = input;
  const problems: InputProblem[] = [];
  if ([person.givenName, person.familyName, person.fullName].every(blank))
    problems.push({ field: 'person.fullName', reason: 'name_required' });
  problems.push(...dateProblem('person.birthDate', person.birthDate, today, true));
  problems.push(...dateProblem('circumstances.lastSeenOn', circumstances.lastSeenOn, today, true));
  if (input.expiresOn !== null && !isReadableDay(input.expiresOn))
    problems.push({ field: 'expiresOn', reason: 'unreadable_date' });
  if (blank(enquirer.name)) problems.push({ field: 'enquirer.name', reason: 'required' });
  if (blank(enquirer.relation)) problems.push({ field: 'enquirer.relation', reason: 'required' });
  return problems;
}

/** What is wrong with a remains record: its days are real and past, and coordinates come as a pair. */
export function remainsInputProblems(input: RemainsInput, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (blank(input.reference)) problems.push({ field: 'reference', reason: 'required' });
  problems.push(...dateProblem('recoveredOn', input.recoveredOn, today, false));
  problems.push(...dateProblem('repatriatedOn', input.repatriatedOn, today, false));
  if ((input.latitude === null) !== (input.longitude === null))
    problems.push({
      field: input.latitude === null ? 'latitude' : 'longitude',
      reason: 'coordinates_incomplete',
    });
  return problems;
}

/** The name a case is listed under: the full name as written, or its parts in the order the family gave them. */
export function caseDisplayName(person: CaseInput['person']): string {
  if (!blank(person.fullName)) return person.fullName!.trim();
  return [person.familyName, person.givenName, person.patronymic]
    .filter((part) => !blank(part))
    .map((part) => part!.trim())
    .join(' ');
}
