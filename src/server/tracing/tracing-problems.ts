import type { InputProblem } from '../../domain/tracing/case-input.js';
import { HttpProblem } from '../problem.js';

const MESSAGES: Record<InputProblem['reason'], string> = {
  name_required: 'give at least one name: given, family, or the full name as written',
  unreadable_date: 'not a date that can be read (YYYY, YYYY-MM or YYYY-MM-DD)',
  date_in_future: 'lies after today',
  coordinates_incomplete: 'give latitude and longitude together',
  required: 'required',
};

/** The domain's problems with an input as a 400 naming each field; nothing has been stored. */
export function inputProblem(problems: readonly InputProblem[], what: string): HttpProblem {
  return new HttpProblem(400, `The ${what} cannot be stored: ${problems.map((p) => p.field).join(', ')}`, {
    type: 'urn:parley:problem:validation',
    errors: problems.map((p) => ({ in: 'body', path: p.field, message: MESSAGES[p.reason] })),
  });
}

export const caseNotFound = (): HttpProblem =>
  new HttpProblem(404, 'Case not found', {
    type: 'urn:parley:problem:not-found',
    errors: [{ in: 'params', path: 'id', message: 'no such case' }],
  });

export const remainsNotFound = (): HttpProblem =>
  new HttpProblem(404, 'Remains not found', {
    type: 'urn:parley:problem:not-found',
    errors: [{ in: 'params', path: 'id', message: 'no such remains record' }],
  });
