import type { IdentificationMethod, IdentificationStatus } from './types.js';

/**
 * Methods that can confirm an identification on their own. Recognition by relatives and documents found
 * with the body are known to mislead (ICRC, ICMP): on their own they only make an identification presumptive.
 */
const CONFIRMING_METHODS: readonly IdentificationMethod[] = ['dental', 'fingerprints', 'dna', 'combined'];

export function canConfirm(method: IdentificationMethod): boolean {
  return CONFIRMING_METHODS.includes(method);
}

export interface IdentificationStep {
  status: IdentificationStatus;
  method: IdentificationMethod | null;
  caseId: string | null;
}

export type IdentificationProblem =
  | { field: 'method'; reason: 'required' | 'cannot_confirm' }
  | { field: 'caseId'; reason: 'required' | 'must_be_empty' };

/**
 * What is wrong with recording `next` for a set of remains: an identification names its method and the case
 * it resolves; only a scientific method confirms; going back to unidentified clears both.
 */
export function identificationProblems(next: IdentificationStep): IdentificationProblem[] {
  const problems: IdentificationProblem[] = [];
  if (next.status === 'unidentified') {
    if (next.caseId !== null) problems.push({ field: 'caseId', reason: 'must_be_empty' });
    return problems;
  }
  if (next.method === null) problems.push({ field: 'method', reason: 'required' });
  else if (next.status === 'confirmed' && !canConfirm(next.method))
    problems.push({ field: 'method', reason: 'cannot_confirm' });
  if (next.caseId === null) problems.push({ field: 'caseId', reason: 'required' });
  return problems;
}
